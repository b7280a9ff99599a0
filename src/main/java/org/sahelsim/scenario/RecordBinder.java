package org.sahelsim.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sahelsim.model.params.Bounds;
import org.sahelsim.model.params.Checker;
import org.sahelsim.model.params.Validated;

/**
 * Binds a merged scenario tree onto a record class by component name ({@code fuel_price_cfa}
 * in the file for {@code fuelPriceCfa} in Java). Supports records, double, int, long,
 * boolean, String, LocalDate, enums, {@code List<X>} and {@code Map<String, X>}. Records every
 * numeric leaf in the catalog; collects every problem rather than stopping at the first.
 */
final class RecordBinder {

    /** Returned in place of a value that could not be bound (a problem has been recorded). */
    private static final Object FAILED = new Object();

    private static final Pattern DECIMAL =
            Pattern.compile("[-+]?(\\d[\\d_]*(\\.[\\d_]*)?|\\.\\d[\\d_]*)([eE][-+]?\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("[-+]?\\d[\\d_]*");
    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final List<String> LEAF_KEYS = List.of("value", "range", "dist", "source");
    private static final String LEAF_FORM = " (or {value: ..., range: [low, high], source: \"...\"})";

    private enum Kind { DOUBLE, INT, LONG }

    private final ProblemList problems;
    private final List<ParameterCatalog.Parameter> parameters = new ArrayList<>();
    /** Where each key path was written, so record validation can point at a key. */
    private final Map<String, Tree.Origin> keyOrigins = new HashMap<>();
    /** The value written at each key path. */
    private final Map<String, Tree.Value> written = new HashMap<>();
    private int valuesLeft;

    RecordBinder(ProblemList problems, int maxValues) {
        this.problems = problems;
        this.valuesLeft = maxValues;
    }

    ParameterCatalog catalog() {
        return new ParameterCatalog(parameters);
    }

    Locations locations() {
        return new Locations(keyOrigins, written);
    }

    @SuppressWarnings("unchecked")
    <T> T bindRoot(Class<T> type, Tree.Mapping root) {
        if (!type.isRecord()) {
            throw new IllegalArgumentException(type + " is not a record class");
        }
        Object v = bindRecord(type, root, "");
        return v == FAILED ? null : (T) v;
    }

    private Object bind(Type type, Tree.Value v, String path, Bounds bounds) {
        if (--valuesLeft < 0) {
            if (valuesLeft == -1) {
                problems.add(v.at(), path, "a document that expands to too many values (through aliases)",
                        "a smaller scenario");
                problems.throwIfAny();
            }
            return FAILED;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return bindList(p.getActualTypeArguments()[0], v, path, bounds);
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class
                && p.getActualTypeArguments()[0] == String.class) {
            return bindMap(p.getActualTypeArguments()[1], v, path, bounds);
        }
        if (!(type instanceof Class<?> c)) {
            throw new IllegalArgumentException("cannot bind scenario values to " + type.getTypeName()
                    + " (at " + path + "); use records, scalars, List<X> or Map<String, X>");
        }
        if (c.isRecord()) {
            return bindRecord(c, v, path);
        }
        if (c == double.class || c == Double.class) {
            return number(v, path, bounds, Kind.DOUBLE);
        }
        if (c == int.class || c == Integer.class) {
            return number(v, path, bounds, Kind.INT);
        }
        if (c == long.class || c == Long.class) {
            return number(v, path, bounds, Kind.LONG);
        }
        if (c == boolean.class || c == Boolean.class) {
            return bool(v, path);
        }
        if (c == String.class) {
            return text(v, path);
        }
        if (c == LocalDate.class) {
            return date(v, path);
        }
        if (c.isEnum()) {
            return enumValue(c, v, path);
        }
        throw new IllegalArgumentException("cannot bind scenario values to " + c.getName() + " (at " + path
                + "); use records, scalars, List<X> or Map<String, X>");
    }

    // ---- Records ---------------------------------------------------------------------------

    private Object bindRecord(Class<?> type, Tree.Value v, String path) {
        RecordComponent[] components = type.getRecordComponents();
        List<String> keys = new ArrayList<>();
        for (RecordComponent rc : components) {
            keys.add(KeyNames.snake(rc.getName()));
        }
        if (!(v instanceof Tree.Mapping m)) {
            problems.add(v.at(), path, v.describe(), "a mapping with the keys " + String.join(", ", keys));
            return FAILED;
        }
        for (Tree.Entry e : m.entries()) {
            String child = child(path, e.key());
            keyOrigins.put(child, e.keyAt());
            written.put(child, e.value());
            if (!keys.contains(e.key())) {
                problems.add(e.keyAt(), child, "unknown key '" + e.key() + "'",
                        "one of: " + String.join(", ", keys), KeyNames.didYouMean(e.key(), keys));
            }
        }
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean failed = false;
        for (int i = 0; i < components.length; i++) {
            RecordComponent rc = components[i];
            types[i] = rc.getType();
            String key = keys.get(i);
            String child = child(path, key);
            Tree.Entry e = m.entry(key);
            boolean absent = e == null || (e.value() instanceof Tree.Scalar s && s.isNull());
            if (absent) {
                if (rc.isAnnotationPresent(org.sahelsim.model.params.Optional.class)) {
                    args[i] = absentValue(rc);
                } else {
                    problems.add(e == null ? m.at() : e.keyAt(), child,
                            e == null ? "no key '" + key + "'" : "no value for '" + key + "'",
                            "a value for '" + key + "': " + expectation(rc.getGenericType())
                                    + " (every parameter must be given in the file)");
                    failed = true;
                }
                continue;
            }
            args[i] = bind(rc.getGenericType(), e.value(), child, rc.getAnnotation(Bounds.class));
            failed |= args[i] == FAILED;
        }
        if (failed) {
            return FAILED;
        }
        Object record;
        try {
            Constructor<?> ctor = type.getDeclaredConstructor(types);
            ctor.trySetAccessible();
            record = ctor.newInstance(args);
        } catch (InvocationTargetException e) {
            String why = e.getCause() == null || e.getCause().getMessage() == null ? "values it refuses"
                    : e.getCause().getMessage();
            problems.add(m.at(), path, "values the model refuses: " + why, "consistent values");
            return FAILED;
        } catch (ReflectiveOperationException e) {
            throw new IllegalArgumentException("cannot construct " + type.getName(), e);
        }
        if (record instanceof Validated checked) {
            checked.validate(checker(path, m.at()));
        }
        return record;
    }

    private static Object absentValue(RecordComponent rc) {
        Class<?> t = rc.getType();
        if (t.isPrimitive()) {
            throw new IllegalArgumentException("@Optional on the primitive component " + rc + " of "
                    + rc.getDeclaringRecord().getName() + ": it has no absent value; use a boxed type");
        }
        if (t == List.class) {
            return List.of();
        }
        if (t == Map.class) {
            return Map.of();
        }
        return null;
    }

    /** A checker that turns a record's own reports into problems at the key concerned. */
    private Checker checker(String recordPath, Tree.Origin recordAt) {
        return (component, found, expected) -> {
            String full = child(recordPath, snakePath(component));
            Tree.Origin at = null;
            for (String p = full; at == null && !p.equals(recordPath); p = parent(p)) {
                at = keyOrigins.get(p);
            }
            problems.add(at == null ? recordAt : at, full, found, expected);
        };
    }

    /** {@code events[2].startDate} to {@code events[2].start_date}. */
    private static String snakePath(String path) {
        StringBuilder s = new StringBuilder();
        for (String part : path.split("\\.", -1)) {
            if (s.length() > 0) {
                s.append('.');
            }
            s.append(KeyNames.snake(part));
        }
        return s.toString();
    }

    private static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    private static String child(String path, String key) {
        if (path.isEmpty()) {
            return key;
        }
        return key.startsWith("[") ? path + key : path + "." + key;
    }

    // ---- Collections -----------------------------------------------------------------------

    private Object bindList(Type item, Tree.Value v, String path, Bounds bounds) {
        if (!(v instanceof Tree.Sequence s)) {
            problems.add(v.at(), path, v.describe(), "a list of " + expectation(item) + ", e.g. [a, b] or '- a' lines");
            return FAILED;
        }
        List<Object> out = new ArrayList<>();
        boolean failed = false;
        for (int i = 0; i < s.items().size(); i++) {
            Tree.Value itemValue = s.items().get(i);
            String child = path + "[" + i + "]";
            keyOrigins.put(child, itemValue.at());
            written.put(child, itemValue);
            Object o = nonNull(item, itemValue, child, bounds);
            failed |= o == FAILED;
            out.add(o);
        }
        return failed ? FAILED : Collections.unmodifiableList(out);
    }

    private Object bindMap(Type valueType, Tree.Value v, String path, Bounds bounds) {
        if (!(v instanceof Tree.Mapping m)) {
            problems.add(v.at(), path, v.describe(), "a mapping from names to " + expectation(valueType));
            return FAILED;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        boolean failed = false;
        for (Tree.Entry e : m.entries()) {
            String child = path + "." + e.key();
            keyOrigins.put(child, e.keyAt());
            written.put(child, e.value());
            Object o = nonNull(valueType, e.value(), child, bounds);
            failed |= o == FAILED;
            out.put(e.key(), o);
        }
        return failed ? FAILED : Collections.unmodifiableMap(out);
    }

    private Object nonNull(Type type, Tree.Value v, String path, Bounds bounds) {
        if (v instanceof Tree.Scalar s && s.isNull()) {
            problems.add(v.at(), path, "nothing (null)", expectation(type));
            return FAILED;
        }
        return bind(type, v, path, bounds);
    }

    // ---- Scalars ---------------------------------------------------------------------------

    /** A numeric leaf: a plain number, or {value, range, source}. Goes into the catalog. */
    private Object number(Tree.Value v, String path, Bounds bounds, Kind kind) {
        Tree.Value valueNode = v;
        ParameterCatalog.Range range = null;
        ParameterCatalog.Distribution dist = null;
        String source = null;
        boolean failed = false;
        if (v instanceof Tree.Mapping m) {
            for (Tree.Entry e : m.entries()) {
                if (!LEAF_KEYS.contains(e.key())) {
                    problems.add(e.keyAt(), child(path, e.key()), "unknown key '" + e.key() + "'",
                            "one of: value, range, dist, source", KeyNames.didYouMean(e.key(), LEAF_KEYS));
                    failed = true;
                }
            }
            Tree.Entry value = m.entry("value");
            if (value == null) {
                problems.add(m.at(), path, "no key 'value'", "the parameter's value under 'value:'");
                return FAILED;
            }
            valueNode = value.value();
            Tree.Entry r = m.entry("range");
            if (r != null && !(r.value() instanceof Tree.Scalar rs && rs.isNull())) {
                range = range(r.value(), child(path, "range"), bounds);
                failed |= range == null;
            }
            Tree.Entry d = m.entry("dist");
            if (d != null && !(d.value() instanceof Tree.Scalar ds && ds.isNull())) {
                Object parsed = enumValue(ParameterCatalog.Distribution.class, d.value(), child(path, "dist"));
                if (parsed == FAILED) {
                    failed = true;
                } else if (range == null) {
                    problems.add(d.keyAt(), child(path, "dist"), "a distribution without a range",
                            "a range [low, high] for the distribution to spread over");
                    failed = true;
                } else if (parsed == ParameterCatalog.Distribution.LOG_UNIFORM && range.low() <= 0) {
                    problems.add(d.value().at(), child(path, "dist"), "log_uniform over [" + ParameterCatalog.format(range.low())
                            + ", " + ParameterCatalog.format(range.high()) + "]", "a range above zero for log_uniform");
                    failed = true;
                } else {
                    dist = (ParameterCatalog.Distribution) parsed;
                }
            }
            Tree.Entry src = m.entry("source");
            if (src != null && !(src.value() instanceof Tree.Scalar ss && ss.isNull())) {
                if (src.value() instanceof Tree.Scalar ss) {
                    source = ss.text();
                } else {
                    problems.add(src.value().at(), child(path, "source"), src.value().describe(),
                            "the source as text, e.g. source: \"title, outlet, date\"");
                    failed = true;
                }
            }
        }
        Double x = parseNumber(valueNode, path, kind, LEAF_FORM);
        if (x == null || failed || !withinBounds(x, valueNode, path, bounds)) {
            return FAILED;
        }
        if (range != null && !range.contains(x)) {
            problems.add(valueNode.at(), path, ((Tree.Scalar) valueNode).text() + ", outside its own range ["
                    + ParameterCatalog.format(range.low()) + ", " + ParameterCatalog.format(range.high()) + "]",
                    "a value within the range it gives");
            return FAILED;
        }
        if (valueNode.at().fromCommandLine()) {
            source = "command line: " + valueNode.at().file();
        }
        Tree.Origin at = valueNode.at();
        if (range != null && dist == null) {
            dist = ParameterCatalog.Distribution.UNIFORM;
        }
        parameters.add(new ParameterCatalog.Parameter(path, x, range, source, at.file(), at.line(), at.column(), dist,
                kind != Kind.DOUBLE));
        return switch (kind) {
            case DOUBLE -> x;
            case INT -> (int) (double) x;
            case LONG -> (long) (double) x;
        };
    }

    private ParameterCatalog.Range range(Tree.Value v, String path, Bounds bounds) {
        if (!(v instanceof Tree.Sequence s) || s.items().size() != 2) {
            problems.add(v.at(), path, v instanceof Tree.Sequence s2 ? "a list of " + s2.items().size() + " items"
                    : v.describe(), "a range [low, high] of two numbers");
            return null;
        }
        Double low = parseNumber(s.items().get(0), path, Kind.DOUBLE, "");
        Double high = parseNumber(s.items().get(1), path, Kind.DOUBLE, "");
        if (low == null || high == null) {
            return null;
        }
        if (low > high) {
            problems.add(v.at(), path, "the range [" + ParameterCatalog.format(low) + ", "
                    + ParameterCatalog.format(high) + "]", "low <= high in [low, high]");
            return null;
        }
        boolean ok = withinBounds(low, s.items().get(0), path, bounds);
        ok &= withinBounds(high, s.items().get(1), path, bounds);
        return ok ? new ParameterCatalog.Range(low, high) : null;
    }

    /** The number written, or {@code null} after a problem. Quoted numbers are text, not numbers. */
    private Double parseNumber(Tree.Value v, String path, Kind kind, String alternative) {
        String expected = kind == Kind.DOUBLE ? "a number" : "a whole number";
        if (!(v instanceof Tree.Scalar s) || s.isNull()) {
            problems.add(v.at(), path, v.describe(), expected + alternative);
            return null;
        }
        String t = s.text();
        if (!s.plain()) {
            problems.add(v.at(), path, "the text \"" + t + "\" in quotes", expected + " without quotes");
            return null;
        }
        if (kind != Kind.DOUBLE && DECIMAL.matcher(t).matches() && !WHOLE.matcher(t).matches()) {
            problems.add(v.at(), path, t, expected + " (no decimals)");
            return null;
        }
        if (!DECIMAL.matcher(t).matches()) {
            problems.add(v.at(), path, "'" + t + "'", expected + alternative);
            return null;
        }
        String digits = t.replace("_", "");
        double x;
        try {
            if (kind == Kind.DOUBLE) {
                x = Double.parseDouble(digits);
            } else {
                long l = Long.parseLong(digits);
                if (kind == Kind.INT && (l < Integer.MIN_VALUE || l > Integer.MAX_VALUE)) {
                    throw new NumberFormatException();
                }
                x = l;
            }
        } catch (NumberFormatException e) {
            problems.add(v.at(), path, t, expected + " small enough to store (" + (kind == Kind.INT
                    ? "at most " + Integer.MAX_VALUE : "at most " + Long.MAX_VALUE) + " in size)");
            return null;
        }
        if (!Double.isFinite(x)) {
            problems.add(v.at(), path, t, "a finite number");
            return null;
        }
        return x;
    }

    private boolean withinBounds(double x, Tree.Value v, String path, Bounds bounds) {
        if (bounds == null || (x >= bounds.min() && x <= bounds.max())) {
            return true;
        }
        String text = v instanceof Tree.Scalar s ? s.text() : ParameterCatalog.format(x);
        problems.add(v.at(), path, text, boundsText(bounds));
        return false;
    }

    private static String boundsText(Bounds b) {
        boolean low = b.min() != Double.NEGATIVE_INFINITY;
        boolean high = b.max() != Double.POSITIVE_INFINITY;
        if (low && high) {
            return "a number between " + ParameterCatalog.format(b.min()) + " and " + ParameterCatalog.format(b.max());
        }
        return low ? "a number >= " + ParameterCatalog.format(b.min()) : "a number <= " + ParameterCatalog.format(b.max());
    }

    private Object bool(Tree.Value v, String path) {
        if (v instanceof Tree.Scalar s && s.plain()) {
            if (s.text().equalsIgnoreCase("true")) {
                return Boolean.TRUE;
            }
            if (s.text().equalsIgnoreCase("false")) {
                return Boolean.FALSE;
            }
        }
        problems.add(v.at(), path, v.describe(), "true or false");
        return FAILED;
    }

    private Object text(Tree.Value v, String path) {
        if (v instanceof Tree.Scalar s) {
            return s.text();
        }
        problems.add(v.at(), path, v.describe(), "text");
        return FAILED;
    }

    private Object date(Tree.Value v, String path) {
        if (v instanceof Tree.Scalar s && DATE.matcher(s.text()).matches()) {
            try {
                return LocalDate.parse(s.text());
            } catch (DateTimeParseException e) {
                // falls through to the problem below: 2021-13-01, 2021-02-30
            }
        }
        problems.add(v.at(), path, v.describe(), "a date like 2021-06-07 (year-month-day)");
        return FAILED;
    }

    private Object enumValue(Class<?> type, Tree.Value v, String path) {
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
        }
        if (v instanceof Tree.Scalar s) {
            int i = names.indexOf(s.text());
            if (i >= 0) {
                return type.getEnumConstants()[i];
            }
        }
        problems.add(v.at(), path, v.describe(), "one of: " + String.join(", ", names),
                v instanceof Tree.Scalar s ? KeyNames.didYouMean(s.text(), names) : null);
        return FAILED;
    }

    /** What a value of this type looks like, in words. */
    private static String expectation(Type type) {
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return "a list";
        }
        if (type instanceof ParameterizedType p && p.getRawType() == Map.class) {
            return "a mapping";
        }
        if (!(type instanceof Class<?> c)) {
            return "a value";
        }
        if (c.isRecord()) {
            return "a mapping";
        }
        if (c == double.class || c == Double.class) {
            return "a number";
        }
        if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            return "a whole number";
        }
        if (c == boolean.class || c == Boolean.class) {
            return "true or false";
        }
        if (c == LocalDate.class) {
            return "a date like 2021-06-07";
        }
        if (c.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object constant : c.getEnumConstants()) {
                names.add(((Enum<?>) constant).name().toLowerCase(Locale.ROOT));
            }
            return "one of " + String.join(", ", names);
        }
        return "text";
    }
}
