package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.params.AtrocityParams;
import org.sahelsim.model.submodels.Atrocities;

/**
 * Civilian harm in incidents, and massacres (ODD §7.1, §7.2), in the default scenario's world on
 * a coarse grid: the dead of the incidents are the dead of the tallies and of the log; their mean
 * is the harm's; the sizes are heavy-tailed; a massacre turns its district and sends fighters to
 * the perpetrator's enemy, an incident below the threshold does neither.
 */
class AtrocitiesTest extends ConstructedWorld {
    private static final AtrocityParams P = SCENARIO.atrocities();
    private static final double HARM = SCENARIO.attitudes().harmGrievance();
    private final int sikasso = GEO.town("sikasso").cell();

    @Test
    void incidentsKillTheHarmsExpectedDeadOnAverageAndEveryDeadIsCountedOnceInTheCellAndOnceInAnIncident() {
        Atrocities atrocities = new Atrocities(P);
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        int draws = 20_000;
        double expected = 3.0;
        double total = 0;
        int largest = 0;
        for (int i = 0; i < draws; i++) total += atrocities.kill(w, random, Side.STATE.ordinal(), sikasso, -1, expected);
        double inIncidents = w.incidents.stream().mapToInt(Incident::killed).sum();
        for (Incident i : w.incidents) largest = Math.max(largest, i.killed());
        assertEquals(total, inIncidents, 1e-9, "the incidents hold every death");
        assertEquals(total, w.civiliansKilledBy[Side.STATE.ordinal()][sikasso], 1e-9, "the cell's tally holds every death");
        // The mean over many draws is the harm's (the power law's mean is heavy-tailed: a wide margin).
        assertEquals(expected, total / draws, 0.15 * expected, "mean dead per draw");
        // Most incidents are small, and some are massacres.
        long small = w.incidents.stream().filter(i -> i.killed() <= 3).count();
        assertTrue(small > w.incidents.size() / 2, small + " of " + w.incidents.size() + " incidents kill three or fewer");
        assertTrue(largest >= P.massacre(), "the largest of " + w.incidents.size() + " incidents killed " + largest);
        assertTrue(largest <= P.incidentMax(), "no incident kills more than " + P.incidentMax());
    }

    @Test
    void noHarmNoIncident() {
        Atrocities atrocities = new Atrocities(P);
        MersenneTwisterFast random = new MersenneTwisterFast(7);
        for (int i = 0; i < 1000; i++) assertEquals(0, atrocities.kill(w, random, Side.STATE.ordinal(), sikasso, -1, 0));
        assertTrue(w.incidents.isEmpty());
    }

    @Test
    void aMassacreTurnsItsDistrictAndSendsFightersToThePerpetratorsEnemy() {
        int state = Side.STATE.ordinal();
        int jnim = Force.JNIM.ordinal();
        w.support[Side.JNIM.ordinal()][sikasso] = 0.3;
        double[] before = w.harmGrievance[state].clone();
        double jnimHere = w.presence[jnim][sikasso];
        double recruitedBefore = w.troops.recruited[jnim];
        int killed = (int) P.massacre() + 10;
        w.incidents.add(new Incident(state, sikasso, -1, killed));
        w.civiliansKilledBy[state][sikasso] += killed;
        new Atrocities(P, HARM).step(w, month());

        double jump = jump(sikasso, killed);
        assertTrue(jump > 0.01, "a massacre in Sikasso's district moves its grievance: " + jump);
        assertEquals(Math.min(1, before[sikasso] + jump), w.harmGrievance[state][sikasso], 1e-12);
        for (int k = 0; k < GEO.neighbourCount(sikasso); k++) {
            int m = GEO.neighbour(sikasso, k);
            assertEquals(Math.min(1, before[m] + jump), w.harmGrievance[state][m], 1e-12, "neighbour " + m);
        }
        double recruits = P.massacreRecruits() * killed;
        assertEquals(jnimHere + recruits, w.presence[jnim][sikasso], 1e-9);
        assertEquals(recruitedBefore + recruits, w.troops.recruited[jnim], 1e-9, "the recruits are in the troop ledger");
        LoggedEvent e = log.events().get(log.size() - 1);
        assertEquals("massacre", e.type());
        assertEquals(killed, e.killed(), 0);
        assertEquals(List.of("state"), e.actors());
        assertTrue(w.incidents.isEmpty(), "logged incidents are cleared");
    }

