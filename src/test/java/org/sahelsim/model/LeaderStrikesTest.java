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
 * is lost or gained unless the group splits. A group that splits loses the rival's share of its
 * fighters, every one of them accounted for, and of its ceiling for good, so that recruitment
 * does not make the loss good; the strikes draw nothing from the run's shared random numbers.
 */
class LeaderStrikesTest extends ConstructedWorld {
    private static final int JNIM = Side.JNIM.ordinal();

    @Test
    void aLeaderIsKilledWithTheRulesChanceWhileTheStateHasAircraft() {
        double air = Combat.airPower(w, Side.STATE);
        assertTrue(air > 1, "France's aircraft are in the country at the start: " + air);
        LeaderParams p = new LeaderParams(0.05, 3, 0, 0, null);
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
        LeaderStrikes strikes = new LeaderStrikes(new LeaderParams(1, 3, 0, 0, null));
        for (int i = 0; i < 200; i++) strikes.step(w, month());
        assertTrue(log.events().stream().noneMatch(e -> e.type().equals("leader_killed")));
    }

    @Test
    void aLeaderlessGroupPlansNoOperationsForItsMonthsThenPlansAgainAndNoTroopIsLostOrGained() {
        LeaderStrikes strikes = new LeaderStrikes(new LeaderParams(1, 3, 0, 0, null)); // certain with aircraft
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

    @Test
    void aGroupThatSplitsLosesTheRivalsShareOfItsFightersAndOfItsCeilingForGood() {
        WorldState e = EmptyWorld.of(SCENARIO, GEO);
        Arrays.fill(e.airPower, 3);
        int jnim = Force.JNIM.ordinal();
        int mopti = GEO.places().get(GEO.placeIndex("mopti")).cell();
        int segou = GEO.places().get(GEO.placeIndex("segou")).cell();
        e.presence[jnim][mopti] = 800;
        e.presence[jnim][segou] = 200;
        e.presence[Force.FAMA.ordinal()][GEO.places().get(GEO.placeIndex("bamako")).cell()] = 1000; // the state, with its aircraft
        e.recountStrength();
        var a = SCENARIO.attitudes();
        org.sahelsim.model.actors.Insurgency group = new org.sahelsim.model.actors.Insurgency(Force.JNIM, SCENARIO.forces().jnim(),
                a.recruitGrievance(), a.fightingAgeMen() * a.armedShare(), SCENARIO.control().insurgentTroopsPerKm2(),
                new Planner(SCENARIO.operations(), SCENARIO.places(), SCENARIO.combat(), Reach.of(GEO, SCENARIO.operations().reachKm())));
        double ceiling = group.ceiling(e);
        assertTrue(ceiling > 0, "JNIM governs some people at the start: " + ceiling);
        e.troops.clear();

        // Certain strike, certain split, a quarter leaving.
        new LeaderStrikes(new LeaderParams(1, 3, 1, 0.25, null)).step(e, month());
        assertEquals(600, e.presence[jnim][mopti], 1e-9);
        assertEquals(150, e.presence[jnim][segou], 1e-9);
        assertEquals(750, e.strength[jnim], 1e-9);
        assertEquals(250, e.troops.lost[jnim], 1e-9, "the rival's men are accounted for as lost to the war");
        assertEquals(0.25, e.splitAway[Side.JNIM.ordinal()], 1e-12);
        assertEquals(0.75 * ceiling, group.ceiling(e), 1e-9 * ceiling, "the ceiling is lower by the rival's share");
        assertTrue(log.events().stream().anyMatch(x -> x.type().equals("group_split") && x.actors().equals(List.of("jnim"))));

        // At three quarters of its old ceiling the group recruits no more: the loss is not made good.
        e.presence[jnim][mopti] = 0.75 * ceiling - 150;
        e.recountStrength();
        assertEquals(0, group.headroom(e), 1e-9, "no headroom at three quarters of the old ceiling");

        // A second split compounds: a quarter of what was left.
        Arrays.fill(e.leaderlessMonths, 0);
        new LeaderStrikes(new LeaderParams(1, 0, 1, 0.25, null)).step(e, month());
        assertEquals(1 - 0.75 * 0.75, e.splitAway[Side.JNIM.ordinal()], 1e-12);
    }

    @Test
    void theStrikesDrawNothingFromTheRunsSharedRandomNumbersAndTheSameWeekDrawsTheSameStrikes() {
        LeaderParams p = new LeaderParams(0.2, 0, 0.5, 0.25, null);
        org.sahelsim.model.observe.EventLog one = new org.sahelsim.model.observe.EventLog();
        org.sahelsim.model.observe.EventLog two = new org.sahelsim.model.observe.EventLog();
        ec.util.MersenneTwisterFast shared = new ec.util.MersenneTwisterFast(7);
        ec.util.MersenneTwisterFast untouched = new ec.util.MersenneTwisterFast(7);
        WorldState a = EmptyWorld.of(SCENARIO, GEO);
        WorldState b = EmptyWorld.of(SCENARIO, GEO);
        for (WorldState x : List.of(a, b)) {
            Arrays.fill(x.airPower, 3);
            x.presence[Force.JNIM.ordinal()][0] = 1000;
            x.presence[Force.IS_SAHEL.ordinal()][0] = 1000;
            x.presence[Force.SEPARATISTS.ordinal()][0] = 1000;
            x.presence[Force.FAMA.ordinal()][1] = 1000;
            x.recountStrength();
        }
        LeaderStrikes strikes = new LeaderStrikes(p);
        for (long t = 0; t < 120; t++) {
            java.time.LocalDate date = SCENARIO.period().start().plusWeeks(t);
            strikes.step(a, new Week(t, true, shared, one, date, 42));
            strikes.step(b, new Week(t, true, new ec.util.MersenneTwisterFast(t), two, date, 42));
        }
        assertEquals(untouched.nextDouble(), shared.nextDouble(), "the run's shared stream is where it was");
        List<String> killed = one.events().stream().map(x -> x.date() + " " + x.type() + " " + x.actors()).toList();
        assertTrue(killed.stream().anyMatch(x -> x.contains("leader_killed")), "some leaders killed in ten years of months at 40%");
        assertEquals(killed, two.events().stream().map(x -> x.date() + " " + x.type() + " " + x.actors()).toList(),
                "the same seed and weeks, the same strikes, whatever the shared stream");
    }
}
