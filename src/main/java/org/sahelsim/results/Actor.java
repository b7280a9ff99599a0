package org.sahelsim.results;

/**
 * A territorial side (or {@code contested}, where none dominates) or an armed force, as a run's
 * files, charts and maps name and colour it.
 *
 * @param key     the key in files: {@code state}, {@code jnim}, {@code fama}, {@code russia}, ...
 * @param label   what people read, e.g. "State (junta/FAMa)", "Russia (Wagner/Africa Corps)"
 * @param colour  sRGB as {@code #rrggbb}
 * @param side    for a force, the key of the side it fights for; for a side, its own key
 * @param foreign whether a force is foreign to Mali (drawn dashed, so colour is never the only cue)
 */
public record Actor(String key, String label, String colour, String side, boolean foreign) implements java.io.Serializable {
    public Actor {
        if (colour == null || !colour.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("actor '" + key + "': expected a colour like #0072b2, found " + colour);
        }
    }

    /** The colour as {@code 0xRRGGBB}. */
    public int rgb() {
        return Integer.parseInt(colour.substring(1), 16);
    }

    /** The label without its parenthesis: "Russia" for "Russia (Wagner/Africa Corps)". */
    public String shortLabel() {
        int cut = label.indexOf(" (");
        return cut > 0 ? label.substring(0, cut) : label;
    }
}
