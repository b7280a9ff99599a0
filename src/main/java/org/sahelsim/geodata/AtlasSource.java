package org.sahelsim.geodata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.sahelsim.data.CsvTable;

/**
 * Where the atlas reads its data files from, by file name (e.g. {@code towns.csv}). The default
 * reads the resources shipped beside this class; tests substitute one file to check error reports.
 */
@FunctionalInterface
public interface AtlasSource {
    /** Opens the named data file; the caller closes the stream. */
    InputStream open(String name) throws IOException;

    /**
     * Reads a CSV data file ({@code #} lines are comments) and checks that its header has the
     * given columns.
     */
    default CsvTable table(String name, String... requiredColumns) {
        try (InputStream in = open(name)) {
            return CsvTable.readWithComments(name, in).require(requiredColumns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** The data files shipped in the jar under {@code org/sahelsim/geodata/}. */
    static AtlasSource embedded() {
        return name -> {
            InputStream in = MaliAtlas.class.getResourceAsStream(name);
            if (in == null) throw new IOException("no resource org/sahelsim/geodata/" + name);
            return in;
        };
    }
}
