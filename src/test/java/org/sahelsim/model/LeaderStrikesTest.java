package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.operations.Planner;
import org.sahelsim.model.operations.Reach;
import org.sahelsim.model.params.LeaderParams;
import org.sahelsim.model.submodels.Combat;
import org.sahelsim.model.submodels.LeaderStrikes;

/**
 * Leaders killed (ODD §7.9), in the default scenario's world at its start (France's aircraft in
 * the country): a strike comes with the chance the rule gives and never without aircraft; a
 * group without its leader launches no operations for its months and then plans again; no troop
 * is lost or gained.
 */
class LeaderStrikesTest extends ConstructedWorld {
    private static final int JNIM = Side.JNIM.ordinal();

    @Test
    void aLeaderIsKilledWithTheRulesChanceWhileTheStateHasAircraft() {
        double air = Combat.airPower(w, Side.STATE);
        assertTrue(air > 1, "France's aircraft are in the country at the start: " + air);
        LeaderParams p = new LeaderParams(0.05, 3, null);
        int trials = 3000;
        int killed = 0;
        for (int i = 0; i < trials; i++) {
            Arrays.fill(w.leaderlessMonths, 0);
            int before = log.size();
            new LeaderStrikes(p).step(w, month());
            killed += (int) log.since(before).stream().filter(e -> e.type().equals("leader_killed") && e.actors().contains("jnim")).count();
        }
        double expected = p.strikeRate() * (air - 1);
        double sd = Math.sqrt(expected * (1 - expected) / trials);
        assertEquals(expected, (double) killed / trials, 4 * sd, killed + " of " + trials);
    }

    @Test
    void noAircraftNoStrike() {
        Arrays.fill(w.airPower, 1);
        LeaderStrikes strikes = new LeaderStrikes(new LeaderParams(1, 3, null));
        for (int i = 0; i < 200; i++) strikes.step(w, month());
        assertTrue(log.events().stream().noneMatch(e -> e.type().equals("leader_killed")));
    }

    @Test
    void aLeaderlessGroupPlansNoOperationsForItsMonthsThenPlansAgainAndNoTroopIsLostOrGained() {
        LeaderStrikes strikes = new LeaderStrikes(new LeaderParams(1, 3, null)); // certain with aircraft
        w.recountStrength();
        double[] strength = w.strength.clone();
        assertEquals(0, w.leaderlessMonths[JNIM]);
        strikes.step(w, month());
        LoggedEvent e = log.events().stream().filter(x -> x.type().equals("leader_killed")).findFirst().orElseThrow();
        assertEquals(List.of("state", "jnim"), e.actors());
        assertEquals(3, w.leaderlessMonths[JNIM]);
        w.recountStrength();
        assertTrue(Arrays.equals(strength, w.strength), "no troop lost or gained");

        // An empty town with a thousand JNIM fighters beside it: an easy occupation for a group that plans.
        int douentza = GEO.placeIndex("douentza");
        for (double[] g : w.places.garrison) g[douentza] = 0;
        w.places.holder[douentza] = Places.NOBODY;
        w.presence[Force.JNIM.ordinal()][GEO.places().get(douentza).cell()] += 1000;
        w.recountStrength();
        Planner planner = new Planner(SCENARIO.operations(), SCENARIO.places(), SCENARIO.combat(),
                Reach.of(GEO, SCENARIO.operations().reachKm()));
        int leaderless = 0;
        for (int i = 0; i < 10; i++) {
            int before = w.operations.size();
            planner.plan(w, month(), Side.JNIM, List.of(Force.JNIM));
            leaderless += w.operations.size() - before;
        }
        assertEquals(0, leaderless, "no operations without a leader");

        Arrays.fill(w.airPower, 1); // no new strike while the months run out
        for (int m = 0; m < 3; m++) strikes.step(w, month());
        assertEquals(0, w.leaderlessMonths[JNIM], "a successor after three months");
        int led = 0;
        for (int i = 0; i < 10; i++) {
            int before = w.operations.size();
            planner.plan(w, month(), Side.JNIM, List.of(Force.JNIM));
            led += w.operations.size() - before;
        }
        assertTrue(led > 0, "with a leader again, the group launches operations");
    }
}
