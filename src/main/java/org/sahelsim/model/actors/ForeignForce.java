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

    @Override
    protected boolean[] mask(WorldState w) {
        return w.stateMayOperate;
    }
}
