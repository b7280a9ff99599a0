package org.sahelsim.viz;

import java.awt.Color;
import org.sahelsim.classic.epstein.Occupant;

/**
 * Colours of Epstein's civil-violence model, the same in its charts and its window: quiet
 * citizens blue, active ones red, cops black, as in the paper's screens, and jailed citizens
 * grey; from the Okabe–Ito palette (as {@link OkabeIto}), readable with the common forms of
 * colour blindness.
 */
public final class EpsteinPalette {
    /** Paper colour of an empty site. */
    public static final Color EMPTY = new Color(0xF4F3EF);
    public static final Color QUIESCENT = OkabeIto.BLUE;
    public static final Color ACTIVE = OkabeIto.VERMILLION;
    public static final Color COP = OkabeIto.BLACK;
    public static final Color JAILED = new Color(0x999999);
    /** The regime's legitimacy in charts. */
    public static final Color LEGITIMACY = OkabeIto.BLUISH_GREEN;

    private EpsteinPalette() {
    }

    /** The colour a site shows. */
    public static Color of(Occupant o) {
        return switch (o) {
            case EMPTY -> EMPTY;
            case QUIESCENT -> QUIESCENT;
            case ACTIVE -> ACTIVE;
            case COP -> COP;
            case JAILED -> JAILED;
        };
    }

    /** What a site's colour means, for legends. */
    public static String label(Occupant o) {
        return switch (o) {
            case EMPTY -> "empty";
            case QUIESCENT -> "quiescent";
            case ACTIVE -> "active";
            case COP -> "cop";
            case JAILED -> "jailed (where arrested)";
        };
    }
}
