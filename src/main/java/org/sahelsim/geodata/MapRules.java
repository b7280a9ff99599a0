package org.sahelsim.geodata;

import java.util.Map;
import java.util.TreeMap;
import org.sahelsim.model.world.Terrain;
import org.sahelsim.data.DataFormatException;
import org.sahelsim.data.CsvTable;

/**
 * The numeric rules of {@code rules.csv} (terrain bands, population weights, winding factors),
 * each with its source in the file.
 */
public final class MapRules {
    static final String RESOURCE = "rules.csv";

    private final Map<String, Double> values;

    MapRules(Map<String, Double> values) {
        this.values = new TreeMap<>(values);
    }

    static MapRules read(AtlasSource source) {
        CsvTable t = source.table(RESOURCE, "key", "value", "source");
        Map<String, Double> values = new TreeMap<>();
        for (CsvTable.Row r : t.rows()) {
            String key = r.required("key");
            if (values.put(key, r.decimal("value")) != null) throw r.error("key", "a key not used before");
        }
        MapRules rules = new MapRules(values);
        // Fail at load time, naming the file, rather than half-way through a rasterisation.
        for (Terrain terrain : Terrain.values()) rules.require("terrain_weight." + terrain.key());
        for (String key : new String[] {"terrain.sudanian_savanna.max_lat", "terrain.sahel.max_lat", "capital_share.default",
                "town_share", "winding.paved", "winding.track"}) {
            rules.require(key);
        }
        return rules;
    }

    /** The value of a key. */
    public double require(String key) {
        Double v = values.get(key);
        if (v == null) throw new DataFormatException(RESOURCE, "expected a line with key '" + key + "'");
        return v;
    }

    /** The value of a key, or {@code fallback}. */
    public double get(String key, double fallback) {
        return values.getOrDefault(key, fallback);
    }

    /** Northern limit of the Sudanian savanna band, degrees. */
    public double sudanianMaxLat() { return require("terrain.sudanian_savanna.max_lat"); }
    /** Northern limit of the Sahel band, degrees; the desert lies north of it. */
    public double sahelMaxLat() { return require("terrain.sahel.max_lat"); }
    /** Relative rural density of a terrain, for spreading the population. */
    public double terrainWeight(Terrain t) { return require("terrain_weight." + t.key()); }
    /** Share of a region's people in its capital. */
    public double capitalShare(String regionId) { return get("capital_share." + regionId, require("capital_share.default")); }
    /** Share of a region's people in each of its other towns. */
    public double townShare() { return require("town_share"); }
    /** Road length over great-circle distance. */
    public double winding(boolean paved) { return require(paved ? "winding.paved" : "winding.track"); }
}
