package org.sahelsim.uncertainty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A scenario for tests of studies of many runs: the default's parameters and ranges over its first
 * 30 weeks, on a coarse map (0.5°) with France's withdrawal as its only event, so that a run takes
 * a fraction of a second. (At 0.5° the fuel network does not reach Bamako: its stock is empty
 * from the first week. The tests here check the machinery, not the model's fuel.)
 */
public final class ShortScenario {
    public static final String TEXT = """
            id: short
            extends: default
            title: "The default's first 30 weeks, on a coarse map"
            question: "Test scenario for studies of many runs"
            period: {start: 2021-06-07, end: 2021-12-27}
            grid: {cell_degrees: 0.4}
            events:
              - {date: 2021-09-06, type: force_strength, target: france, value: 0, over_weeks: 12, label: "France leaves", source: "test"}
            """;

    private ShortScenario() {
    }

    /** Writes the scenario into {@code dir} and returns its path. */
    public static Path in(Path dir) {
        try {
            Path file = dir.resolve("short.yaml");
            Files.writeString(file, TEXT, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
