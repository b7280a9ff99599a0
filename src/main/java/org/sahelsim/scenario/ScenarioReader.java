package org.sahelsim.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a scenario file onto a Java record class: safe YAML (no tags, few aliases, bounded
 * size and depth, no duplicate keys, UTF-8 only), {@code extends: id} resolved and deep-merged,
 * {@code --set path=value} overrides applied, then every key bound by name with all problems
 * reported at their file, line and column.
 *
 * <pre>{@code
 * ScenarioReader reader = new ScenarioReader(ScenarioResolver.folder(Path.of("scenarios")));
 * Loaded<Scenario> s = reader.read(Scenario.class, ScenarioSource.read(file),
 *         List.of("forces.france.air_power=1.5"));
 * }</pre>
 *
 * <p>Thread-safe and without state between calls: each call makes its own parser.
 */
public final class ScenarioReader {

    /** How a {@code --set} argument is named in errors and in the catalog's sources. */
    static final String SET_PREFIX = "--set ";

    /** The key at the top of a file that names the scenario it builds on. */
    public static final String EXTENDS = "extends";

    /**
     * What the reader refuses beyond: bytes per file, nesting of lists and mappings, aliases per
     * file, values bound in all (aliases can multiply them), problems reported, and the length
     * of an {@code extends} chain.
     */
    public record Limits(int maxBytes, int maxDepth, int maxAliases, int maxValues, int maxProblems,
            int maxExtends) {
        public static final Limits DEFAULT = new Limits(1 << 20, 64, 10, 1_000_000, 20, 16);
    }

    private final ScenarioResolver resolver;
    private final Limits limits;

    public ScenarioReader(ScenarioResolver resolver) {
        this(resolver, Limits.DEFAULT);
    }

    public ScenarioReader(ScenarioResolver resolver, Limits limits) {
        this.resolver = resolver;
        this.limits = limits;
    }

    /** Reads {@code leaf} (and what it extends) onto {@code type}, without overrides. */
    public <T extends Record> Loaded<T> read(Class<T> type, ScenarioSource leaf) {
        return read(type, leaf, List.of());
    }

    /**
     * Reads {@code leaf}, merges it onto the scenarios it {@code extends}, applies the
     * overrides ({@code path=value} each, as given after {@code --set}) and binds the result.
     *
     * @throws ScenarioException listing every problem found (up to the cap)
     */
    public <T extends Record> Loaded<T> read(Class<T> type, ScenarioSource leaf, List<String> overrides) {
        List<String> chain = new ArrayList<>();
        List<Tree.Mapping> documents = new ArrayList<>();
        Tree.Mapping doc = topMapping(leaf);
        chain.add(leaf.name());
        documents.add(doc);
        while (doc.entry(EXTENDS) != null) {
            Tree.Entry ext = doc.entry(EXTENDS);
            ScenarioSource parent = parentOf(ext, chain);
            chain.add(parent.name());
            doc = topMapping(parent);
            documents.add(doc);
        }
        Tree.Value merged = documents.get(documents.size() - 1).without(EXTENDS);
        for (int i = documents.size() - 2; i >= 0; i--) {
            merged = Tree.merge(merged, documents.get(i).without(EXTENDS));
        }
        merged = applyOverrides((Tree.Mapping) merged, overrides);

        ProblemList problems = new ProblemList(limits.maxProblems());
        RecordBinder binder = new RecordBinder(problems, limits.maxValues());
        T value = binder.bindRoot(type, (Tree.Mapping) merged);
        problems.throwIfAny();
        return new Loaded<>(value, binder.catalog(), sha256(leaf.bytes()), chain, overrides, binder.locations());
    }

