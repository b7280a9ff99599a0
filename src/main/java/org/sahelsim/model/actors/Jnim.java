package org.sahelsim.model.actors;

import org.sahelsim.model.Force;
import org.sahelsim.model.RoadThreat;
import org.sahelsim.model.Week;
import org.sahelsim.model.operations.Planner;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.ForceParams;
import org.sahelsim.model.world.RoadSegment;

/**
 * JNIM (al-Qaeda's Sahel branch): expands where grievance is high and the state is thin,
 * ambushes, governs where it holds ground (food distribution, mediation: its support term in
 * {@link org.sahelsim.model.submodels.Attitudes}), besieges and raids places (its operations),
 * and wages economic war: its blockade is declared by {@link JnimStrategy} (a free run) or a
 * dated event (a history run); under a blockade it puts a share of its fighters on the roads. While in talks with a post-coup junta it stops
 * fighting the state and lifts the blockade.
 */
public final class Jnim extends Insurgency {
    private static final long serialVersionUID = 1L;

    private final double roadFocus;

    public Jnim(ForceParams params, double recruitGrievance, double troopsPerKm2, double roadFocus, Planner planner) {
        this(params, recruitGrievance, Double.POSITIVE_INFINITY, troopsPerKm2, roadFocus, planner);
    }

    /** @param armedPerPerson fighters JNIM can keep armed and paid per person of the ground it governs */
    public Jnim(ForceParams params, double recruitGrievance, double armedPerPerson, double troopsPerKm2, double roadFocus, Planner planner) {
        this(params, recruitGrievance, armedPerPerson, WarChest.unlimited(), troopsPerKm2, roadFocus, planner);
    }

    /**
     * @param armedPerPerson fighters JNIM can keep armed per person of the ground it governs
     * @param chest          its money: the fighters the ground it governs pays for
     */
    public Jnim(ForceParams params, double recruitGrievance, double armedPerPerson, WarChest chest, double troopsPerKm2, double roadFocus, Planner planner) {
        super(Force.JNIM, params, recruitGrievance, armedPerPerson, chest, troopsPerKm2, planner);
        this.roadFocus = roadFocus;
    }

    @Override
    public void decide(WorldState w, Week week) {
        super.decide(w, week);
        if (w.blockade.active() && !w.jnimTalks) focusOnRoads(w);
    }

    /**
     * JNIM's hold on the road cells: its control plus its fighters' density (capped at 1), averaged
     * per region (last entry: over all roads).
     */
    static double[] roadHold(WorldState w, RoadThreat threat) {
        int regions = w.geo.regions().size();
        double[] sum = new double[regions + 1];
        int[] n = new int[regions + 1];
        int f = Force.JNIM.ordinal();
        for (RoadSegment s : w.geo.roads().segments()) {
            for (int c : s.cells()) {
                double fighters = threat.presence(w.presence[f][c], w.geo.areaKm2(c));
                double hold = w.control[Side.JNIM.ordinal()][c] + fighters;
                int r = w.geo.region(c);
                sum[r] += hold;
                n[r]++;
                sum[regions] += hold;
                n[regions]++;
            }
        }
        for (int r = 0; r <= regions; r++) sum[r] = n[r] == 0 ? 0 : sum[r] / n[r];
        return sum;
    }

    /**
     * Under a blockade JNIM sends {@code roadFocus} of its fighters onto the road cells of the
     * blockaded regions (all roads when none is named), spread evenly: to cut a road it must be on it.
     */
    private void focusOnRoads(WorldState w) {
        int f = force.ordinal();
        double[] plan = w.plannedPresence[f];
        double total = 0;
        for (double x : plan) total += x;
        boolean all = w.blockade.coversAll();
        int roads = 0;
        boolean[] target = new boolean[w.cells];
        for (int c = 0; c < w.cells; c++) {
            target[c] = w.geo.hasRoad(c) && (all || w.blockade.names(w.geo.region(c)));
            if (target[c]) roads++;
        }
        if (roads == 0 || total <= 0) return;
        double each = roadFocus * total / roads;
        for (int c = 0; c < w.cells; c++) plan[c] = plan[c] * (1 - roadFocus) + (target[c] ? each : 0);
    }

    /** JNIM's mean control over the cells crossed by roads (the older reading, kept for tests and tables). */
    public static double roadControl(WorldState w) {
        double sum = 0;
        int n = 0;
        for (RoadSegment s : w.geo.roads().segments()) {
            for (int c : s.cells()) {
                sum += w.control[Side.JNIM.ordinal()][c];
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }
}
