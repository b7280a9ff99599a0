package org.sahelsim.geodata;

/**
 * A data file of the atlas is malformed. The message names the resource, the line and the column
 * (both 1-based; the column counts comma-separated fields in CSV files and characters in JSON
 * files) and says what was expected.
 */
public final class DataFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String resource;
    private final int line;
    private final int column;

    public DataFormatException(String resource, int line, int column, String message) {
        super(resource + ":" + line + ":" + column + ": " + message);
        this.resource = resource;
        this.line = line;
        this.column = column;
    }

    /** A problem with a whole file or feature rather than one position. */
    public DataFormatException(String resource, String message) {
        super(resource + ": " + message);
        this.resource = resource;
        this.line = 0;
        this.column = 0;
    }

    public String resource() { return resource; }
    /** 1-based line, or 0 when the problem is not tied to one line. */
    public int line() { return line; }
    /** 1-based column, or 0 when the problem is not tied to one column. */
    public int column() { return column; }
}
