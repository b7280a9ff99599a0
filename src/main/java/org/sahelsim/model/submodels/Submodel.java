package org.sahelsim.model.submodels;

import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * One submodel of the ODD's process overview (docs/ODD.md §3 and §7): a MASON {@link Steppable}
 * that the weekly schedule runs once a week, in the order {@link org.sahelsim.model.WeeklySchedule}
 * declares. Each submodel owns its state and is the only writer of the world variables it
 * computes; it reads the rest of the world and the week it runs in, nothing else.
 */
public abstract class Submodel implements Steppable {
    private static final long serialVersionUID = 1L;

    @Override
    public final void step(SimState state) {
        SahelSim sim = (SahelSim) state;
        step(sim.world(), sim.week());
    }

    /** Runs this submodel for one week. */
    public abstract void step(WorldState w, Week week);
}
