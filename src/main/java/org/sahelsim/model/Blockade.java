package org.sahelsim.model;

import java.util.Arrays;
import java.util.List;

/**
 * JNIM's blockade of fuel imports: whether one is declared and which regions it covers (all of
 * them when none is named). This class is the blockade's only writer: whoever declares or lifts
 * it (JNIM's rule, a dated event, a new junta's talks, a teacher's lever) goes through
 * {@link #declare} and {@link #lift}, which log the change.
 */
public final class Blockade implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private boolean active;
    private final boolean[] regions;

    Blockade(int regionCount) {
        this.regions = new boolean[regionCount];
    }

    /** Whether a blockade is declared. */
    public boolean active() {
        return active;
    }

    /** Whether the declared blockade named this region (false when it names none or none is declared). */
    public boolean names(int region) {
        return active && regions[region];
    }

    /** Whether the declared blockade names no region, and so covers them all. */
    public boolean coversAll() {
        for (boolean b : regions) if (b) return false;
        return true;
    }

    /** Whether a declared blockade covers this region. */
    public boolean covers(int region) {
        return active && (regions[region] || coversAll());
    }

    /**
     * Declares a blockade of the given regions (none: all), and logs why.
     *
     * @param regionIndices regions named, or empty for all
     * @param why           the log line, or null for none
     */
    public void declare(int[] regionIndices, Week week, String why) {
        active = true;
        Arrays.fill(regions, false);
        for (int r : regionIndices) regions[r] = true;
        if (why != null && week != null) week.log("blockade", "", List.of("jnim"), why);
    }

    /** Lifts the blockade, logging why (null: no log line). */
    public void lift(Week week, String why) {
        active = false;
        if (why != null && week != null) week.log("blockade", "", List.of("jnim"), why);
    }
}