    /** Reads the scenario the resolver knows as {@code id}. */
    public <T extends Record> Loaded<T> read(Class<T> type, String id, List<String> overrides) {
        ScenarioSource source;
        try {
            source = ScenarioResolver.ID.matcher(id).matches() ? resolver.resolve(id) : null;
        } catch (IOException e) {
            throw ProblemList.single(new Tree.Origin(id, 1, 1), "", "a scenario that could not be read ("
                    + e.getMessage() + ")", "a readable scenario file", null);
        }
        if (source == null) {
            throw ProblemList.single(new Tree.Origin(id, 1, 1), "", "no scenario called '" + id + "'",
                    "the id of a known scenario" + known(), KeyNames.didYouMean(id, resolver.knownIds()));
        }
        return read(type, source, overrides);
    }

    private String known() {
        List<String> ids = resolver.knownIds();
        return ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")";
    }

    private ScenarioSource parentOf(Tree.Entry ext, List<String> chain) {
        Tree.Origin at = ext.value().at();
        if (!(ext.value() instanceof Tree.Scalar s) || s.isNull()
                || !ScenarioResolver.ID.matcher(s.text()).matches()) {
            throw ProblemList.single(at, EXTENDS, ext.value().describe(),
                    "the id of the scenario this one builds on, e.g. extends: baseline", null);
        }
        if (chain.size() > limits.maxExtends()) {
            throw ProblemList.single(at, EXTENDS, "a chain of more than " + limits.maxExtends()
                    + " scenarios extending each other", "a shorter extends chain", null);
        }
        ScenarioSource parent;
        try {
            parent = resolver.resolve(s.text());
        } catch (IOException e) {
            throw ProblemList.single(at, EXTENDS, "'" + s.text() + "', which could not be read ("
                    + e.getMessage() + ")", "a readable scenario file", null);
        }
        if (parent == null) {
            throw ProblemList.single(at, EXTENDS, "'" + s.text() + "', which is not a known scenario",
                    "the id of a known scenario" + known(), KeyNames.didYouMean(s.text(), resolver.knownIds()));
        }
        if (chain.contains(parent.name())) {
            throw ProblemList.single(at, EXTENDS, "the cycle " + String.join(" -> ", chain) + " -> "
                    + parent.name(), "scenarios that do not extend themselves", null);
        }
        return parent;
    }

    private Tree.Mapping topMapping(ScenarioSource source) {
        Tree.Value v = parse(source.name(), decode(source), true);
        if (!(v instanceof Tree.Mapping m)) {
            throw ProblemList.single(v.at(), "", v.describe(),
                    "a mapping of keys to values at the top of the file (lines like 'key: value')", null);
        }
        return m;
    }

    // ---- Reading text safely -------------------------------------------------------------

    private String decode(ScenarioSource source) {
        Tree.Origin start = new Tree.Origin(source.name(), 1, 1);
        byte[] bytes = source.bytes();
        if (bytes.length > limits.maxBytes()) {
            throw ProblemList.single(start, "", "a file of more than " + limits.maxBytes() + " bytes",
                    "a scenario file of at most " + limits.maxBytes() + " bytes", null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        if (result.isError()) {
            throw ProblemList.single(originAt(source.name(), text, text.length()), "",
                    String.format("the byte 0x%02X, which is not UTF-8", bytes[in.position()] & 0xFF),
                    "a text file in UTF-8", null);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F
                    || (c >= 0x80 && c <= 0x9F && c != 0x85) || c == 0xFFFE || c == 0xFFFF;
            if (control) {
                throw ProblemList.single(originAt(source.name(), text, i), "",
                        String.format("the control character U+%04X", (int) c),
                        "plain text (is this a binary file?)", null);
            }
        }
        return text;
    }

    private static Tree.Origin originAt(String file, String text, int index) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < index && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return new Tree.Origin(file, line, column);
    }

    private Yaml yaml() {
        LoaderOptions options = new LoaderOptions();
        // Backstops only: the event pass below reports these with a line and column first.
        // SnakeYAML checks duplicate keys when constructing objects, which this reader never
        // does; toTree checks them.
        options.setAllowDuplicateKeys(false);
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth() + 1);
        options.setCodePointLimit(limits.maxBytes() + 1);
        options.setAllowRecursiveKeys(false);
        options.setTagInspector(tag -> false);
        return new Yaml(options);
    }

