package org.sahelsim.model.submodels;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;

/**
 * Strikes from the air on insurgent-held places (ODD §7.9). A place an insurgent group holds is a
 * fixed target: its garrison sits where the state's drones and aircraft find it, where fighters in
 * the bush disperse. Over {@code t} weeks of a steady air power {@code A} a garrison {@code G} is
 * expected to fall to {@code G exp(−r (A − 1) t)} ({@link #share}), {@code r} the scenario's
 * {@code operations.held_strikes} and {@code A} the state's air power (France's aircraft while
 * they are in the country, the state's drones and Russia's aircraft later; nothing without
 * aircraft, {@code A} = 1): the planner weighs that closed form when it counts what holding a
 * place would cost ({@code Planner}).
 *
 * <p>Strikes are events, not a rate: with {@code operations.held_strike_share} {@code f} each
 * strike that finds a garrison kills the share {@code f} of it, and a held place is found
 * {@code N} times a week, {@code N} a Poisson draw of mean {@code m = r (A − 1) / f}. The garrison
 * keeps {@code (1 − f)^N} of itself, whose expectation {@code exp(−m f) = exp(−r (A − 1))} is the
 * closed form: the same expected toll, but a garrison may be missed for weeks or broken in one,
 * and the seeds' histories part there. Without {@code f} the rule takes the expected share every
 * week, with no draw (the version before; the limit {@code f → 0}).
 *
 * <p>Near the border of a neighbour that objects to them the state strikes less: at a place whose
 * cell has the shelter {@code s} ({@code WorldState.shelter}, {@code actors.BorderShelter}) the
 * rate is {@code r (1 − s)}.
 *
 * <p>The draws come from the week's stream of their own ({@link Week#stream}), one for every
 * place every week whether or not it is held or struck: drawing moves no other draw of the run,
 * and two scenarios run with one seed meet the same luck at each place. The dead are in the troop
 * ledger's {@code killed} and the week's violence (one violent event a strike); logged as
 * {@code air_strike} when ten or more are killed at a place in a week.
 */
public final class HeldPlaceStrikes extends Submodel {
    private static final long serialVersionUID = 1L;
    /** The rule's own stream ({@link Week#stream}). */
    private static final long STREAM = 0x5791e5L;

    /** The weekly rate per unit of air power above 1 ({@code operations.held_strikes}); 0 turns the rule off. */
    private final double rate;
    /** The share of a garrison one strike kills ({@code operations.held_strike_share}); 0 takes the expected share, no draw. */
    private final double strikeShare;

    /** The rule without draws: every held garrison loses its expected share each week. */
    public HeldPlaceStrikes(double rate) {
        this(rate, 0);
    }

    public HeldPlaceStrikes(double rate, double strikeShare) {
        if (strikeShare < 0 || strikeShare > 1) throw new IllegalArgumentException("a strike's share of a garrison is between 0 and 1: " + strikeShare);
        this.rate = rate;
        this.strikeShare = strikeShare;
    }

    /**
     * The share of a held place's garrison that strikes at rate {@code rate} are expected to kill in
     * {@code weeks} weeks under air power {@code air}: {@code 1 − exp(−rate × max(0, air − 1) × weeks)}.
     */
    public static double share(double rate, double air, double weeks) {
        return 1 - Math.exp(-rate * Math.max(0, air - 1) * weeks);
    }

    /**
     * The number of strikes of a Poisson law of mean {@code mean} at the uniform {@code u} in
     * [0, 1): the least {@code n} whose cumulative probability exceeds {@code u} (one uniform a draw,
     * by inversion).
     */
    public static int strikes(double mean, double u) {
        if (mean <= 0) return 0;
        double p = Math.exp(-mean);
        double cumulative = p;
        int n = 0;
        while (u >= cumulative && p > 0) {
            n++;
            p *= mean / n;
            cumulative += p;
        }
        return n;
    }

    @Override
    public void step(WorldState w, Week week) {
        if (rate <= 0) return;
        double air = Combat.airPower(w, Side.STATE);
        double k = share(rate, air, 1);
        if (k <= 0) return;
        MersenneTwisterFast random = strikeShare > 0 ? week.stream(STREAM) : null;
        double mean = strikeShare > 0 ? rate * Math.max(0, air - 1) / strikeShare : 0;
        int state = Side.STATE.ordinal();
        boolean struck = false;
        for (int q = 0; q < w.places.count(); q++) {
            double u = random == null ? 0 : random.nextDouble();
            int h = w.places.holder[q];
            if (h < 0 || !Side.of(h).insurgent() || !w.hostile[state][h]) continue;
            // Near the border of a neighbour that objects, the state strikes less: it keeps 1 − shelter
            // of its strikes there (BorderShelter).
            double kept = 1 - w.shelter[w.places.place(q).cell()];
            int n = random == null ? 1 : strikes(kept < 1 ? mean * kept : mean, u);
            double lost = random == null ? (kept < 1 ? share(rate * kept, air, 1) : k) : 1 - Math.pow(1 - strikeShare, n);
            if (n == 0 || lost <= 0) continue;
            double killed = 0;
            for (int f = 0; f < Force.COUNT; f++) {
                if (Force.of(f).side().ordinal() != h) continue;
                double g = w.places.garrison[f][q];
                if (g <= 0) continue;
                w.places.garrison[f][q] = g * (1 - lost);
                w.troops.killed[f] += g * lost;
                killed += g * lost;
            }
            if (killed <= 0) continue;
            struck = true;
            int cell = w.places.place(q).cell();
            int r = w.geo.region(cell);
            w.tallyViolence(cell, n, killed);
            if (killed >= 10) {
                week.log("air_strike", w.geo.regions().get(r).id(), List.of("state", Side.of(h).key()), String.format(Locale.ROOT,
                        "Air strikes hit %s's garrison in %s: %.0f killed", Side.of(h).label(), w.places.place(q).name(), killed));
            }
        }
        if (struck) w.recountMovedStrength();
    }
}
