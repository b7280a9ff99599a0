package org.sahelsim.model.actors;

import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.operations.Planner;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.ForceParams;
import org.sahelsim.model.world.RoadSegment;

/**
 * JNIM (al-Qaeda's Sahel branch): expands where grievance is high and the state is thin,
 * ambushes, governs where it holds ground (food distribution, mediation: its support term in
 * {@link org.sahelsim.model.submodels.Attitudes}), and blockades the fuel roads, either when the
 * scenario declares it or by its own choice once it holds the import roads: each month it reads
 * its mean control over the road cells and declares a blockade when that reaches
 * {@code blockadeThreshold} ("a clear strategy of economic suffocation"). Under a blockade it
 * puts a share of its fighters on the roads. While in talks with a
 * post-coup junta it stops fighting the state and lifts the blockade.
 */
public final class Jnim extends Insurgency {
    private static final long serialVersionUID = 1L;

    private final double blockadeThreshold;
    private final double roadFocus;

    public Jnim(ForceParams params, double recruitGrievance, double troopsPerKm2, double blockadeThreshold, double roadFocus,
                Planner planner) {
        super(Force.JNIM, params, recruitGrievance, troopsPerKm2, planner);
        this.blockadeThreshold = blockadeThreshold;
        this.roadFocus = roadFocus;
    }

    @Override
    public void decide(WorldState w, Week week) {
        super.decide(w, week);
        if (w.blockade.active() && !w.jnimTalks) focusOnRoads(w);
        if (w.jnimTalks || w.blockade.active()) return;
        double roads = roadControl(w);
        if (roads >= blockadeThreshold) {
            w.blockade.declare(new int[0], week, String.format(java.util.Locale.ROOT,
                    "JNIM declares a blockade of fuel imports: it holds %.0f%% of the road network", 100 * roads));
        }
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

    /** JNIM's mean control over the cells crossed by roads. */
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
