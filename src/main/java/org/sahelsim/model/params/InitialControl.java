package org.sahelsim.model.params;

import java.util.LinkedHashMap;
import java.util.Map;

/** Control at the start, per region (the ten regions and Bamako district). */
public record InitialControl(RegionControl bamako, RegionControl kayes, RegionControl koulikoro,
                             RegionControl sikasso, RegionControl segou, RegionControl mopti,
                             RegionControl tombouctou, RegionControl gao, RegionControl kidal,
                             RegionControl taoudenit, RegionControl menaka) implements java.io.Serializable {
    /** The regions by id, in a fixed order. */
    public Map<String, RegionControl> byRegion() {
        Map<String, RegionControl> m = new LinkedHashMap<>();
        m.put("bamako", bamako);
        m.put("kayes", kayes);
        m.put("koulikoro", koulikoro);
        m.put("sikasso", sikasso);
        m.put("segou", segou);
        m.put("mopti", mopti);
        m.put("tombouctou", tombouctou);
        m.put("gao", gao);
        m.put("kidal", kidal);
        m.put("taoudenit", taoudenit);
        m.put("menaka", menaka);
        return m;
    }
}
