package org.sahelsim.model.actors;

import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.ForceParams;

/**
 * A foreign force fighting on the state's side whose presence the scenario's dated events set:
 * France (Serval, Barkhane, Takuba: ground forces and airstrikes), MINUSMA (presence in the towns
 * of the north and centre, restrictive rules of engagement: low {@code engagement}), the AES joint
 * force. Each deploys by its own priorities and theatre (region affinities); none enters a
 * neighbour's no-go zone.
 */
public class ForeignForce extends ArmedActor {
    private static final long serialVersionUID = 1L;

    public ForeignForce(Force force, ForceParams params) {
        super(force, params);
    }

    @Override
    public void decide(WorldState w, Week week) {
        if (w.strength[force.ordinal()] <= 0) return;
        super.decide(w, week);
    }

    /**
     * Contingents rotate and replace their losses: each week the force's contributors send
     * {@code recruitment} of the gap between its mandated strength and its troops.
     */
    @Override
    public void recruit(WorldState w) {
        replaceLosses(w, force, params.recruitment());
    }

    /** Adds {@code rate} of the gap to the force's mandate to its field troops. */
    static void replaceLosses(WorldState w, Force force, double rate) {
        int f = force.ordinal();
        double gap = w.mandate[f] - w.strength[f];
        if (gap > 0 && rate > 0 && w.strength[f] > 0) {
            w.addToField(force, rate * gap);
            w.troops.arrived[f] += rate * gap;
        }
    }

    @Override
    protected boolean[] mask(WorldState w) {
        return w.stateMayOperate;
    }
}
