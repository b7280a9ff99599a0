package org.sahelsim.model.submodels;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;

/**
 * Strikes from the air on insurgent-held places (ODD §7.9). A place an insurgent group holds is a
 * fixed target: its garrison sits where the state's drones and aircraft find it every day, where
 * fighters in the bush disperse. Each week every place held by an insurgent side at war with the
 * state loses the share {@code 1 − exp(−r (A − 1))} of its garrison, {@code r} the scenario's
 * {@code operations.held_strikes} and {@code A} the state's air power that week (France's aircraft
 * while they are in the country, the state's drones and Russia's aircraft later; nothing without
 * aircraft, {@code A} = 1). Over {@code t} weeks of a steady {@code A} a garrison {@code G} falls
 * to {@code G exp(−r (A − 1) t)} ({@link #share}): the planner weighs the same closed form when
 * it counts what holding a place would cost ({@code Planner}). No draw: the rule moves no random
 * number of the run. Logged as {@code air_strike} when ten or more are killed at a place.
 */
public final class HeldPlaceStrikes extends Submodel {
    private static final long serialVersionUID = 1L;

    /** The weekly rate per unit of air power above 1 ({@code operations.held_strikes}); 0 turns the rule off. */
    private final double rate;

    public HeldPlaceStrikes(double rate) {
        this.rate = rate;
    }

    /**
     * The share of a held place's garrison that strikes at rate {@code rate} kill in {@code weeks}
     * weeks under air power {@code air}: {@code 1 − exp(−rate × max(0, air − 1) × weeks)}.
     */
    public static double share(double rate, double air, double weeks) {
        return 1 - Math.exp(-rate * Math.max(0, air - 1) * weeks);
    }

    @Override
    public void step(WorldState w, Week week) {
        if (rate <= 0) return;
        double air = Combat.airPower(w, Side.STATE);
        double k = share(rate, air, 1);
        if (k <= 0) return;
        int state = Side.STATE.ordinal();
        boolean struck = false;
        for (int q = 0; q < w.places.count(); q++) {
            int h = w.places.holder[q];
            if (h < 0 || !Side.of(h).insurgent() || !w.hostile[state][h]) continue;
            double killed = 0;
            for (int f = 0; f < Force.COUNT; f++) {
                if (Force.of(f).side().ordinal() != h) continue;
                double g = w.places.garrison[f][q];
                if (g <= 0) continue;
                w.places.garrison[f][q] = g * (1 - k);
                w.troops.killed[f] += g * k;
                killed += g * k;
            }
            if (killed <= 0) continue;
            struck = true;
            int cell = w.places.place(q).cell();
            int r = w.geo.region(cell);
            w.violence[cell] += 1;
            w.weekViolentEvents += 1;
            w.weekFatalities += killed;
            w.regionEvents[r] += 1;
            w.regionFatalities[r] += killed;
            if (killed >= 10) {
                week.log("air_strike", w.geo.regions().get(r).id(), List.of("state", Side.of(h).key()), String.format(Locale.ROOT,
                        "Air strikes hit %s's garrison in %s: %.0f killed", Side.of(h).label(), w.places.place(q).name(), killed));
            }
        }
        if (struck) w.recountStrength();
    }
}
