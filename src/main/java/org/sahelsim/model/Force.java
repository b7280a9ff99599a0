package org.sahelsim.model;

import java.util.Locale;

/**
 * The armed forces on the map, each fighting for a {@link Side}.
 */
public enum Force {
    FAMA("FAMa", Side.STATE),
    RUSSIA("Russian forces (Wagner, then Africa Corps)", Side.STATE),
    FRANCE("France (Serval, Barkhane, Takuba)", Side.STATE),
    MINUSMA("MINUSMA", Side.STATE),
    EU("EU trainers (EUTM)", Side.STATE),
    AES("AES joint force", Side.STATE),
    JNIM("JNIM", Side.JNIM),
    IS_SAHEL("IS Sahel", Side.IS_SAHEL),
    SEPARATISTS("Separatists (MNLA, CMA, CSP, FLA)", Side.SEPARATISTS);

    public static final int COUNT = 9;
    private static final Force[] ALL = values();

    private final String label;
    private final Side side;
    private final String key;

    Force(String label, Side side) {
        this.label = label;
        this.side = side;
        this.key = name().toLowerCase(Locale.ROOT);
    }

    public String label() {
        return label;
    }

    public Side side() {
        return side;
    }

    /** The key used in files: {@code fama}, {@code russia}, ... */
    public String key() {
        return key;
    }

    public static Force of(int ordinal) {
        return ALL[ordinal];
    }

    /** The force with this key, or null. */
    public static Force byKey(String key) {
        for (Force f : ALL) if (f.key().equals(key)) return f;
        return null;
    }
}