    /**
     * Parses one YAML document into a tree. Refuses tags, many aliases and deep nesting in a
     * first pass over the parser's events (which carry marks), then composes SnakeYAML nodes
     * (never Java objects) and copies them into the tree, refusing duplicate keys.
     */
    Tree.Value parse(String file, String text, boolean wholeFile) {
        ProblemList problems = new ProblemList(limits.maxProblems());
        Node root;
        try {
            int depth = 0;
            int aliases = 0;
            for (Event e : yaml().parse(new StringReader(text))) {
                if (e instanceof NodeEvent n && tagOf(n) != null) {
                    problems.add(origin(file, e.getStartMark()), "", "the YAML tag '" + shortTag(tagOf(n)) + "'",
                            "plain values without tags (quote a value to make it text)");
                }
                if (e instanceof CollectionStartEvent && ++depth > limits.maxDepth()) {
                    problems.add(origin(file, e.getStartMark()), "", "lists or mappings nested more than "
                            + limits.maxDepth() + " deep", "at most " + limits.maxDepth() + " levels of nesting");
                    problems.throwIfAny();
                } else if (e instanceof CollectionEndEvent) {
                    depth--;
                } else if (e instanceof AliasEvent && ++aliases > limits.maxAliases()) {
                    problems.add(origin(file, e.getStartMark()), "", "more than " + limits.maxAliases()
                            + " aliases (*name)", "at most " + limits.maxAliases()
                            + " aliases in a file (many aliases can expand to a huge document)");
                    problems.throwIfAny();
                }
            }
            problems.throwIfAny();
            root = yaml().compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            Tree.Origin at = mark != null ? origin(file, mark) : new Tree.Origin(file, 1, 1);
            String context = e.getContext() == null ? "" : ", " + e.getContext();
            throw ProblemList.single(at, "", "a YAML syntax error (" + e.getProblem() + context + ")",
                    "well-formed YAML: check the indentation, the ':' after each key and the brackets",
                    null);
        } catch (YAMLException e) {
            throw ProblemList.single(new Tree.Origin(file, 1, 1), "", "YAML that cannot be read ("
                    + plainMessage(e) + ")", "well-formed YAML", null);
        }
        if (root == null) {
            throw ProblemList.single(new Tree.Origin(file, 1, 1), "", wholeFile ? "an empty file" : "no value",
                    wholeFile ? "a mapping of scenario keys to values" : "a value after '='", null);
        }
        Tree.Value tree = toTree(root, file, problems, new IdentityHashMap<>(), new IdentityHashMap<>());
        problems.throwIfAny();
        return tree;
    }

    private static String tagOf(NodeEvent e) {
        if (e instanceof ScalarEvent s) {
            return s.getTag();
        }
        if (e instanceof CollectionStartEvent c) {
            return c.getTag();
        }
        return null;
    }

    private static String shortTag(String tag) {
        return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring("tag:yaml.org,2002:".length()) : tag;
    }

    /** A parser message without Java class names, for people. */
    private static String plainMessage(YAMLException e) {
        String m = e.getMessage() == null ? "unreadable input" : e.getMessage();
        return m.replaceAll("[a-z]+(\\.[a-zA-Z_$]+){2,}", "").trim();
    }

