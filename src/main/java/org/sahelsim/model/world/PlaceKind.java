package org.sahelsim.model.world;

import java.util.Locale;

/** What a place is, which sets its defences and its worth to each actor (scenario {@code places.kinds}). */
public enum PlaceKind {
    /** Bamako: the seat of government. */
    CAPITAL,
    /** A region's capital town. */
    REGIONAL_CAPITAL,
    /** Any other town. */
    TOWN,
    /** A road junction or village that shapes the road network. */
    JUNCTION,
    /** A border crossing where a fuel corridor enters Mali. */
    CROSSING,
    /** A gold mine. */
    MINE,
    /** An army camp. */
    CAMP,
    /** A foreign force's base (France's, the UN mission's, the EU's). */
    BASE;

    /** The key, put in words once. */
    private final String key = name().toLowerCase(Locale.ROOT);

    /** The key used in files: {@code capital}, {@code regional_capital}, ... */
    public String key() {
        return key;
    }

    /** The kind with this key, or null. */
    public static PlaceKind byKey(String key) {
        for (PlaceKind k : values()) if (k.key().equals(key)) return k;
        return null;
    }
}
