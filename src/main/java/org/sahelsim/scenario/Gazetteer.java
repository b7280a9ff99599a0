package org.sahelsim.scenario;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.sahelsim.geodata.CorridorEntry;
import org.sahelsim.geodata.CountryShape;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.RegionShape;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;

/**
 * The names a scenario may use, by {@link Referent}: the model's forces and sides, and the map's
 * regions, places, corridors and neighbouring countries as the embedded atlas has them. Checking a
 * scenario against it finds a misspelt target before anything is simulated.
 */
public final class Gazetteer {
    private final Map<Referent, List<String>> names;

    private Gazetteer(Map<Referent, List<String>> names) {
        Map<Referent, List<String>> copy = new EnumMap<>(Referent.class);
        names.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        for (Referent r : Referent.values()) {
            if (!copy.containsKey(r)) throw new IllegalArgumentException("no names for " + r);
        }
        this.names = java.util.Collections.unmodifiableMap(copy);
    }

    /** The powers beyond Mali's neighbours that deal with the junta (the sellers of {@code strategy.deals}). */
    private static final List<String> POWERS = List.of("turkey", "china", "united_states");

    /** The names of the model and of an atlas. */
    public static Gazetteer of(MaliAtlas atlas) {
        Map<Referent, List<String>> n = new EnumMap<>(Referent.class);
        n.put(Referent.FORCE, java.util.Arrays.stream(Force.values()).map(Force::key).toList());
        n.put(Referent.REGION, atlas.regions().stream().map(RegionShape::id).toList());
        n.put(Referent.CORRIDOR, atlas.corridors().stream().map(CorridorEntry::id).toList());
        n.put(Referent.COUNTRY, atlas.neighbours().stream().map(CountryShape::id).toList());
        n.put(Referent.CORRIDOR_STATE, atlas.corridors().stream().map(CorridorEntry::originCountry).distinct().toList());
        n.put(Referent.SIDE, java.util.Arrays.stream(Side.values()).map(Side::key).toList());
        LinkedHashSet<String> objectives = new LinkedHashSet<>(); // a regional capital and its region share a name
        atlas.places().forEach(p -> objectives.add(p.id()));
        atlas.mines().forEach(m -> objectives.add(m.id()));
        atlas.garrisons().forEach(g -> objectives.add(g.id()));
        objectives.addAll(n.get(Referent.REGION));
        n.put(Referent.OBJECTIVE, new ArrayList<>(objectives));
        LinkedHashSet<String> actors = new LinkedHashSet<>();
        for (Side s : Side.values()) actors.add(s.key());
        actors.addAll(n.get(Referent.FORCE));
        actors.addAll(n.get(Referent.COUNTRY));
        actors.addAll(POWERS);
        n.put(Referent.ACTOR, new ArrayList<>(actors));
        return new Gazetteer(n);
    }

    /** The names of the model and of the atlas shipped with the program, read once. */
    public static Gazetteer standard() {
        return Standard.GAZETTEER;
    }

    private static final class Standard {
        static final Gazetteer GAZETTEER = of(MaliAtlas.load());
    }

    /** The names of one kind, in the order of the model or the atlas. */
    public List<String> names(Referent kind) {
        return names.get(kind);
    }

    public boolean knows(Referent kind, String name) {
        return names.get(kind).contains(name);
    }
}
