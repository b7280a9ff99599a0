package org.sahelsim.scenario;

import java.util.Map;

/**
 * Where each key and value of a bound scenario was written (file, or {@code --set} argument,
 * line and column), by key path ({@code events[3].target}, {@code fuel.corridors.niamey}), so
 * that checks made after binding report their problems where the reader can fix them.
 */
public final class Locations implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, Tree.Origin> keys;
    private final Map<String, Tree.Origin> values;
    private final Map<String, Tree.Value> written;

    Locations(Map<String, Tree.Origin> keys, Map<String, Tree.Value> written) {
        this.keys = Map.copyOf(keys);
        this.written = Map.copyOf(written);
        java.util.HashMap<String, Tree.Origin> v = new java.util.HashMap<>();
        written.forEach((path, value) -> v.put(path, value.at()));
        this.values = Map.copyOf(v);
    }

    /** Where the value at {@code path} was written, or failing that its key, or its nearest enclosing key. */
    Tree.Origin at(String path) {
        for (String p = path; ; p = parent(p)) {
            Tree.Origin o = values.get(p);
            if (o == null) o = keys.get(p);
            if (o != null) return o;
            if (p.isEmpty()) return new Tree.Origin("scenario", 1, 1);
        }
    }

    /** Where the key at {@code path} was written, or failing that the value's place. */
    Tree.Origin keyAt(String path) {
        Tree.Origin o = keys.get(path);
        return o != null ? o : at(path);
    }

    /**
     * Where the part of a value's text starting at {@code offset} was written, when the value is
     * a one-line scalar (a {@code ;}-separated list's items); else where the value starts.
     */
    Tree.Origin at(String path, int offset) {
        Tree.Value v = written.get(path);
        if (v instanceof Tree.Scalar s && !s.text().contains("\n") && offset >= 0 && offset <= s.text().length()) {
            return new Tree.Origin(s.at().file(), s.at().line(), s.at().column() + offset + (s.plain() ? 0 : 1));
        }
        return at(path);
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }
}
