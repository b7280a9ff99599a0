package org.sahelsim.model.submodels;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;

/**
 * Arrivals and departures of forces (ODD §7.8): a force's strength moves toward a new level over
 * a number of weeks, in equal steps, wherever its troops are.
 */
public final class Reinforcements extends Submodel {
    private static final long serialVersionUID = 1L;

    private record Ramp(Force force, double from, double to, long start, int weeks) implements java.io.Serializable {
    }

    private final List<Ramp> ramps = new ArrayList<>();

    /** From this week on, {@code force} moves to {@code to} troops over {@code weeks} weeks (0: at once). */
    public void ramp(WorldState w, Force force, double to, int weeks, long now) {
        ramps.removeIf(r -> r.force() == force);
        ramps.add(new Ramp(force, w.strength[force.ordinal()], to, now, Math.max(0, weeks)));
    }

    @Override
    public void step(WorldState w, Week week) {
        long tick = week.tick();
        for (var it = ramps.iterator(); it.hasNext(); ) {
            Ramp r = it.next();
            long done = tick - r.start() + 1;
            double frac = r.weeks() == 0 ? 1 : Math.min(1, done / (double) r.weeks());
            w.scaleForce(r.force(), r.from() + (r.to() - r.from()) * frac);
            if (frac >= 1) it.remove();
        }
    }
}
