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
public final class ParameterCatalog {

    /** The closed plausible range a scenario file gives for a parameter. */
    public record Range(double low, double high) {
        public boolean contains(double v) {
            return low <= v && v <= high;
        }
    }

    /**
     * One numeric parameter. {@code path} uses the file's keys ({@code forces.fama.strength},
     * {@code events[3].value}, {@code regions.kidal.state}); {@code range} and {@code source}
     * are {@code null} when the file gives none. A value set with {@code --set} has the source
     * {@code command line: --set path=value}, and the argument as its file.
     */
    public record Parameter(String path, double value, Range range, String source, String file, int line,
            int column) {

        /** One line: {@code forces.fama.strength = 12000 [8000, 15000] (source) @ file:line:column}. */
        @Override
        public String toString() {
            StringBuilder s = new StringBuilder(path).append(" = ").append(format(value));
            if (range != null) {
                s.append(" [").append(format(range.low())).append(", ").append(format(range.high())).append(']');
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
