package org.sahelsim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sahelsim.model.params.Scenario;

/**
 * Where scenarios come from: a path to a YAML file, or a name looked up in the project's
 * {@code scenarios/} folder (when run from a checkout) and then among the scenarios embedded in
 * the program. {@code extends: id} resolves the same way, starting beside the file that extends.
 *
 * <p>Every numeric parameter carries a source: its own ({@code {value, source}}) or, failing that,
 * the {@code source} of the nearest section that has one ({@code combat.source} covers
 * {@code combat.contact_rate}). {@link #effectiveSources} applies that rule.
 */
public final class ScenarioLibrary {
    /** Folder name of the scenario library, on disk and among the resources. */
    public static final String FOLDER = "scenarios";

    private final Path folder;
    private final ClassLoader loader;

    /**
     * @param folder the on-disk library, or null for embedded scenarios only
     */
    public ScenarioLibrary(Path folder) {
        this.folder = folder;
        this.loader = ScenarioLibrary.class.getClassLoader();
    }

    /** The library of the working directory's {@code scenarios/} folder (if any) and the embedded one. */
    public static ScenarioLibrary standard() {
        Path here = Path.of(FOLDER);
        return new ScenarioLibrary(Files.isDirectory(here) ? here : null);
    }

    /** A scenario as loaded: the record, its parameters with sources, and where it came from. */
    public record Entry(Scenario scenario, ParameterCatalog catalog, String sha256, List<String> extendsChain,
                        String sourceName, Map<String, String> sources, Locations locations) {
    }

    /**
     * Loads a scenario by path or name, with {@code --set} overrides, and checks everything it
     * refers to ({@link ScenarioReferences}): what loads is ready to run.
     *
     * @throws ScenarioException listing every problem, each where it was written
     */
    public Entry load(String nameOrPath, List<String> overrides) {
        Path asPath = Path.of(nameOrPath);
        ScenarioSource leaf;
        ScenarioResolver resolver;
        try {
            if (nameOrPath.endsWith(".yaml") || nameOrPath.endsWith(".yml") || Files.isRegularFile(asPath)) {
                if (!Files.isRegularFile(asPath)) {
                    throw new ScenarioException(List.of(new Problem(nameOrPath, 0, 0, "", "no such file",
                            "a scenario file (.yaml) or the name of one in the library: " + String.join(", ", ids()), null)), 0);
                }
                leaf = ScenarioSource.read(asPath);
                Path parent = asPath.toAbsolutePath().getParent();
                resolver = chain(ScenarioResolver.folder(parent), libraryResolver());
            } else {
                resolver = libraryResolver();
                leaf = resolver.resolve(nameOrPath);
                if (leaf == null) {
                    String near = KeyNames.didYouMean(nameOrPath, ids());
                    throw new ScenarioException(List.of(new Problem(nameOrPath, 0, 0, "", "no scenario named '" + nameOrPath + "'",
                            "one of: " + String.join(", ", ids()), near)), 0);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return load(leaf, resolver, overrides);
    }

    /**
     * Loads a scenario from its bytes, as if it were a file beside the library: {@code extends}
     * names scenarios of the library.
     */
    public Entry load(ScenarioSource leaf, List<String> overrides) {
        return load(leaf, libraryResolver(), overrides);
    }

    private Entry load(ScenarioSource leaf, ScenarioResolver resolver, List<String> overrides) {
        Loaded<Scenario> loaded = new ScenarioReader(resolver).read(Scenario.class, leaf, overrides);
        ScenarioReferences.check(loaded, Gazetteer.standard());
        Map<String, String> sections = new LinkedHashMap<>();
        collectSources(loaded.value(), "", sections);
        return new Entry(loaded.value(), loaded.catalog(), loaded.sha256(), loaded.extendsChain(), leaf.name(),
                effectiveSources(loaded.catalog(), sections), loaded.locations());
    }

    /** The ids in the library: on disk and embedded. */
    public List<String> ids() {
        TreeSet<String> ids = new TreeSet<>();
        if (folder != null) ids.addAll(ScenarioResolver.folder(folder).knownIds());
        ids.addAll(embeddedIds());
        return new ArrayList<>(ids);
    }

    private List<String> embeddedIds() {
        List<String> ids = new ArrayList<>(ScenarioResolver.resources(loader, FOLDER).knownIds());
        if (ids.isEmpty()) {
            // Inside a jar the folder cannot be listed: the build writes an index beside it.
            try (var in = loader.getResourceAsStream(FOLDER + "/index.txt")) {
                if (in != null) {
                    for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                        String id = line.strip();
                        if (id.endsWith(".yaml")) ids.add(id.substring(0, id.length() - 5));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return ids;
    }

    private ScenarioResolver libraryResolver() {
        ScenarioResolver embedded = ScenarioResolver.resources(loader, FOLDER);
        return folder == null ? withIds(embedded) : chain(ScenarioResolver.folder(folder), embedded);
    }

    private ScenarioResolver withIds(ScenarioResolver r) {
        return new ScenarioResolver() {
            @Override
            public ScenarioSource resolve(String id) throws IOException {
                return r.resolve(id);
            }

            @Override
            public List<String> knownIds() {
                return ids();
            }
        };
    }

    private ScenarioResolver chain(ScenarioResolver first, ScenarioResolver second) {
        return new ScenarioResolver() {
            @Override
            public ScenarioSource resolve(String id) throws IOException {
                ScenarioSource s = first.resolve(id);
                return s != null ? s : second.resolve(id);
            }

            @Override
            public List<String> knownIds() {
                return ids();
            }
        };
    }

    /** The source each numeric parameter ends up with: its own, or its nearest section's. */
    static Map<String, String> effectiveSources(ParameterCatalog catalog, Map<String, String> sections) {
        Map<String, String> out = new LinkedHashMap<>();
        for (ParameterCatalog.Parameter p : catalog.parameters()) {
            String src = p.source();
            String path = p.path();
            while (src == null && !path.isEmpty()) {
                int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
                path = cut < 0 ? "" : path.substring(0, cut);
                src = sections.get(path);
            }
            out.put(p.path(), src);
        }
        return out;
    }

    /** Paths (in file spelling) of every record in the tree that carries a non-null {@code source}. */
    private static void collectSources(Object value, String path, Map<String, String> out) {
        if (value == null) return;
        if (value instanceof Record rec) {
            for (RecordComponent rc : rec.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = rc.getAccessor().invoke(rec);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
                String key = KeyNames.snake(rc.getName());
                if (key.equals("source") && v instanceof String s) out.put(path, s);
                else collectSources(v, path.isEmpty() ? key : path + "." + key, out);
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) collectSources(list.get(i), path + "[" + i + "]", out);
        } else if (value instanceof Map<?, ?> map) {
            for (var e : map.entrySet()) collectSources(e.getValue(), path + "." + e.getKey(), out);
        }
    }
}
