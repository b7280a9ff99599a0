package org.sahelsim.geodata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A small CSV reader for the atlas files: {@code #} comment lines and blank lines are skipped,
 * the first other line is the header, fields may be double-quoted. Every typed getter reports
 * the resource, line and column of a bad value.
 */
final class CsvTable {
    private final String resource;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(String resource, List<String> header, List<Row> rows) {
        this.resource = resource;
        this.header = header;
        this.rows = rows;
    }

    static CsvTable read(AtlasSource source, String resource, String... requiredColumns) {
        try (InputStream in = source.open(resource)) {
            return parse(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    static CsvTable parse(String resource, String text, String... requiredColumns) {
        List<String> header = null;
        int headerLine = 0;
        List<Row> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new java.io.StringReader(text))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
                if (line.isBlank() || line.startsWith("#")) continue;
                List<String> fields = split(resource, number, line);
                if (header == null) {
                    header = fields;
                    headerLine = number;
                    continue;
                }
                if (fields.size() != header.size()) {
                    int column = Math.min(fields.size(), header.size()) + 1;
                    throw new DataFormatException(resource, number, column,
                            "expected " + header.size() + " fields (" + String.join(",", header) + "), found " + fields.size());
                }
                rows.add(new Row(resource, number, header, fields));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (header == null) throw new DataFormatException(resource, "expected a header line, found none");
        for (String column : requiredColumns) {
            if (!header.contains(column)) {
                throw new DataFormatException(resource, headerLine, header.size() + 1,
                        "expected a column named '" + column + "' in the header " + header);
            }
        }
        return new CsvTable(resource, List.copyOf(header), List.copyOf(rows));
    }

    private static List<String> split(String resource, int lineNumber, String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < line.length(); i++) {
            char ch = line.charAt(i);
            if (quoted) {
                if (ch == '"') {
                    if (i + 1 < line.length() && line.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    field.append(ch);
                }
            } else if (ch == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (ch == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
            } else {
                field.append(ch);
            }
        }
        if (quoted) {
            throw new DataFormatException(resource, lineNumber, fields.size() + 1, "expected a closing double quote");
        }
        fields.add(wasQuoted ? field.toString() : field.toString().trim());
        return fields;
    }

    String resource() { return resource; }
    List<String> header() { return header; }
    List<Row> rows() { return rows; }

    /** One data line. */
    static final class Row {
        private final String resource;
        private final int line;
        private final List<String> header;
        private final List<String> fields;

        Row(String resource, int line, List<String> header, List<String> fields) {
            this.resource = resource;
            this.line = line;
            this.header = header;
            this.fields = fields;
        }

        int line() { return line; }

        private int column(String name) {
            int c = header.indexOf(name);
            if (c < 0) throw new IllegalArgumentException(resource + " has no column " + name);
            return c;
        }

        DataFormatException error(String columnName, String expected) {
            int c = column(columnName);
            return new DataFormatException(resource, line, c + 1,
                    "column '" + columnName + "': expected " + expected + ", found '" + fields.get(c) + "'");
        }

        String text(String name) {
            return fields.get(column(name));
        }

        String required(String name) {
            String v = text(name);
            if (v.isEmpty()) throw error(name, "a value");
            return v;
        }

        String id(String name) {
            String v = text(name);
            if (!v.matches("[a-z][a-z0-9_]*")) throw error(name, "an id of lower-case letters, digits and '_'");
            return v;
        }

        double decimal(String name) {
            String v = text(name);
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) throw error(name, "a finite number");
                return d;
            } catch (NumberFormatException e) {
                throw error(name, "a number");
            }
        }

        /** The number, or NaN when the field is empty. */
        double optionalDecimal(String name) {
            return text(name).isEmpty() ? Double.NaN : decimal(name);
        }

        double decimalIn(String name, double min, double max, String what) {
            double d = decimal(name);
            if (d < min || d > max) throw error(name, what + " between " + min + " and " + max);
            return d;
        }

        long integer(String name) {
            String v = text(name);
            try {
                return Long.parseLong(v);
            } catch (NumberFormatException e) {
                throw error(name, "a whole number");
            }
        }

        boolean bool(String name) {
            String v = text(name).toLowerCase(Locale.ROOT);
            if (v.equals("true")) return true;
            if (v.equals("false")) return false;
            throw error(name, "true or false");
        }

        String oneOf(String name, String... allowed) {
            String v = text(name);
            if (!Arrays.asList(allowed).contains(v)) throw error(name, "one of " + Arrays.toString(allowed));
            return v;
        }
    }
}
