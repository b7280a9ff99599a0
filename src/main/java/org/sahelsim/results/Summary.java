package org.sahelsim.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sahelsim.data.DataFormatException;

/**
 * The headline outcomes of {@code summary.json}, flattened to labelled values in the file's
 * order so that the report can show them whatever their nesting.
 *
 * @param entries one per leaf value, e.g. {@code territory.end.jnim = 0.31}
 */
public record Summary(List<Entry> entries) {
    static final String FILE = RunFiles.SUMMARY;

    public Summary {
        entries = List.copyOf(entries);
    }

    /**
     * One headline value.
     *
     * @param path  dotted path in the file
     * @param value the value as written (numbers unformatted)
     */
    public record Entry(String path, String value) {
    }

    /** The summary, or empty if the run folder has none. */
    static Optional<Summary> read(Path file) {
        if (!Files.exists(file)) return Optional.empty();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new DataFormatException(FILE, "cannot be read (" + e.getMessage() + ")", e);
        }
        return Optional.of(parse(text));
    }

    /** The summary from the text of {@code summary.json}. */
    static Summary parse(String text) {
        try {
            JsonNode root = new ObjectMapper().readTree(text);
            List<Entry> out = new ArrayList<>();
            flatten("", root, out);
            return new Summary(out);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new DataFormatException(FILE, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        }
    }

    private static void flatten(String prefix, JsonNode n, List<Entry> out) {
        if (n == null || n.isMissingNode()) return;
        if (n.isObject()) {
            n.fields().forEachRemaining(e -> flatten(prefix.isEmpty() ? e.getKey() : prefix + "." + e.getKey(),
                    e.getValue(), out));
        } else if (n.isArray() && n.size() > 0 && n.get(0).isContainerNode()) {
            for (int i = 0; i < n.size(); i++) flatten(prefix + "[" + i + "]", n.get(i), out);
        } else if (n.isArray()) {
            List<String> parts = new ArrayList<>();
            n.forEach(x -> parts.add(x.asText()));
            out.add(new Entry(prefix, String.join(", ", parts)));
        } else {
            out.add(new Entry(prefix, n.isNull() ? "" : n.asText()));
        }
    }
}
