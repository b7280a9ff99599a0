package org.sahelsim.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A CSV file read whole, the one reader of the project: a header and rows of fields, each row
 * remembering its line so that a bad value is reported where it is ({@link DataFormatException}
 * at file, line and column, the column counting fields). Comma-separated, UTF-8, RFC 4180
 * quoting ({@code "a, b"} with {@code ""} for a quote, line breaks allowed inside quotes);
 * unquoted fields are trimmed; blank lines are skipped; {@code \r\n} and {@code \n} both end a
 * line; a byte-order mark is ignored. Columns are found by name, so a file with added columns
 * still reads. The atlas's files may also carry {@code #} comment lines ({@link #parseWithComments}).
 */
public final class CsvTable {
    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    private final String file;
    private final List<String> header;
    private final Map<String, Integer> index = new HashMap<>();
    private final int headerLine;
    private final List<Row> rows = new ArrayList<>();

    private CsvTable(String file, List<String> header, int headerLine) {
        this.file = file;
        this.header = List.copyOf(header);
        this.headerLine = headerLine;
        for (int i = 0; i < header.size(); i++) index.putIfAbsent(header.get(i), i);
    }

    /**
     * Reads a file, named in errors by its file name; a name ending in {@code .gz} is
     * decompressed first.
     */
    public static CsvTable read(Path path) {
        String name = path.getFileName().toString();
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
            if (name.endsWith(".gz")) {
                try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
                    bytes = in.readAllBytes();
                }
            }
        } catch (NoSuchFileException e) {
            throw new DataFormatException(name, "the file is missing");
        } catch (IOException e) {
            throw new DataFormatException(name, "cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(name, decode(name, bytes));
    }

    /** Reads a stream (a resource), named {@code name} in errors; the caller closes it. */
    public static CsvTable readWithComments(String name, InputStream in) throws IOException {
        return parseWithComments(name, decode(name, in.readAllBytes()));
    }

    private static String decode(String name, byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DataFormatException(name, "expected text in UTF-8");
        }
    }

    /** Parses the text of a file with no comment lines (a run folder's files). */
    public static CsvTable parse(String name, String text) {
        return parse(name, text, false);
    }

    /** Parses text whose lines starting with {@code #} are comments (the atlas's files). */
    public static CsvTable parseWithComments(String name, String text) {
        return parse(name, text, true);
    }

    private static CsvTable parse(String name, String text, boolean comments) {
        CsvTable table = null;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean wasQuoted = false;
        boolean atRecordStart = true;
        int i = text.startsWith("\uFEFF") ? 1 : 0; // a byte-order mark is not part of the first name
        int n = text.length();
        for (; i <= n; i++) {
            if (!comments && atRecordStart && !quoted && fields.isEmpty() && field.length() == 0 && i < n) {
                // A record on one line with no quote and no carriage return: its fields are what lies
                // between the commas, trimmed, as the general reading below finds them, but cut out
                // whole (a run folder's tables are hundreds of thousands of such lines).
                int eol = text.indexOf('\n', i);
                int stop = eol < 0 ? n : eol;
                if (plainLine(text, i, stop)) {
                    if (!text.substring(i, stop).isBlank()) {
                        for (int from = i; ; ) {
                            int comma = text.indexOf(',', from);
                            if (comma < 0 || comma >= stop) {
                                fields.add(text.substring(from, stop).trim());
                                break;
                            }
                            fields.add(text.substring(from, comma).trim());
                            from = comma + 1;
                        }
                        if (table == null) {
                            table = new CsvTable(name, fields, recordLine);
                        } else {
                            table.add(recordLine, fields);
                        }
                        fields = new ArrayList<>();
                    }
                    if (eol >= 0) line++;
                    recordLine = line;
                    i = stop; // the newline, or the end
                    continue;
                }
            }
            char c = i < n ? text.charAt(i) : '\n';
            boolean end = i == n;
            if (quoted && !end) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
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
            if (quoted) {
                throw new DataFormatException(name, recordLine, fields.size() + 1,
                        "a quoted field is never closed: expected a closing double quote");
            }
            if (atRecordStart && comments && c == '#') {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? n - 1 : eol - 1; // the newline itself ends the (empty) record below
                continue;
            }
            if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') continue;
            if (c == '"' && !wasQuoted && field.toString().isBlank()) {
                field.setLength(0);
                quoted = true;
                wasQuoted = true;
                atRecordStart = false;
            } else if (c == ',') {
                fields.add(wasQuoted ? field.toString() : field.toString().trim());
                field.setLength(0);
                wasQuoted = false;
                atRecordStart = false;
            } else if (c == '\n') {
                boolean blank = fields.isEmpty() && !wasQuoted && field.toString().isBlank();
                if (!blank) {
                    fields.add(wasQuoted ? field.toString() : field.toString().trim());
                    if (table == null) {
                        table = new CsvTable(name, fields, recordLine);
                    } else {
                        table.add(recordLine, fields);
                    }
                }
                fields = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                atRecordStart = true;
                if (!end) line++;
                recordLine = line;
            } else {
                field.append(c);
                if (!Character.isWhitespace(c)) atRecordStart = false;
            }
        }
        if (table == null) throw new DataFormatException(name, 1, 0, "the file is empty: expected a header line");
        return table;
    }

    /** Whether {@code text[from, to)} holds no double quote and no carriage return. */
    private static boolean plainLine(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\r') return false;
        }
        return true;
    }

    private void add(int line, List<String> fields) {
        if (fields.size() != header.size()) {
            int column = Math.min(fields.size(), header.size()) + 1;
            throw new DataFormatException(file, line, column, "expected " + header.size() + " fields ("
                    + String.join(",", header) + "), found " + fields.size());
        }
        rows.add(new Row(line, List.copyOf(fields)));
    }

    /** The file's name, as used in errors. */
    public String file() {
        return file;
    }

    /** The column names, in the file's order. */
    public List<String> header() {
        return header;
    }

    /** The data rows, in the file's order. */
    public List<Row> rows() {
        return java.util.Collections.unmodifiableList(rows);
    }

    public boolean has(String column) {
        return index.containsKey(column);
    }

    /** Fails, naming the file and its header, unless every column is in the header; returns this table. */
    public CsvTable require(String... columns) {
        for (String c : columns) {
            if (!index.containsKey(c)) {
                throw new DataFormatException(file, headerLine, header.size() + 1,
                        "missing column '" + c + "': expected it in the header " + String.join(",", header));
            }
        }
        return this;
    }

    private int column(String name) {
        Integer i = index.get(name);
        if (i == null) require(name);
        return i;
    }

    /** One data row; every accessor fails with the row's line and the column's position. */
    public final class Row {
        private final int line;
        private final List<String> fields;

        private Row(int line, List<String> fields) {
            this.line = line;
            this.fields = fields;
        }

        /** The 1-based line the row starts on. */
        public int line() {
            return line;
        }

        /** The fields as written, in the header's order. */
        public List<String> fields() {
            return fields;
        }

        /** The error for a bad value in {@code name}: what was expected, and the field as found. */
        public DataFormatException error(String name, String expected) {
            return error(name, expected, text(name));
        }

        public DataFormatException error(String name, String expected, String found) {
            return new DataFormatException(file, line, column(name) + 1,
                    "column '" + name + "': expected " + expected + ", found '" + found + "'");
        }

        /** The field as written (unquoted fields trimmed). */
        public String text(String name) {
            return fields.get(column(name));
        }

        /** The field, which must not be empty. */
        public String required(String name) {
            String v = text(name);
            if (v.isBlank()) throw error(name, "a value");
            return v;
        }

        /** An id: lower-case letters, digits and '_', starting with a letter. */
        public String id(String name) {
            String v = text(name);
            if (!ID.matcher(v).matches()) throw error(name, "an id of lower-case letters, digits and '_'");
            return v;
        }

        /** A finite number. */
        public double decimal(String name) {
            String v = text(name);
            try {
                double d = Double.parseDouble(v);
                if (!Double.isFinite(d)) throw error(name, "a finite number");
                return d;
            } catch (NumberFormatException e) {
                throw error(name, "a number");
            }
        }

        /** The number, or NaN when the field is empty (a value that does not apply). */
        public double optionalDecimal(String name) {
            return text(name).isEmpty() ? Double.NaN : decimal(name);
        }

        /** A number in [min, max]; {@code what} says what it is, e.g. "a latitude". */
        public double decimalIn(String name, double min, double max, String what) {
            double d = decimal(name);
            if (d < min || d > max) throw error(name, what + " between " + min + " and " + max);
            return d;
        }

        /** A share in [0, 1], with a little tolerance for the rounding of a written file (then clamped). */
        public double share(String name) {
            double d = decimal(name);
            if (d < -1e-6 || d > 1 + 1e-6) throw error(name, "a share between 0 and 1");
            return Math.max(0, Math.min(1, d));
        }

        /** A whole number. */
        public long integer(String name) {
            try {
                return Long.parseLong(text(name));
            } catch (NumberFormatException e) {
                throw error(name, "a whole number");
            }
        }

        /** A whole number that fits an int (a count of weeks, a grid position). */
        public int whole(String name) {
            long v = integer(name);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) throw error(name, "a whole number of at most 10 digits");
            return (int) v;
        }

        /** An ISO date, 2021-06-07. */
        public LocalDate date(String name) {
            String v = text(name);
            LocalDate plain = plainDate(v);
            if (plain != null) return plain;
            try {
                return LocalDate.parse(v);
            } catch (DateTimeParseException e) {
                throw error(name, "an ISO date like 2021-06-07");
            }
        }

        public boolean bool(String name) {
            String v = text(name).toLowerCase(Locale.ROOT);
            if (v.equals("true")) return true;
            if (v.equals("false")) return false;
            throw error(name, "true or false");
        }

        /** The field, which must be one of {@code allowed}. */
        public String oneOf(String name, String... allowed) {
            String v = text(name);
            if (!Arrays.asList(allowed).contains(v)) throw error(name, "one of " + String.join(", ", allowed));
            return v;
        }
    }

    /**
     * A date written {@code yyyy-mm-dd}, read without the general parser (run folders hold
     * hundreds of thousands of them); null for anything else, an impossible date included, which
     * {@link LocalDate#parse} then reads or refuses as it always has.
     */
    private static LocalDate plainDate(String v) {
        if (v.length() != 10 || v.charAt(4) != '-' || v.charAt(7) != '-') return null;
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        if (year < 0 || month < 0 || day < 0) return null;
        try {
            return LocalDate.of(year, month, day);
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    /** The number the ASCII digits {@code v[from, to)} write; -1 if one is not a digit. */
    private static int digits(String v, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') return -1;
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
