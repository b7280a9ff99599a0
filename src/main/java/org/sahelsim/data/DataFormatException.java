package org.sahelsim.data;

/**
 * A data file does not follow its format: an atlas file, a file of a run folder. The message
 * names the file, the line and the column, {@code file:line:column: what was expected}, the
 * way compilers and the scenario reader report problems (both 1-based; the column counts
 * comma-separated fields in CSV files and characters in JSON files). A problem with a whole
 * file has line 0 ({@code file: ...}); one with a whole line has column 0 ({@code file:line: ...}).
 */
public final class DataFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    public DataFormatException(String file, int line, int column, String message) {
        super(locate(file, line, column) + ": " + message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    /** A problem with a whole file rather than one position. */
    public DataFormatException(String file, String message) {
        this(file, 0, 0, message);
    }

    /** A file that cannot be read at all. */
    public DataFormatException(String file, String message, Throwable cause) {
        super(file + ": " + message, cause);
        this.file = file;
        this.line = 0;
        this.column = 0;
    }

    private static String locate(String file, int line, int column) {
        if (line <= 0) return file;
        if (column <= 0) return file + ":" + line;
        return file + ":" + line + ":" + column;
    }

    /** The file's name, as the reader was given it (a resource name, or a file name in a run folder). */
    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is not tied to one line. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when the problem is not tied to one column. */
    public int column() {
        return column;
    }
}
