package org.sahelsim.gui;

import java.util.Locale;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.results.Actors;
import org.sahelsim.results.PlaceRecord;
import org.sahelsim.viz.PlaceSymbols;

/**
 * What the inspector shows for a place the user opens (double-click on the map, or the list in
 * the map window's header): who holds it, its garrison by force, its supplies, its siege, its
 * defences and its worth to each side. Read live from the model each time the inspector
 * refreshes, through the same {@link PlaceRecord} the run's {@code places.csv.gz} is written from;
 * MASON lists the getters as properties.
 */
public final class PlaceReport {
    private final SahelSim sim;
    private final int place;

    PlaceReport(SahelSim sim, int place) {
        this.sim = sim;
        this.place = place;
    }

    private WorldState w() {
        return sim.world();
    }

    /** The place now, or null before the run has started. */
    private PlaceRecord now() {
        return w() == null ? null : PlaceRecord.of(w(), sim.geography(), place, sim.date());
    }

    private static Actors actors() {
        return Actors.standard();
    }

    public String getName() {
        return sim.geography().places().get(place).name();
    }

    public String getKind() {
        return PlaceSymbols.kindLabel(sim.geography().places().get(place).kind().key());
    }

    public String getRegion() {
        return sim.geography().regions().get(sim.geography().places().get(place).region()).name();
    }

    public String getHolder() {
        PlaceRecord p = now();
        if (p == null) return "";
        return p.held() ? actors().find(p.holder()).label() : "nobody";
    }

    public String desHolder() {
        return "The side that holds the place, or nobody (an empty town, a vacated base).";
    }

    public String getGarrison() {
        PlaceRecord p = now();
        if (p == null) return "";
        StringBuilder s = new StringBuilder();
        for (int f = 0; f < actors().forces().size(); f++) {
            long n = Math.round(p.garrison(f));
            if (n <= 0) continue;
            if (s.length() > 0) s.append(", ");
            s.append(actors().forces().get(f).shortLabel()).append(' ').append(n);
        }
        return s.length() == 0 ? "none" : s.toString();
    }

    public String desGarrison() {
        return "Troops of each force garrisoning the place this week.";
    }

    public long getGarrisonTotal() {
        PlaceRecord p = now();
        return p == null ? 0 : Math.round(p.garrisonTotal());
    }

    public double getSupplyDays() {
        PlaceRecord p = now();
        return p == null ? 0 : Math.round(p.supplyDays() * 10) / 10.0;
    }

    public String desSupplyDays() {
        return "Days of food, fuel and ammunition the garrison has left; under siege it surrenders when they run out.";
    }

    public String getSiege() {
        PlaceRecord p = now();
        if (p == null) return "";
        if (!p.besieged()) return "none";
        return String.format(Locale.ROOT, "besieged by %s, %d road%s cut", actors().find(p.besiegedBy()).label(),
                p.roadsCut(), p.roadsCut() == 1 ? "" : "s");
    }

    public String desSiege() {
        return "Who besieges the place and how many of its road links they hold.";
    }

    public double getDefences() {
        return w() == null ? 0 : w().places.defences[place];
    }

    public String desDefences() {
        return "Multiplier on the defenders' fire: walls, trenches, a fortified camp.";
    }

    public long getWorthToState() { return worth(Side.STATE); }
    public String desWorthToState() {
        return "What the place is worth to each side, in troop-equivalents: political, economic and military worth"
                + " weighted by the side's aims (the scenario's places section).";
    }
    public long getWorthToJnim() { return worth(Side.JNIM); }
    public long getWorthToIsSahel() { return worth(Side.IS_SAHEL); }
    public long getWorthToSeparatists() { return worth(Side.SEPARATISTS); }

    private long worth(Side s) {
        return w() == null ? 0 : Math.round(w().places.worth[s.ordinal()][place]);
    }

    /** The name in the inspector's list of inspected things. */
    @Override
    public String toString() {
        return getName() + " (" + getKind().toLowerCase(Locale.ROOT) + ", " + getRegion() + ")";
    }
}
