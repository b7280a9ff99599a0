package org.sahelsim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of one scenario document and the name errors call it by (a path such as
 * {@code scenarios/baseline.yaml}, or a resource name). The reader decodes the bytes itself
 * so that it can refuse text that is not UTF-8.
 */
public record ScenarioSource(String name, byte[] bytes) {

    public ScenarioSource {
        if (name == null || bytes == null) {
            throw new IllegalArgumentException("a scenario source needs a name and bytes");
        }
    }

    /** A source from text already in memory (tests, embedded scenarios). */
    public static ScenarioSource of(String name, String text) {
        return new ScenarioSource(name, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a file, named in errors as given; reads at most {@code maxBytes + 1} bytes so an
     * oversized file is refused without being read whole.
     */
    public static ScenarioSource read(Path file, int maxBytes) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new ScenarioSource(file.toString(), in.readNBytes(maxBytes + 1));
        }
    }

    /** Reads a file with the reader's default size limit. */
    public static ScenarioSource read(Path file) throws IOException {
        return read(file, ScenarioReader.Limits.DEFAULT.maxBytes());
    }
}
