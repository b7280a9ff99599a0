package org.sahelsim.viz;

import java.awt.Color;
import java.util.List;

/**
 * The Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008): eight colours told apart
 * with the common forms of colour blindness. The charts' colours come from here; the actors'
 * colours are {@link org.sahelsim.results.Actors}'s.
 */
public final class OkabeIto {
    public static final Color ORANGE = new Color(0xE69F00);
    public static final Color SKY_BLUE = new Color(0x56B4E9);
    public static final Color BLUISH_GREEN = new Color(0x009E73);
    public static final Color YELLOW = new Color(0xF0E442);
    public static final Color BLUE = new Color(0x0072B2);
    public static final Color VERMILLION = new Color(0xD55E00);
    public static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    public static final Color BLACK = Color.BLACK;

    /** Colours for series with no actor of their own (corridors, seeds, draws), in a fixed order. */
    public static final List<Color> SERIES = List.of(BLUE, ORANGE, BLUISH_GREEN, VERMILLION, SKY_BLUE, REDDISH_PURPLE, BLACK);

    private OkabeIto() {
    }
}