    private static Tree.Origin origin(String file, Mark mark) {
        return new Tree.Origin(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** Copies SnakeYAML nodes into the tree; an aliased node is copied once and shared. */
    private Tree.Value toTree(Node node, String file, ProblemList problems, Map<Node, Tree.Value> done,
            Map<Node, Node> open) {
        Tree.Value known = done.get(node);
        if (known != null) {
            return known;
        }
        Tree.Origin at = origin(file, node.getStartMark());
        if (open.containsKey(node)) {
            // An alias inside the very list or mapping it names: an endless value.
            problems.add(at, "", "an alias that contains itself", "values that end (no alias inside its own anchor)");
            problems.throwIfAny();
        }
        open.put(node, node);
        Tree.Value out;
        if (node instanceof ScalarNode s) {
            out = new Tree.Scalar(s.getValue(), s.isPlain(), at);
        } else if (node instanceof SequenceNode s) {
            List<Tree.Value> items = new ArrayList<>();
            for (Node item : s.getValue()) {
                items.add(toTree(item, file, problems, done, open));
            }
            out = new Tree.Sequence(items, at);
        } else {
            MappingNode m = (MappingNode) node;
            List<Tree.Entry> entries = new ArrayList<>();
            Map<String, Tree.Origin> seen = new java.util.HashMap<>();
            for (NodeTuple t : m.getValue()) {
                Tree.Origin keyAt = origin(file, t.getKeyNode().getStartMark());
                if (!(t.getKeyNode() instanceof ScalarNode k) || (k.isPlain() && k.getValue().isEmpty())) {
                    problems.add(keyAt, "", t.getKeyNode() instanceof ScalarNode ? "an empty key" : "a list or "
                            + "mapping used as a key", "a plain name as the key");
                    continue;
                }
                String key = k.getValue();
                if (k.isPlain() && key.equals("<<")) {
                    problems.add(keyAt, "", "the YAML merge key '<<'",
                            "plain keys (to build on another scenario, use extends: id at the top)");
                    continue;
                }
                Tree.Origin first = seen.putIfAbsent(key, keyAt);
                if (first != null) {
                    problems.add(keyAt, key, "the key '" + key + "' a second time (first at line "
                            + first.line() + ")", "each key once in a mapping");
                    continue;
                }
                entries.add(new Tree.Entry(key, keyAt, toTree(t.getValueNode(), file, problems, done, open)));
            }
            out = new Tree.Mapping(entries, at);
        }
        open.remove(node);
        done.put(node, out);
        return out;
    }

    // ---- Overrides -----------------------------------------------------------------------

    /** One step of a --set path: a key, or a list index; with its column in the argument. */
    private record Step(String key, int index, int column) {
        boolean isIndex() {
            return key == null;
        }

        String text() {
            return isIndex() ? "[" + index + "]" : key;
        }
    }

    private Tree.Mapping applyOverrides(Tree.Mapping root, List<String> overrides) {
        ProblemList problems = new ProblemList(limits.maxProblems());
        Tree.Mapping out = root;
        for (String arg : overrides) {
            String file = SET_PREFIX + arg;
            int eq = arg.indexOf('=');
            List<Step> steps = eq > 0 ? steps(arg.substring(0, eq)) : null;
            if (steps == null) {
                problems.add(new Tree.Origin(file, 1, 1), "", "'" + arg + "'",
                        "path=value, e.g. --set forces.fama.strength=3000 or --set events[2].date=2022-09-01");
                continue;
            }
            Tree.Value value;
            try {
                // Spaces in place of "path=" keep the parser's columns equal to the argument's.
                value = parse(file, " ".repeat(eq + 1) + arg.substring(eq + 1), false);
            } catch (ScenarioException e) {
                e.problems().forEach(problems::add);
                continue;
            }
            Tree.Value updated = set(out, steps, 0, value, arg.substring(0, eq), file, problems);
            if (updated != null) {
                out = (Tree.Mapping) updated;
            }
        }
        problems.throwIfAny();
        return out;
    }

    /** Splits {@code a.b[2].c} into steps; {@code null} if malformed. */
    private static List<Step> steps(String path) {
        List<Step> steps = new ArrayList<>();
        int i = 0;
        while (i < path.length()) {
            int start = i;
            while (i < path.length() && ".[]".indexOf(path.charAt(i)) < 0) {
                i++;
            }
            if (i == start) {
                return null;
            }
            steps.add(new Step(path.substring(start, i).trim(), -1, start + 1));
            while (i < path.length() && path.charAt(i) == '[') {
                int close = path.indexOf(']', i);
                if (close < 0 || !path.substring(i + 1, close).matches("\\d{1,9}")) {
                    return null;
                }
                steps.add(new Step(null, Integer.parseInt(path.substring(i + 1, close)), i + 1));
                i = close + 1;
            }
            if (i < path.length()) {
                if (path.charAt(i) != '.' || i == path.length() - 1) {
                    return null;
                }
                i++;
            }
        }
        return steps.isEmpty() ? null : steps;
    }

    /**
     * {@code node} with the value at {@code steps[i..]} replaced, or {@code null} after a
     * problem. A missing key is added, so that the binder reports it as unknown, with near
     * names, at the {@code --set} argument. Setting a scalar onto a {@code {value, range, source}}
     * parameter replaces its value and keeps its range.
     */
    private Tree.Value set(Tree.Value node, List<Step> steps, int i, Tree.Value value, String path, String file,
            ProblemList problems) {
        if (i == steps.size()) {
            if (node instanceof Tree.Mapping m && m.entry("value") != null && value instanceof Tree.Scalar) {
                return m.with("value", value.at(), value);
            }
            return value;
        }
        Step step = steps.get(i);
        Tree.Origin at = new Tree.Origin(file, 1, step.column());
        String where = pathOf(steps, i);
        if (step.isIndex()) {
            if (!(node instanceof Tree.Sequence s)) {
                problems.add(at, path, where + " is " + describe(node), "a list to index with " + step.text());
                return null;
            }
            if (step.index() >= s.items().size()) {
                problems.add(at, path, "index " + step.index() + " in a list of " + s.items().size() + " items",
                        s.items().isEmpty() ? "no index (the list is empty)"
                                : "an index from 0 to " + (s.items().size() - 1));
                return null;
            }
            Tree.Value inner = set(s.items().get(step.index()), steps, i + 1, value, path, file, problems);
            if (inner == null) {
                return null;
            }
            List<Tree.Value> items = new ArrayList<>(s.items());
            items.set(step.index(), inner);
            return new Tree.Sequence(items, s.at());
        }
        if (!(node instanceof Tree.Mapping m)) {
            problems.add(at, path, where + " is " + describe(node), "a mapping with the key '" + step.key() + "'");
            return null;
        }
        Tree.Entry e = m.entry(step.key());
        Tree.Value inner;
        if (e != null) {
            inner = set(e.value(), steps, i + 1, value, path, file, problems);
        } else if (steps.subList(i + 1, steps.size()).stream().anyMatch(Step::isIndex)) {
            problems.add(at, path, "no key '" + step.key() + "' here", "one of: " + String.join(", ", m.keys()),
                    KeyNames.didYouMean(step.key(), m.keys()));
            return null;
        } else {
            inner = set(new Tree.Mapping(List.of(), at), steps, i + 1, value, path, file, problems);
        }
        // The last key takes the argument as its origin: record checks on it then point at --set.
        return inner == null ? null : m.with(step.key(), e == null || i == steps.size() - 1 ? at : e.keyAt(), inner);
    }

    private static String pathOf(List<Step> steps, int upTo) {
        if (upTo == 0) {
            return "the top of the scenario";
        }
        StringBuilder s = new StringBuilder();
        for (int j = 0; j < upTo; j++) {
            if (s.length() > 0 && !steps.get(j).isIndex()) {
                s.append('.');
            }
            s.append(steps.get(j).text());
        }
        return "'" + s + "'";
    }

    private static String describe(Tree.Value v) {
        return v instanceof Tree.Scalar s ? "the value " + s.describe() : v.describe();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
