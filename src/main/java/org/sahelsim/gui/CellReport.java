package org.sahelsim.gui;

import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.world.Geography;
import org.sahelsim.results.Actors;

/**
 * What the inspector shows for a map cell the user clicks: where it is, who holds it and how
 * firmly, what its people think, what fuel costs there and who is under arms in it. Read live
 * from the model each time the inspector refreshes; MASON lists the getters as properties.
 */
public final class CellReport {
    private final SahelSim sim;
    private final int cell;

    CellReport(SahelSim sim, int cell) {
        this.sim = sim;
        this.cell = cell;
    }

    private WorldState w() {
        return sim.world();
    }

    private Geography geo() {
        return sim.geography();
    }

    public String getRegion() {
        return geo().regions().get(geo().region(cell)).name();
    }

    public String getPosition() {
        double lon = geo().lon(cell);
        double lat = geo().lat(cell);
        return String.format(Locale.ROOT, "%.2f°%s %.2f°%s", Math.abs(lat), lat >= 0 ? "N" : "S", Math.abs(lon), lon >= 0 ? "E" : "W");
    }

    public long getPopulation() {
        return Math.round(geo().population(cell));
    }

    public String getHeldBy() {
        if (w() == null) return "";
        Side d = w().dominant(cell, sim.scenario().control().dominance());
        return Actors.standard().find(d == null ? Actors.CONTESTED : d.key()).label();
    }

    public double getControlState() { return control(Side.STATE); }
    public String desControlState() { return "Share of the cell the state holds (0-1); the rest is split or contested."; }
    public double getControlJnim() { return control(Side.JNIM); }
    public double getControlIsSahel() { return control(Side.IS_SAHEL); }
    public double getControlSeparatists() { return control(Side.SEPARATISTS); }

    public double getSupportState() { return support(Side.STATE); }
    public String desSupportState() { return "Share of the cell's people supporting the state (0-1); the rest support others or no one."; }
    public double getSupportJnim() { return support(Side.JNIM); }
    public double getSupportIsSahel() { return support(Side.IS_SAHEL); }
    public double getSupportSeparatists() { return support(Side.SEPARATISTS); }

    public double getGrievanceAgainstState() {
        return w() == null ? 0 : round(w().grievanceState[cell]);
    }

    public String desGrievanceAgainstState() {
        return "Grievance of the cell's people against the state, 0-1: hardship (fuel) times illegitimacy, and harm done to civilians.";
    }

    public long getFuelPriceCfa() {
        return w() == null ? 0 : Math.round(w().fuelPrice[cell]);
    }

    public String desFuelPriceCfa() {
        return "Pump price this week, CFA francs per litre.";
    }

    public String getTroops() {
        if (w() == null) return "";
        StringBuilder s = new StringBuilder();
        for (Force f : Force.values()) {
            long n = Math.round(w().presence[f.ordinal()][cell]);
            if (n <= 0) continue;
            if (s.length() > 0) s.append(", ");
            s.append(Actors.standard().force(f.key()).shortLabel()).append(' ').append(n);
        }
        return s.length() == 0 ? "none" : s.toString();
    }

    public String desTroops() {
        return "Fighters of each force in the cell this week.";
    }

    /** The name in the inspector's list of inspected things. */
    @Override
    public String toString() {
        return "Cell in " + getRegion() + ", " + getPosition();
    }

    private double control(Side s) {
        return w() == null ? 0 : round(w().control[s.ordinal()][cell]);
    }

    private double support(Side s) {
        return w() == null ? 0 : round(w().support[s.ordinal()][cell]);
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
