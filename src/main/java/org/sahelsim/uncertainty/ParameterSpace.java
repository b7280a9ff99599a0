package org.sahelsim.uncertainty;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.scenario.ParameterCatalog;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The parameters of a scenario that a study varies: those its file gives a {@code range}, each with
 * the distribution the file states ({@code dist}, uniform by default). A point of the unit cube
 * (one number in [0, 1] per parameter, from a Latin hypercube, a Sobol sequence or a Morris grid)
 * becomes values through each distribution's quantile function, and values become {@code --set}
 * overrides, so that every drawn value is checked as user input is.
 *
 * <p>The grid's cell size is never varied: it is the resolution of the map, not an uncertain fact
 * about Mali.
 */
public final class ParameterSpace {
    /** Paths that are ranged in scenario files but are not uncertain quantities. */
    private static final List<String> NEVER_VARIED = List.of("grid.cell_degrees");

    /** Significant digits of a drawn value, as it is applied and written. */
    private static final int DIGITS = 6;

    /**
     * One varied parameter: its path in the scenario file, its range and distribution, its value
     * in the file (the peak of a triangular distribution), whether it takes whole numbers, and
     * the source of its range.
     */
    public record Dimension(String path, ParameterCatalog.Range range, ParameterCatalog.Distribution dist, double value,
            boolean whole, String source) {

        /** The value at cumulative probability {@code u}, rounded as it is applied (six significant digits, or whole). */
        public double at(double u) {
            if (u < 0 || u > 1 || Double.isNaN(u)) throw new IllegalArgumentException("u must lie in [0, 1], found " + u);
            double x = dist.quantile(u, range, value);
            if (whole) {
                double lo = Math.ceil(range.low());
                double hi = Math.floor(range.high());
                return Math.min(hi, Math.max(lo, Math.rint(x)));
            }
            double rounded = x == 0 ? 0 : new BigDecimal(x).round(new MathContext(DIGITS)).doubleValue();
            return Math.min(range.high(), Math.max(range.low(), rounded));
        }

        /** The {@code --set} argument that gives this parameter the value {@code x}. */
        public String override(double x) {
            return path + "=" + text(x);
        }
    }

    private final List<Dimension> dimensions;

    private ParameterSpace(List<Dimension> dimensions) {
        this.dimensions = List.copyOf(dimensions);
    }

    /** The space of a study that varies no parameter (seeds only). */
    static ParameterSpace none() {
        return new ParameterSpace(List.of());
    }

    /**
     * The ranged parameters of a loaded scenario: all of them when {@code vary} is empty, else
     * those named, in catalog order.
     *
     * @throws IllegalArgumentException naming a path that is not a parameter of the scenario, or
     *                                  one without a range
     */
    public static ParameterSpace of(ScenarioLibrary.Entry entry, List<String> vary) {
        return of(entry, vary, true);
    }

    /**
     * As {@link #of(ScenarioLibrary.Entry, List)}; when {@code strict} is false, named paths the
     * scenario does not range are left out rather than refused (for comparing two scenarios over
     * the union of their ranged parameters).
     */
    static ParameterSpace of(ScenarioLibrary.Entry entry, List<String> vary, boolean strict) {
        ParameterCatalog catalog = entry.catalog();
        if (strict) {
            for (String path : vary) {
                ParameterCatalog.Parameter p = catalog.get(path);
                if (p == null) {
                    List<String> known = catalog.parameters().stream().map(ParameterCatalog.Parameter::path).toList();
                    String near = nearest(path, known);
                    throw new IllegalArgumentException("--vary " + path + ": " + entry.scenario().id()
                            + " has no parameter with that path" + (near == null ? "" : " (did you mean " + near + "?)")
                            + "; `describe " + entry.scenario().id() + "` lists them");
                }
                if (p.range() == null) {
                    throw new IllegalArgumentException("--vary " + path + ": the parameter has no range in "
                            + entry.scenario().id() + "; give it one, e.g. --set '" + path + "={value: "
                            + text(p.value()) + ", range: [low, high]}'");
                }
                if (NEVER_VARIED.contains(path)) {
                    throw new IllegalArgumentException("--vary " + path + ": the grid's cell size is the map's resolution,"
                            + " not an uncertain parameter; set it with --set");
                }
            }
        }
        List<Dimension> dims = new ArrayList<>();
        for (ParameterCatalog.Parameter p : catalog.parameters()) {
            if (p.range() == null || NEVER_VARIED.contains(p.path())) continue;
            if (p.range().high() <= p.range().low()) continue; // a point range leaves nothing to vary
            if (!vary.isEmpty() && !vary.contains(p.path())) continue;
            dims.add(new Dimension(p.path(), p.range(), p.dist(), p.value(), p.whole(), entry.sources().get(p.path())));
        }
        return new ParameterSpace(dims);
    }

    /** The varied parameters, in order. */
    public List<Dimension> dimensions() {
        return dimensions;
    }

    public int size() {
        return dimensions.size();
    }

    /** The paths of the varied parameters, in order. */
    public List<String> paths() {
        return dimensions.stream().map(Dimension::path).toList();
    }

    /** The values at a point of the unit cube (one coordinate per dimension). */
    public double[] values(double[] u) {
        check(u);
        double[] x = new double[dimensions.size()];
        for (int i = 0; i < x.length; i++) x[i] = dimensions.get(i).at(u[i]);
        return x;
    }

    /** The {@code --set} overrides that apply the values at a point of the unit cube. */
    public List<String> overrides(double[] u) {
        double[] x = values(u);
        List<String> out = new ArrayList<>(x.length);
        for (int i = 0; i < x.length; i++) out.add(dimensions.get(i).override(x[i]));
        return out;
    }

    /**
     * The overrides for a point of a study over {@code paths} (a superset of this space's paths,
     * in any order): each parameter of this space takes the coordinate of its own path.
     */
    public List<String> overrides(List<String> paths, double[] u) {
        Map<String, Double> byPath = new LinkedHashMap<>();
        for (int i = 0; i < paths.size(); i++) byPath.put(paths.get(i), u[i]);
        List<String> out = new ArrayList<>(dimensions.size());
        for (Dimension d : dimensions) {
            Double ui = byPath.get(d.path());
            if (ui == null) throw new IllegalArgumentException("no coordinate for " + d.path());
            out.add(d.override(d.at(ui)));
        }
        return out;
    }

    private void check(double[] u) {
        if (u.length != dimensions.size()) {
            throw new IllegalArgumentException("a point of " + u.length + " coordinates for " + dimensions.size() + " parameters");
        }
    }

    /** A value as it is applied and written: whole numbers without decimals, others in plain notation. */
    public static String text(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) return Long.toString((long) x);
        return new BigDecimal(Double.toString(x)).stripTrailingZeros().toPlainString();
    }

    private static String nearest(String wrong, List<String> known) {
        String best = null;
        int bestScore = Integer.MAX_VALUE;
        String leaf = wrong.substring(wrong.lastIndexOf('.') + 1);
        for (String k : known) {
            int score = k.endsWith("." + leaf) ? 0 : Integer.MAX_VALUE;
            if (score < bestScore) {
                best = k;
                bestScore = score;
            }
        }
        return best;
    }
}
