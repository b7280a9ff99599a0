package org.sahelsim.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A CSV file as the output contract writes it (RFC 4180 quoting, {@code \n} line ends), read strictly for tests. */
record CsvFile(List<String> header, List<List<String>> rows) {
    static CsvFile read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (text.contains("\r")) throw new AssertionError(file + " has \\r line ends");
        if (!text.endsWith("\n")) throw new AssertionError(file + " does not end with a line end");
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.isEmpty()) {
                quoted = true;
            } else if (ch == ',') {
                record.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                record.add(field.toString());
                field.setLength(0);
                records.add(record);
                record = new ArrayList<>();
            } else {
                field.append(ch);
            }
        }
        if (quoted) throw new AssertionError(file + " has an unclosed quote");
        List<String> header = records.remove(0);
        for (int r = 0; r < records.size(); r++) {
            if (records.get(r).size() != header.size()) {
                throw new AssertionError(file + " row " + (r + 2) + " has " + records.get(r).size() + " fields, the header " + header.size());
            }
        }
        return new CsvFile(header, records);
    }

    int column(String name) {
        int i = header.indexOf(name);
        if (i < 0) throw new AssertionError("no column " + name + " in " + header);
        return i;
    }
}
