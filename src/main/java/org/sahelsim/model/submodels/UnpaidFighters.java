package org.sahelsim.model.submodels;

import java.util.List;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.actors.ArmedActor;
import org.sahelsim.model.actors.Insurgency;

/**
 * The fighters an insurgent group can no longer pay go home (ODD §7.2). An insurgent group's
 * ceiling ({@link Insurgency#ceiling}) is the lesser of the men of the ground it governs and the
 * fighters its war chest pays; recruitment stops at it. The men's side only stops recruitment
 * (a fighter already armed does not leave because his district is thinly peopled), but when the
 * money falls below the fighters the group has (its levy shrinks with the trade a blockade
 * chokes, it loses the ground it taxes, governing wider ground costs more), the fighters it
 * cannot pay are neither paid nor fed: each week the share {@code attitudes.unpaid_leave} of the
 * fighters above what its war chest pays ({@link Insurgency#payable}) leaves, from the group's
 * fighters in the field in proportion to where they stand (garrisons and columns on operations
 * are kept). Over {@code t} weeks of a steady purse {@code P} a strength {@code F} above it falls
 * to {@code P + (F − P)(1 − u)^t} ({@link #after}). Counted as lost in the troop ledger; no draw.
 */
public final class UnpaidFighters extends Submodel {
    private static final long serialVersionUID = 1L;

    private final List<Insurgency> insurgents;
    /** The weekly share of the unpaid fighters who leave ({@code attitudes.unpaid_leave}); 0 turns the rule off. */
    private final double rate;

    public UnpaidFighters(List<ArmedActor> actors, double rate) {
        this.insurgents = actors.stream().filter(a -> a instanceof Insurgency).map(a -> (Insurgency) a).toList();
        this.rate = rate;
    }

    /** A strength {@code fighters} after {@code weeks} weeks above a steady purse paying {@code ceiling} fighters, at weekly share {@code rate}. */
    public static double after(double fighters, double ceiling, double rate, double weeks) {
        if (fighters <= ceiling) return fighters;
        return ceiling + (fighters - ceiling) * Math.pow(1 - rate, weeks);
    }

    @Override
    public void step(WorldState w, Week week) {
        if (rate <= 0) return;
        boolean left = false;
        for (Insurgency g : insurgents) {
            int f = g.force().ordinal();
            double ceiling = g.payable(w);
            double excess = w.strength[f] - ceiling;
            if (!(excess > 0)) continue;
            double[] presence = w.presence[f];
            double field = 0;
            for (int c = 0; c < w.cells; c++) field += presence[c];
            if (field <= 0) continue;
            double leaving = Math.min(field, rate * excess);
            double keep = 1 - leaving / field;
            for (int c = 0; c < w.cells; c++) presence[c] *= keep;
            w.presenceMoved(f);
            w.troops.lost[f] += leaving;
            left = true;
        }
        if (left) w.recountMovedStrength();
    }
}
