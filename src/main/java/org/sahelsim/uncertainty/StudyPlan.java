package org.sahelsim.uncertainty;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Everything that decides which runs a study makes and what it reports: the kind of study, the
 * scenario (as named on the command line, with the SHA-256 of its file and its {@code --set}
 * overrides), the parameters varied, the design, the number of runs and the master seed. A plan
 * is saved with every shard of a study run on many machines, and the shards of one study must
 * carry the same plan; {@link #points} regenerates the study's points from it alone.
 *
 * @param kind       what the study is
 * @param scenario   the scenario's name or path as given
 * @param sha256     the SHA-256 of the scenario file
 * @param overrides  {@code --set} overrides applied before any draw
 * @param vary       the paths asked for with {@code --vary} (empty: every ranged parameter)
 * @param design     the sample ({@code lhs}, {@code sobol}, {@code seeds}) or the sensitivity method
 *                   ({@code morris}, {@code sobol})
 * @param size       runs (ensemble, calibration), trajectories (Morris) or base samples (Sobol)
 * @param seed       the master seed
 * @param outputs    the outcomes analysed (sensitivity)
 * @param targets    the text of the targets file (calibration), or empty
 * @param targetsName the targets file's name as given (calibration), or empty
 * @param version    the software that made the study
 */
public record StudyPlan(Kind kind, String scenario, String sha256, List<String> overrides, List<String> vary, String design,
        int size, long seed, List<String> outputs, String targets, String targetsName, String version) {

    /** The kinds of study. */
    public enum Kind {
        ENSEMBLE, SENSITIVITY, CALIBRATION;

        public String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Levels of the Morris grid. */
    public static final int MORRIS_LEVELS = 4;

    public StudyPlan {
        overrides = List.copyOf(overrides);
        vary = List.copyOf(vary);
        outputs = List.copyOf(outputs);
        if (size < 1) throw new IllegalArgumentException("a study needs at least one run, found " + size);
    }

    /** The points of the study in the unit cube of {@code dimensions} parameters, and the seed of each run. */
    public record Points(double[][] u, long[] seeds) {
        public int size() {
            return seeds.length;
        }
    }

    /**
     * The study's points. Ensembles and calibrations draw {@code size} points and give each run
     * its own seed; a Morris screening gives every point of a trajectory the trajectory's seed,
     * and a Sobol analysis every point of a Saltelli block the block's seed, so that an
     * elementary effect or a swap compares runs that differ in their parameters only.
     */
    public Points points(int dimensions) {
        switch (kind) {
            case ENSEMBLE, CALIBRATION -> {
                Sample sample = Sample.of(design);
                double[][] u = sample.points(size, sample == Sample.SEEDS ? 0 : dimensions, seed);
                long[] seeds = new long[size];
                for (int i = 0; i < size; i++) seeds[i] = Seeds.of(seed, i);
                return new Points(u, seeds);
            }
            case SENSITIVITY -> {
                if (design.equals("morris")) {
                    double[][] u = Morris.design(size, dimensions, MORRIS_LEVELS, seed);
                    long[] seeds = new long[u.length];
                    for (int i = 0; i < u.length; i++) seeds[i] = Seeds.of(seed, i / (dimensions + 1));
                    return new Points(u, seeds);
                }
                if (design.equals("sobol")) {
                    double[][] u = SobolIndices.design(size, dimensions);
                    long[] seeds = new long[u.length];
                    for (int i = 0; i < u.length; i++) seeds[i] = Seeds.of(seed, i / (2 * dimensions + 2));
                    return new Points(u, seeds);
                }
                throw new IllegalArgumentException("--method: found '" + design + "', expected morris or sobol");
            }
            default -> throw new IllegalStateException(kind.toString());
        }
    }

    private static ObjectMapper json() {
        return JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    /** The plan as JSON. */
    public String toJson() {
        try {
            return json().writeValueAsString(this) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A plan from its JSON. */
    public static StudyPlan fromJson(String json) throws IOException {
        return json().readValue(json, StudyPlan.class);
    }
}
