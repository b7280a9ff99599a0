package org.sahelsim.model.submodels;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.LeaderParams;

/**
 * Leaders killed (ODD §7.9). Each month, each insurgent group at war with the state loses its
 * leader to a strike from the air with chance {@code strike_rate × (A − 1)}, A the state's air
 * power this month (France's aircraft while they are in the country, the state's own drones
 * later; none without aircraft): a decapitation. A group that has lost its leader launches no
 * operations of its own for {@code months} months while a successor takes hold (a player's
 * orders still stand); its fighters go on fighting where they are. Logged as
 * {@code leader_killed}.
 *
 * <p>With chance {@code split_chance} the succession splits the group: a rival leaves with
 * {@code split_share} of its fighters (lost to the war, wherever they stand in the field) and
 * of the men its ground gives it from then on, for good: the group's ceiling on fighters is
 * that much lower ({@link WorldState#splitAway}, read by {@code Insurgency.ceiling}), so
 * recruitment does not make the loss good. Logged as {@code group_split}.
 *
 * <p>The draws come from the week's stream of their own ({@link Week#stream}), two for each
 * group every month whatever happens: turning the strikes on moves no other draw of the run, and
 * two scenarios run with one seed see the same strikes as long as the state's aircraft and its
 * wars are the same in both.
 */
public final class LeaderStrikes extends Submodel {
    private static final long serialVersionUID = 1L;
    /** The rule's own stream ({@link Week#stream}). */
    private static final long STREAM = 0x1eade45L;

    private final LeaderParams p;

    public LeaderStrikes(LeaderParams params) {
        this.p = params;
    }

    @Override
    public void step(WorldState w, Week week) {
        if (!week.startsMonth()) return;
        int state = Side.STATE.ordinal();
        double air = Combat.airPower(w, Side.STATE);
        MersenneTwisterFast random = week.stream(STREAM);
        for (int s = 0; s < Side.COUNT; s++) {
            Side side = Side.of(s);
            if (!side.insurgent()) continue;
            double strike = random.nextDouble();
            double split = random.nextDouble();
            if (w.leaderlessMonths[s] > 0) {
                w.leaderlessMonths[s]--;
                continue;
            }
            double chance = Math.min(1, p.strikeRate() * (air - 1));
            if (chance <= 0 || !w.hostile[state][s] || strength(w, side) <= 0) continue;
            if (strike >= chance) continue;
            w.leaderlessMonths[s] = p.months();
            week.log("leader_killed", "", List.of("state", side.key()), String.format(Locale.ROOT,
                    "%s's leader is killed in a strike from the air: the group launches no operations for %d months while a successor takes hold",
                    side.label(), p.months()));
            if (split < p.splitChance()) split(w, week, side);
        }
    }

    /** A rival leaves with {@code split_share} of the group's fighters in the field and of the men its ground gives it, for good. */
    private void split(WorldState w, Week week, Side side) {
        double share = p.splitShare();
        double gone = 0;
        for (int f = 0; f < Force.COUNT; f++) {
            if (Force.of(f).side() != side) continue;
            double[] presence = w.presence[f];
            w.presenceMoved(f);
            double left = 0;
            for (int c = 0; c < w.cells; c++) {
                double g = presence[c] * share;
                presence[c] -= g;
                left += g;
            }
            w.troops.lost[f] += left;
            gone += left;
        }
        int s = side.ordinal();
        w.splitAway[s] = 1 - (1 - w.splitAway[s]) * (1 - share);
        w.recountMovedStrength();
        week.log("group_split", "", List.of(side.key()), String.format(Locale.ROOT,
                "%s split over the succession: a rival leaves with %.0f fighters and the men of his communities; the group can keep %.0f%% fewer fighters than its ground and purse allow from now on",
                side.label(), gone, 100 * w.splitAway[s]));
    }

    private static double strength(WorldState w, Side side) {
        double s = 0;
        for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side() == side) s += w.strength[f];
        return s;
    }
}
