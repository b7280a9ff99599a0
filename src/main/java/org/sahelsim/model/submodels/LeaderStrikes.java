package org.sahelsim.model.submodels;

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
 * {@code leader_killed}. No troops are lost or gained.
 */
public final class LeaderStrikes extends Submodel {
    private static final long serialVersionUID = 1L;

    private final LeaderParams p;

    public LeaderStrikes(LeaderParams params) {
        this.p = params;
    }

    @Override
    public void step(WorldState w, Week week) {
        if (!week.startsMonth()) return;
        int state = Side.STATE.ordinal();
        double air = Combat.airPower(w, Side.STATE);
        for (int s = 0; s < Side.COUNT; s++) {
            Side side = Side.of(s);
            if (!side.insurgent()) continue;
            if (w.leaderlessMonths[s] > 0) {
                w.leaderlessMonths[s]--;
                continue;
            }
            double chance = Math.min(1, p.strikeRate() * (air - 1));
            if (chance <= 0 || !w.hostile[state][s] || strength(w, side) <= 0) continue;
            if (week.random().nextDouble() >= chance) continue;
            w.leaderlessMonths[s] = p.months();
            week.log("leader_killed", "", List.of("state", side.key()), String.format(Locale.ROOT,
                    "%s's leader is killed in a strike from the air: the group launches no operations for %d months while a successor takes hold",
                    side.label(), p.months()));
        }
    }

    private static double strength(WorldState w, Side side) {
        double s = 0;
        for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side() == side) s += w.strength[f];
        return s;
    }
}
