package org.sahelsim.model.actors;

import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.SahelSim;
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
 * {@code blockadeThreshold} ("a clear strategy of economic suffocation"). While in talks with a
 * post-coup junta it stops fighting the state and lifts the blockade.
 */
public final class Jnim extends Insurgency {
    private final double blockadeThreshold;

    public Jnim(ForceParams params, double recruitGrievance, double troopsPerKm2, double blockadeThreshold) {
        super(Force.JNIM, params, recruitGrievance, troopsPerKm2);
        this.blockadeThreshold = blockadeThreshold;
    }

    @Override
    public void decide(SahelSim sim) {
        super.decide(sim);
        WorldState w = sim.world();
        if (w.jnimTalks || w.blockade) return;
        double roads = roadControl(w);
        if (roads >= blockadeThreshold) {
            w.blockade = true;
            sim.log("blockade", "", List.of("jnim"), String.format(java.util.Locale.ROOT,
                    "JNIM declares a blockade of fuel imports: it holds %.0f%% of the road network", 100 * roads));
        }
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
