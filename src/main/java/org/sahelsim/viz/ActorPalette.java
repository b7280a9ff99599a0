package org.sahelsim.viz;

import java.awt.Color;
import java.util.List;
import java.util.Map;

/**
 * The one set of colours and labels for actors and forces, used the same way in every chart and
 * map. Colours are from the Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008),
 * chosen to stay distinct for viewers with the common forms of colour blindness; where none
 * dominates ({@code contested}) a neutral grey.
 *
 * <p>A force that is a territorial actor (JNIM, IS Sahel, the separatists) has that actor's
 * colour; the state's own army (FAMa) has the state's colour. Foreign forces take the remaining
 * Okabe–Ito colours and, in line charts, a dashed line as a second cue.
 */
public final class ActorPalette {
    public static final String STATE = "state";
    public static final String JNIM = "jnim";
    public static final String IS_SAHEL = "is_sahel";
    public static final String SEPARATISTS = "separatists";
    public static final String CONTESTED = "contested";

    /** The territorial actors and {@code contested}, in the order charts stack them. */
    public static final List<String> TERRITORIAL = List.of(STATE, JNIM, IS_SAHEL, SEPARATISTS, CONTESTED);

    /** The armed forces of the output contract, in legend order. */
    public static final List<String> FORCES =
            List.of("fama", "russia", "aes", "france", "minusma", "eu", JNIM, IS_SAHEL, SEPARATISTS);

    // Okabe–Ito
    static final Color BLUE = new Color(0x0072B2);
    static final Color SKY_BLUE = new Color(0x56B4E9);
    static final Color BLUISH_GREEN = new Color(0x009E73);
    static final Color VERMILLION = new Color(0xD55E00);
    static final Color REDDISH_PURPLE = new Color(0xCC79A7);
    static final Color ORANGE = new Color(0xE69F00);
    static final Color YELLOW = new Color(0xF0E442);
    static final Color BLACK = new Color(0x000000);
    static final Color GREY = new Color(0xBBBBBB);
    /** For what the palette does not know (a force added in a later version). */
    static final Color UNKNOWN = new Color(0x777777);

    private static final Map<String, Color> ACTOR_COLOURS = Map.of(
            STATE, BLUE, JNIM, VERMILLION, IS_SAHEL, REDDISH_PURPLE, SEPARATISTS, ORANGE, CONTESTED, GREY);

    private static final Map<String, String> ACTOR_LABELS = Map.of(
            STATE, "State (junta/FAMa)", JNIM, "JNIM", IS_SAHEL, "IS Sahel",
            SEPARATISTS, "Separatists", CONTESTED, "Contested");

    private static final Map<String, Color> FORCE_COLOURS = Map.of(
            "fama", BLUE, "russia", SKY_BLUE, "aes", BLACK, "france", BLUISH_GREEN,
            "minusma", UNKNOWN, "eu", YELLOW, JNIM, VERMILLION, IS_SAHEL, REDDISH_PURPLE, SEPARATISTS, ORANGE);

    private static final Map<String, String> FORCE_LABELS = Map.of(
            "fama", "FAMa", "russia", "Russia (Wagner/Africa Corps)", "aes", "AES joint force",
            "france", "France", "minusma", "MINUSMA", "eu", "EU trainers", JNIM, "JNIM",
            IS_SAHEL, "IS Sahel", SEPARATISTS, "Separatists");

    private static final List<String> FOREIGN = List.of("russia", "aes", "france", "minusma", "eu");

    private ActorPalette() {
    }

    /** The colour of a territorial actor or {@code contested}. */
    public static Color actorColour(String actor) {
        return ACTOR_COLOURS.getOrDefault(actor, UNKNOWN);
    }

    /** The label people read for a territorial actor, e.g. "State (junta/FAMa)". */
    public static String actorLabel(String actor) {
        return ACTOR_LABELS.getOrDefault(actor, titleCase(actor));
    }

    /** The colour of a force. */
    public static Color forceColour(String force) {
        return FORCE_COLOURS.getOrDefault(force, UNKNOWN);
    }

    /** The label people read for a force, e.g. "FAMa". */
    public static String forceLabel(String force) {
        return FORCE_LABELS.getOrDefault(force, titleCase(force));
    }

    /** Foreign forces are drawn dashed, so that colour is never the only cue. */
    public static boolean isForeignForce(String force) {
        return FOREIGN.contains(force);
    }

    /** {@code ivory_coast} becomes "Ivory Coast": a readable fallback for ids without a label. */
    static String titleCase(String id) {
        StringBuilder s = new StringBuilder();
        boolean up = true;
        for (char c : id.toCharArray()) {
            if (c == '_' || c == '-') {
                s.append(' ');
                up = true;
            } else {
                s.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return s.toString();
    }
}