    /** The jump a massacre of {@code killed} in {@code cell} gives its district: harm per thousand of the district's people, capped. */
    private static double jump(int cell, int killed) {
        double people = GEO.population(cell);
        for (int k = 0; k < GEO.neighbourCount(cell); k++) people += GEO.population(GEO.neighbour(cell, k));
        return Math.min(P.massacreGrievance(), HARM * killed / Math.max(1, people / 1000));
    }

    @Test
    void theSameDeadTurnAVillageDistrictMoreThanTheCapital() {
        int bamako = GEO.town("bamako").cell();
        int rural = -1;
        for (int c = 0; c < GEO.cellCount() && rural < 0; c++) {
            if (GEO.regions().get(GEO.region(c)).id().equals("mopti") && GEO.population(c) > 1000 && GEO.population(c) < 50_000) rural = c;
        }
        int killed = (int) P.massacre();
        int state = Side.STATE.ordinal();
        double[] before = w.harmGrievance[state].clone();
        w.incidents.add(new Incident(state, bamako, -1, killed));
        w.incidents.add(new Incident(state, rural, -1, killed));
        new Atrocities(P, HARM).step(w, month());
        double inBamako = w.harmGrievance[state][bamako] - before[bamako];
        double inVillage = w.harmGrievance[state][rural] - before[rural];
        assertTrue(inVillage > 2 * inBamako, "the district of a Mopti village " + inVillage + ", Bamako's " + inBamako);
    }

    @Test
    void anIncidentBelowTheThresholdIsLoggedButTurnsNothing() {
        int state = Side.STATE.ordinal();
        int jnim = Force.JNIM.ordinal();
        double[] before = w.harmGrievance[state].clone();
        double jnimHere = w.presence[jnim][sikasso];
        w.incidents.add(new Incident(state, sikasso, -1, 4));
        new Atrocities(P, HARM).step(w, month());
        assertEquals(before[sikasso], w.harmGrievance[state][sikasso], 0);
        assertEquals(jnimHere, w.presence[jnim][sikasso], 0);
        LoggedEvent e = log.events().get(log.size() - 1);
        assertEquals("civilians_killed", e.type());
        assertEquals(4, e.killed(), 0);
        assertEquals(GEO.lon(sikasso), e.lon(), 1e-12);
    }

    @Test
    void reprisalSweepsKillInProportionToTheSupportForTheEnemyAndNotAtAllWhenOff() {
        int state = Side.STATE.ordinal();
        int jnim = Side.JNIM.ordinal();
        double harm = 0.4;
        int engagements = 3;
        // Off (the default's 0): nothing dies and no random number is drawn.
        MersenneTwisterFast off = new MersenneTwisterFast(11);
        MersenneTwisterFast untouched = new MersenneTwisterFast(11);
        w.support[jnim][sikasso] = 0.5;
        assertEquals(0, new Atrocities(P).reprisal(w, off, state, jnim, sikasso, engagements, harm));
        assertEquals(untouched.nextDouble(), off.nextDouble(), 0, "no draw when reprisals are off");
        assertTrue(w.incidents.isEmpty());
        // On: the mean dead per sweep is reprisal × harm × support × engagements, in incidents of the state's.
        AtrocityParams on = new AtrocityParams(P.incidentTail(), P.incidentMax(), P.massacre(), P.massacreGrievance(),
                P.massacreRecruits(), 6.0, P.source());
        Atrocities sweeps = new Atrocities(on);
        MersenneTwisterFast random = new MersenneTwisterFast(13);
        int draws = 20_000;
        double total = 0;
        for (int i = 0; i < draws; i++) total += sweeps.reprisal(w, random, state, jnim, sikasso, engagements, harm);
        double expected = 6.0 * harm * 0.5 * engagements;
        assertEquals(expected, total / draws, 0.15 * expected, "mean dead per sweep");
        assertEquals(total, w.incidents.stream().filter(i -> i.side() == state).mapToInt(Incident::killed).sum(), 1e-9);
        // Where nobody backs the enemy, nobody is swept.
        w.support[jnim][sikasso] = 0;
        for (int i = 0; i < 1000; i++) assertEquals(0, sweeps.reprisal(w, random, state, jnim, sikasso, engagements, harm));
    }
}
