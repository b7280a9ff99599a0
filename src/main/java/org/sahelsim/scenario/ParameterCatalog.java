package org.sahelsim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every numeric parameter of a loaded scenario, in a fixed order (record components in
 * declaration order, list items by index, map entries in file order), with its value, the
 * plausible range and the source the file gives for it, and where it was written. It is what
 * {@code describe} lists, what a run manifest records, and what a test checks for
 * parameters without a source.
 */
public final class ParameterCatalog implements java.io.Serializable {
    private static final long serialVersionUID = 1L;


    /** The closed plausible range a scenario file gives for a parameter. */
    public record Range(double low, double high) implements java.io.Serializable {
        public boolean contains(double v) {
            return low <= v && v <= high;
        }
    }

    /**
     * How a parameter's plausible values spread over its range, as the file states it with
     * {@code dist:} (default uniform). Used when parameters are drawn from their ranges.
     */
    public enum Distribution {
        /** Every value in [low, high] equally likely. */
        UNIFORM,
        /** Most likely at the parameter's value, falling linearly to zero at low and high. */
        TRIANGULAR,
        /** Uniform in the logarithm: each factor of ten equally likely; needs low > 0. */
        LOG_UNIFORM;

        /** The name as written in a scenario file ({@code log_uniform}). */
        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * The value at cumulative probability {@code u} (0–1) over {@code range}; {@code mode} is
         * the peak of a triangular distribution (the parameter's value). Stays within the range.
         */
        public double quantile(double u, Range range, double mode) {
            double lo = range.low();
            double hi = range.high();
            if (hi <= lo) return lo;
            double x = switch (this) {
                case UNIFORM -> lo + u * (hi - lo);
                case LOG_UNIFORM -> Math.exp(Math.log(lo) + u * (Math.log(hi) - Math.log(lo)));
                case TRIANGULAR -> {
                    double c = (mode - lo) / (hi - lo);
                    yield u < c ? lo + Math.sqrt(u * (hi - lo) * (mode - lo))
                            : hi - Math.sqrt((1 - u) * (hi - lo) * (hi - mode));
                }
            };
            return Math.min(hi, Math.max(lo, x));
        }
    }

    /**
     * One numeric parameter. {@code path} uses the file's keys ({@code forces.fama.strength},
     * {@code events[3].value}, {@code regions.kidal.state}); {@code range} and {@code source}
     * are {@code null} when the file gives none, and {@code dist} when it has no range. A value
     * set with {@code --set} has the source {@code command line: --set path=value}, and the
     * argument as its file. {@code whole} is true for parameters that take whole numbers only.
     */
    public record Parameter(String path, double value, Range range, String source, String file, int line,
            int column, Distribution dist, boolean whole) implements java.io.Serializable {

        /** A real-valued parameter, uniform over its range if it has one. */
        public Parameter(String path, double value, Range range, String source, String file, int line, int column) {
            this(path, value, range, source, file, line, column, range == null ? null : Distribution.UNIFORM, false);
        }

        /** One line: {@code forces.fama.strength = 12000 [8000, 15000] (source) @ file:line:column}. */
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(path).append(" = ").append(format(value));
            if (range != null) {
                s.append(" [").append(format(range.low())).append(", ").append(format(range.high())).append(']');
                if (dist != null && dist != Distribution.UNIFORM) s.append(' ').append(dist.key());
            }
            s.append(source == null ? " (no source)" : " (" + source + ")");
            if (file.startsWith(ScenarioReader.SET_PREFIX)) {
                s.append(" @ command line");
            } else {
                s.append(" @ ").append(file).append(':').append(line).append(':').append(column);
            }
            return s.toString();
        }
    }

    private final Map<String, Parameter> byPath;

    ParameterCatalog(List<Parameter> parameters) {
        Map<String, Parameter> m = new LinkedHashMap<>();
        for (Parameter p : parameters) {
            m.put(p.path(), p);
        }
        this.byPath = Collections.unmodifiableMap(m);
    }

    /** All parameters in catalog order. */
    public List<Parameter> parameters() {
        return List.copyOf(byPath.values());
    }

    /** The parameter at {@code path}, or {@code null}. */
    public Parameter get(String path) {
        return byPath.get(path);
    }

    public int size() {
        return byPath.size();
    }

    /** The parameters the file gives no source for (should be none in a published scenario). */
    public List<Parameter> withoutSource() {
        List<Parameter> out = new ArrayList<>();
        for (Parameter p : byPath.values()) {
            if (p.source() == null || p.source().isBlank()) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * Every parameter as a run's {@code manifest.json} lists it, in catalog order: {@code path},
     * {@code value}, {@code range} ({@code [low, high]}, or null) and {@code source}, the one it
     * ends up with according to {@code sources} (path to source).
     */
    public List<Map<String, Object>> manifestRows(Map<String, String> sources) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Parameter p : byPath.values()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", p.path());
            row.put("value", p.value());
            row.put("range", p.range() == null ? null : List.of(p.range().low(), p.range().high()));
            row.put("source", sources.get(p.path()));
            rows.add(row);
        }
        return rows;
    }

    /** One line per parameter, for {@code describe} and manifests. */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        for (Parameter p : byPath.values()) {
            s.append(p).append('\n');
        }
        return s.toString();
    }

    /** A number as a person writes it: 12000, not 12000.0. */
    public static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
