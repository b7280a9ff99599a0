package org.sahelsim.model.world;

/**
 * The terrain classes a cell can have. They shape movement, combat and how easily a force can
 * hide (the Adrar des Ifoghas and the inner Niger delta favour the insurgent).
 */
public enum Terrain {
    DESERT("desert"),
    SAHEL("Sahel"),
    SUDANIAN_SAVANNA("Sudanian savanna"),
    INNER_NIGER_DELTA("inner Niger delta"),
    ADRAR_DES_IFOGHAS("Adrar des Ifoghas");

    private final String label;

    Terrain(String label) {
        this.label = label;
    }

    /** Words for people (legends, reports). */
    public String label() {
        return label;
    }

    /** The key used in data and scenario files, e.g. {@code sudanian_savanna}. */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
