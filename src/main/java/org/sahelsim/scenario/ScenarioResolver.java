package org.sahelsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds the document a scenario id names, for {@code extends: id}. Returns {@code null} when
 * there is no such scenario. {@link #knownIds()} feeds "did you mean" suggestions.
 */
@FunctionalInterface
public interface ScenarioResolver {

    /** Ids are plain names: letters, digits, '-', '_' and '.', so they cannot climb folders. */
    Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    /** The document for {@code id}, or {@code null} if there is none. */
    ScenarioSource resolve(String id) throws IOException;

    /** The ids this resolver knows, if it can list them (for suggestions); may be empty. */
    default List<String> knownIds() {
        return List.of();
    }

    /** A resolver that knows no scenario: any {@code extends} is an error. */
    static ScenarioResolver none() {
        return id -> null;
    }

    /** Resolves {@code id} to {@code folder/id.yaml}. */
    static ScenarioResolver folder(Path folder) {
        return new ScenarioResolver() {
            @Override
            public ScenarioSource resolve(String id) throws IOException {
                if (!ID.matcher(id).matches() || id.contains("..")) {
                    return null;
                }
                Path file = folder.resolve(id + ".yaml");
                return Files.isRegularFile(file) ? ScenarioSource.read(file) : null;
            }

            @Override
            public List<String> knownIds() {
                try (var files = Files.list(folder)) {
                    return files.map(p -> p.getFileName().toString())
                            .filter(n -> n.endsWith(".yaml"))
                            .map(n -> n.substring(0, n.length() - ".yaml".length()))
                            .sorted().toList();
                } catch (IOException e) {
                    return List.of();
                }
            }
        };
    }

    /**
     * Resolves {@code id} to the class-path resource {@code folder/id.yaml} (folder without a
     * leading or trailing '/'), e.g. scenarios embedded in the jar.
     */
    static ScenarioResolver resources(ClassLoader loader, String folder) {
        return new ScenarioResolver() {
            @Override
            public ScenarioSource resolve(String id) throws IOException {
                if (!ID.matcher(id).matches() || id.contains("..")) {
                    return null;
                }
                String name = folder + "/" + id + ".yaml";
                try (InputStream in = loader.getResourceAsStream(name)) {
                    if (in == null) {
                        return null;
                    }
                    return new ScenarioSource(name, in.readNBytes(ScenarioReader.Limits.DEFAULT.maxBytes() + 1));
                }
            }

            /** Listed only when the resources are plain files (tests, an IDE); not inside a jar. */
            @Override
            public List<String> knownIds() {
                try {
                    java.net.URL url = loader.getResource(folder);
                    if (url == null || !url.getProtocol().equals("file")) {
                        return List.of();
                    }
                    return folder(Path.of(url.toURI())).knownIds();
                } catch (java.net.URISyntaxException | IllegalArgumentException e) {
                    return List.of();
                }
            }
        };
    }
}
