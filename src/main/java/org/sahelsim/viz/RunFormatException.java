package org.sahelsim.viz;

/**
 * A run folder holds a file that is missing or does not follow the output contract
 * ({@code docs/OUTPUT.md}). The message names the file and, where known, the line and column,
 * and says what was expected.
 */
public final class RunFormatException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String file;
    private final int line;
    private final int column;

    /**
     * @param file   the file's name within the run folder
     * @param line   1-based line, or 0 when the problem is the whole file
     * @param column 1-based column, or 0 when the problem is the whole line
     * @param what   what is wrong and what was expected
     */
    public RunFormatException(String file, int line, int column, String what) {
        super(locate(file, line, column) + ": " + what);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public RunFormatException(String file, String what, Throwable cause) {
        super(file + ": " + what, cause);
        this.file = file;
        this.line = 0;
        this.column = 0;
    }

    private static String locate(String file, int line, int column) {
        StringBuilder s = new StringBuilder(file);
        if (line > 0) s.append(" line ").append(line);
        if (column > 0) s.append(", column ").append(column);
        return s.toString();
    }

    public String file() { return file; }

    public int line() { return line; }

    public int column() { return column; }
}
