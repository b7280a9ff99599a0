package org.sahelsim.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A folder of scenario files of one kind, read onto one record class: the files under a folder
 * name (such as {@code scenarios} or {@code scenarios/classic}) in the working directory, when
 * run from a checkout, and the same folder embedded in the program. A name is looked up on disk
 * first, then among the embedded files; a path to a {@code .yaml} file works anywhere.
 * {@code extends: id} resolves the same way, starting beside the file that extends.
 *
 * <p>Every numeric parameter carries a source: its own ({@code {value, source}}) or, failing
 * that, the {@code source} of the nearest section that has one ({@code combat.source} covers
 * {@code combat.contact_rate}). {@link #effectiveSources} applies that rule.
 *
 * <p>Inside a jar a resource folder cannot be listed, so the build embeds an {@code index.txt}
 * beside the files, one file name a line.
 */
public final class ScenarioFolder {
    private final String name;
    private final Path folder;
    private final ClassLoader loader;

    /**
     * @param name   the folder's name, as on disk and among the resources ({@code scenarios/classic})
     * @param folder the on-disk folder, or null for embedded scenarios only
     */
    public ScenarioFolder(String name, Path folder) {
        this.name = name;
        this.folder = folder;
        this.loader = ScenarioFolder.class.getClassLoader();
    }

    /** The folder {@code name} of the working directory (if there is one) and the embedded one. */
    public static ScenarioFolder standard(String name) {
        Path here = Path.of(name);
        return new ScenarioFolder(name, Files.isDirectory(here) ? here : null);
    }

    /**
     * A scenario as loaded: the record, its parameters with sources, and where it came from.
     *
     * @param scenario     the bound record
     * @param catalog      its numeric parameters with their ranges and own sources
     * @param sha256       the SHA-256 of the leaf file's bytes
     * @param extendsChain the documents it was built from, leaf first
     * @param sourceName   the leaf file's name as errors call it
     * @param sources      each parameter's path to the source it ends up with (its own or its section's)
     */
    public record Entry<T>(T scenario, ParameterCatalog catalog, String sha256, List<String> extendsChain,
            String sourceName, Map<String, String> sources, Locations locations) {
    }

    /** A check of a loaded scenario beyond its own fields (its references to the map), before anything runs. */
    @FunctionalInterface
    public interface Check<T> {
        /** @throws ScenarioException listing every problem, each where it was written */
        void check(Loaded<T> loaded);
    }

    /**
     * Loads a scenario by path or name onto {@code type}, with {@code --set} overrides.
     *
     * @throws ScenarioException listing every problem, at its file, line and column
     */
    public <T extends Record> Entry<T> load(Class<T> type, String nameOrPath, List<String> overrides) {
        return load(type, nameOrPath, overrides, loaded -> { });
    }

    /** As {@link #load(Class, String, List)}, then {@code check} on what was read. */
    public <T extends Record> Entry<T> load(Class<T> type, String nameOrPath, List<String> overrides, Check<T> check) {
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
        return load(type, leaf, resolver, overrides, check);
    }

    /**
     * Loads a scenario from its bytes, as if it were a file beside the folder: {@code extends}
     * names scenarios of the folder.
     */
    public <T extends Record> Entry<T> load(Class<T> type, ScenarioSource leaf, List<String> overrides, Check<T> check) {
        return load(type, leaf, libraryResolver(), overrides, check);
    }

    private <T extends Record> Entry<T> load(Class<T> type, ScenarioSource leaf, ScenarioResolver resolver,
                                             List<String> overrides, Check<T> check) {
        Loaded<T> loaded = new ScenarioReader(resolver).read(type, leaf, overrides);
        check.check(loaded);
        Map<String, String> sections = new LinkedHashMap<>();
        collectSources(loaded.value(), "", sections);
        return new Entry<>(loaded.value(), loaded.catalog(), loaded.sha256(), loaded.extendsChain(), leaf.name(),
                effectiveSources(loaded.catalog(), sections), loaded.locations());
    }

    /** The ids in the folder: on disk and embedded. */
    public List<String> ids() {
        TreeSet<String> ids = new TreeSet<>();
        if (folder != null) ids.addAll(ScenarioResolver.folder(folder).knownIds());
        ids.addAll(embeddedIds());
        return new ArrayList<>(ids);
    }

    private List<String> embeddedIds() {
        List<String> ids = new ArrayList<>(ScenarioResolver.resources(loader, name).knownIds());
        if (ids.isEmpty()) {
            // Inside a jar the folder cannot be listed: the build writes an index beside it.
            try (var in = loader.getResourceAsStream(name + "/index.txt")) {
                if (in != null) {
                    for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
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
        ScenarioResolver embedded = ScenarioResolver.resources(loader, name);
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
