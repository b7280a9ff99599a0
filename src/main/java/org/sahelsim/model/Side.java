package org.sahelsim.model;

import java.util.Locale;

/**
 * The territorial actors: the sides that hold ground. Foreign forces fight for one of them but
 * own no territory themselves.
 */
public enum Side {
    STATE("State (junta/FAMa)"),
    JNIM("JNIM"),
    IS_SAHEL("IS Sahel"),
    SEPARATISTS("Separatists");

    /** Number of sides; per-cell arrays are indexed {@code [side][cell]}. */
    public static final int COUNT = 4;
    private static final Side[] ALL = values();

    private final String label;
    private final String key;

    Side(String label) {
        this.label = label;
        this.key = name().toLowerCase(Locale.ROOT);
    }

    /** Words for people. */
    public String label() {
        return label;
    }

    /** The key used in files: {@code state}, {@code jnim}, {@code is_sahel}, {@code separatists}. */
    public String key() {
        return key;
    }

    /** Whether this side fights the state. */
    public boolean insurgent() {
        return this != STATE;
    }

    public static Side of(int ordinal) {
        return ALL[ordinal];
    }
}
