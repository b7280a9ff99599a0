package org.sahelsim.viz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file of a run folder, read whole: a header and rows of fields, each field remembering
 * its line and column so that a bad value can be reported where it is. Columns are found by
 * name, so files with added columns still read (the contract allows later versions to add).
 * Quoted fields ({@code "a, b"} with {@code ""} for a quote, line breaks inside quotes) are
 * understood. Also used for other CSV files read whole, such as event exports.
 */
public final class CsvTable {
    private final String file;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<Row> rows;

    private CsvTable(String file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        for (int i = 0; i < header.size(); i++) index.putIfAbsent(header.get(i), i);
        this.rows = rows;
    }

    public static CsvTable read(Path path) {
        String name = path.getFileName().toString();
        String text;
        try {
            text = Files.readString(path, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RunFormatException(name, 0, 0, "file is missing from the run folder");
        } catch (IOException e) {
            throw new RunFormatException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(name, text);
    }

    public static CsvTable parse(String name, String text) {
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean any = false;
        int i = 0;
        if (text.startsWith("\uFEFF")) i = 1; // a byte-order mark is not part of the first name
        for (; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> { quoted = true; any = true; }
                case ',' -> { fields.add(field.toString()); field.setLength(0); any = true; }
                case '\r' -> { }
                case '\n' -> {
                    if (any || field.length() > 0) {
                        fields.add(field.toString());
                        records.add(fields);
                        lines.add(recordLine);
                    }
                    fields = new ArrayList<>();
                    field.setLength(0);
                    any = false;
                    line++;
                    recordLine = line;
                }
                default -> { field.append(c); any = true; }
            }
        }
        if (quoted) throw new RunFormatException(name, recordLine, 0, "a quoted field is never closed");
        if (any || field.length() > 0) {
            fields.add(field.toString());
            records.add(fields);
            lines.add(recordLine);
        }
        if (records.isEmpty()) throw new RunFormatException(name, 1, 0, "the file is empty; expected a header row");
        List<String> header = records.get(0).stream().map(String::trim).toList();
        List<Row> rows = new ArrayList<>();
        CsvTable table = new CsvTable(name, header, rows);
        for (int r = 1; r < records.size(); r++) {
            List<String> rec = records.get(r);
            if (rec.size() != header.size()) {
                throw new RunFormatException(name, lines.get(r), 0,
                        "expected " + header.size() + " fields as in the header, found " + rec.size());
            }
            rows.add(table.new Row(lines.get(r), List.copyOf(rec)));
        }
        return table;
    }

    public String file() { return file; }

    public List<String> header() { return header; }

    public List<Row> rows() { return rows; }

    public boolean has(String column) { return index.containsKey(column); }

    /** Fails, naming the file, unless every column is in the header. */
    public void require(String... columns) {
        for (String c : columns) {
            if (!index.containsKey(c)) {
                throw new RunFormatException(file, 1, 0,
                        "missing column '" + c + "' in the header; found " + String.join(",", header));
            }
        }
    }

    private int column(String name) {
        Integer i = index.get(name);
        if (i == null) throw new RunFormatException(file, 1, 0, "missing column '" + name + "'");
        return i;
    }

    /** One data row; accessors fail with the row's line and the column's position. */
    public final class Row {
        private final int line;
        private final List<String> fields;

        private Row(int line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }

        public int line() { return line; }

        public String text(String name) { return fields.get(column(name)); }

        String nonEmpty(String name) {
            String v = text(name).trim();
            if (v.isEmpty()) throw bad(name, "a value", v);
            return v;
        }

        public double number(String name) {
            String v = text(name).trim();
            try {
                double d = Double.parseDouble(v);
                if (Double.isNaN(d) || Double.isInfinite(d)) throw bad(name, "a finite number", v);
                return d;
            } catch (NumberFormatException e) {
                throw bad(name, "a number", v);
            }
        }

        /** A share in [0, 1], with a little tolerance for rounding in the written file. */
        double share(String name) {
            double d = number(name);
            if (d < -1e-6 || d > 1 + 1e-6) throw bad(name, "a share between 0 and 1", text(name));
            return Math.max(0, Math.min(1, d));
        }

        int integer(String name) {
            String v = text(name).trim();
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw bad(name, "a whole number", v);
            }
        }

        LocalDate date(String name) {
            String v = text(name).trim();
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw bad(name, "an ISO date like 2021-06-07", v);
            }
        }

        public RunFormatException bad(String name, String expected, String found) {
            return new RunFormatException(file, line, column(name) + 1,
                    "column '" + name + "': expected " + expected + ", found '" + found + "'");
        }
    }
}
