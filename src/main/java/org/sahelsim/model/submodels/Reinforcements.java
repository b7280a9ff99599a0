package org.sahelsim.model.submodels;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.operations.Operation;

/**
 * Arrivals and departures of forces (ODD §7.8), as flows: a force moving from one level to
 * another over some weeks adds or removes an equal number of troops each week, whatever it has
 * lost meanwhile (losses stay lost). Arrivals join the field where the force plans to be.
 * Departures leave the field first, then the garrisons least worth holding, so bases empty one by
 * one; a force that leaves for good (to zero) takes all its remaining troops when its time is up.
 */
public final class Reinforcements extends Submodel {
    private static final long serialVersionUID = 1L;

    private record Ramp(Force force, double from, double to, long start, int weeks) implements java.io.Serializable {
        double perWeek() {
            return weeks == 0 ? to - from : (to - from) / weeks;
        }
    }

    private final List<Ramp> ramps = new ArrayList<>();
    private final double nationalist;

    /** Arrivals and departures with no effect on legitimacy. */
    public Reinforcements() {
        this(0);
    }

    /**
     * @param nationalist legitimacy the state gains when a Western force (France, the UN, the EU)
     *                    has left for good: the sovereigntist moment
     */
    public Reinforcements(double nationalist) {
        this.nationalist = nationalist;
    }

    /** From this week on, {@code force} moves to {@code to} troops over {@code weeks} weeks (0: at once). */
    public void ramp(WorldState w, Force force, double to, int weeks, long now) {
        ramps.removeIf(r -> r.force() == force);
        ramps.add(new Ramp(force, w.strength[force.ordinal()], to, now, Math.max(0, weeks)));
        w.mandate[force.ordinal()] = to;
    }

    @Override
    public void step(WorldState w, Week week) {
        long tick = week.tick();
        for (var it = ramps.iterator(); it.hasNext(); ) {
            Ramp r = it.next();
            long done = tick - r.start() + 1;
            double flow = r.perWeek();
            if (flow > 0) {
                w.addToField(r.force(), flow);
                w.troops.arrived[r.force().ordinal()] += flow;
            }
            else if (flow < 0) depart(w, r.force(), -flow, week);
            boolean over = r.weeks() == 0 || done >= r.weeks();
            if (over) {
                if (r.to() <= 0) {
                    depart(w, r.force(), Double.POSITIVE_INFINITY, week);
                    if (r.force() == Force.FRANCE || r.force() == Force.MINUSMA || r.force() == Force.EU) w.legitimacyShock += nationalist;
                }
                it.remove();
            }
        }
        w.recountMovedStrength();
    }

    /** Takes up to {@code troops} of a force out of Mali: the field first, then garrisons, then columns on operations. */
    private static void depart(WorldState w, Force force, double troops, Week week) {
        int f = force.ordinal();
        double before = w.fieldStrength(f) + w.places.garrisoned(f) + w.onOperations(f);
        double left = troops - w.removeFromField(force, troops);
        if (left > 0) left -= w.places.withdrawGarrisons(f, left, week, w.troops);
        if (left > 0) {
            for (Operation op : w.operations) {
                if (op.done || op.troops[f] <= 0) continue;
                double take = Math.min(left, op.troops[f]);
                op.troops[f] -= take;
                left -= take;
                if (left <= 0) break;
            }
        }
        w.troops.departed[f] += before - (w.fieldStrength(f) + w.places.garrisoned(f) + w.onOperations(f));
    }
}
