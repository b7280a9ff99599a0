package org.sahelsim.classic.epstein;

/**
 * What a scenario's {@link Change} (or a teacher at the GUI) may move while a run goes on: the
 * two policy variables of the paper's experiments.
 */
public enum Lever {
    /** The regime's legitimacy L, shared by all citizens, 0 to 1 (the paper's Figs. 9 and 10). */
    LEGITIMACY,
    /** Cops per site of the torus, 0 to what the citizens leave free (the paper's Fig. 11). */
    COP_DENSITY;

    /** The name a scenario file uses: {@code legitimacy}, {@code cop_density}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
