package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Force;
import org.sahelsim.model.Places;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Earth;
import org.sahelsim.model.world.Geography;
import org.sahelsim.model.world.Place;

/**
 * Ground that is held, not crossed, in the default scenario over eight seeds (docs/ODD.md §8.3:
 * untuned checks, none of these figures was tuned to).
 *
 * <p>Clearing is not holding. After France's exit and through 2022 JNIM expanded in the centre
 * ("Islamists expand their rule in the center", Atlantic Council/ISPI) while the Russians could
 * protect "little more than Bamako and mines in the south" (the same): the state does not gain
 * ground from June 2021 to mid-2022, and JNIM does not lose a quarter of its ground from June 2021
 * to mid-2023.
 *
 * <p>Empty ground is nobody's. The desert north (Taoudenit, and the empty land of Kidal) is held
 * by whoever stands there or administers it from a held place, not by the spread of a side's
 * control from its neighbours: the empty cells no force has stood in for half a year, far from
 * every held place, are nobody's; Taoudenit, a quarter of Mali's area with almost nobody in it,
 * stays mostly nobody's unless forces stand there. The people-weighted shares are sensible: the
 * Bamako region's people are the state's.
 */
class HeldGroundTest {
    private static final int SEEDS = 8;
    /**
     * A change of the state's share this small is no gain: half a point of Mali's area, about eight
     * cells of the 0.25° grid (the fault this checks was a gain of five points).
     */
    private static final double FLAT = 0.005;
    /** People per km² below which a cell is empty (the desert north: under 1 per km²). */
    private static final double EMPTY_PER_KM2 = 0.5;
    /** Troops in a cell for a force to stand there. */
    private static final double STANDING = 1;
    /** Weeks since a force last stood in a cell for it to count as unvisited. */
    private static final int UNVISITED_WEEKS = 26;
    /** Distance from a held place beyond which its projection is negligible, km (decay 15 km, see the scenario). */
    private static final double FAR_KM = 75;
    private static final List<Ground> RUNS = new ArrayList<>();

    /**
     * One seed's means: the state's national area share in June 2021 and May–August 2022; JNIM's in
     * June 2021 and May–August 2023; Taoudenit's area share held by any side over 2022, and the
     * share of its area where a force stands; the area share held by any side of the empty,
     * unvisited cells of Taoudenit and Kidal far from any held place (2022–2026); the state's share
     * of the Bamako region's people 2021–2023.
     */
    record Ground(long seed, double state2021, double stateMid2022, double jnim2021, double jnimMid2023,
                  double taoudenitHeld2022, double taoudenitStood2022, double emptyHeld, double bamakoPeopleState,
                  double taoudenitUngoverned2022) {
    }

    @BeforeAll
    static void runSeeds() throws Exception {
        RUNS.addAll(Mali.seeds(SEEDS, s -> ground(s)));
    }

    private static Ground ground(long seed) {
        Geography map = Mali.map();
        SahelSim sim = new SahelSim(Mali.defaultScenario().scenario(), map, seed);
        double dominance = Mali.defaultScenario().scenario().control().dominance();
        int taoudenit = map.regionIndex("taoudenit");
        int kidal = map.regionIndex("kidal");
        int bamako = map.regionIndex("bamako");
        int state = Side.STATE.ordinal();
        int jnim = Side.JNIM.ordinal();
        int[] lastStood = new int[map.cellCount()];
        java.util.Arrays.fill(lastStood, -UNVISITED_WEEKS - 1);
        double[] sums = new double[16];
        double[] ungoverned = new double[1];
        sim.addObserver(new RunObserver() {
            @Override
            public void week(WeekRecord r, WorldState w) {
                LocalDate d = r.date();
                int y = d.getYear();
                int m = d.getMonthValue();
                for (int c = 0; c < w.cells; c++) {
                    double troops = 0;
                    for (int f = 0; f < Force.COUNT; f++) troops += w.presence[f][c];
                    if (troops >= STANDING) lastStood[c] = r.tick();
                }
                for (int q = 0; q < w.places.count(); q++) {
                    if (w.places.holder[q] != Places.NOBODY) lastStood[w.places.place(q).cell()] = r.tick();
                }
                if (y == 2021 && m == 6) {
                    sums[0] += r.territory()[state];
                    sums[1] += r.territory()[jnim];
                    sums[2]++;
                }
                if (y == 2022 && m >= 5 && m <= 8) {
                    sums[3] += r.territory()[state];
                    sums[4]++;
                }
                if (y == 2023 && m >= 5 && m <= 8) {
                    sums[5] += r.territory()[jnim];
                    sums[6]++;
                }
                if (y == 2022) {
                    double held = 0;
                    for (int s = 0; s < Side.COUNT; s++) held += r.regionTerritory()[taoudenit][s];
                    double stood = 0;
                    double area = 0;
                    for (int c = 0; c < w.cells; c++) {
                        if (map.region(c) != taoudenit) continue;
                        area += map.areaKm2(c);
                        if (lastStood[c] == r.tick()) stood += map.areaKm2(c);
                    }
                    sums[7] += held;
                    ungoverned[0] += r.regionTerritory()[taoudenit][Side.COUNT + 1];
                    sums[8] += stood / area;
                    sums[9]++;
                }
                if (y >= 2022) {
                    double held = 0;
                    double all = 0;
                    for (int c = 0; c < w.cells; c++) {
                        int reg = map.region(c);
                        if (reg != taoudenit && reg != kidal) continue;
                        if (map.population(c) / map.areaKm2(c) >= EMPTY_PER_KM2) continue;
                        if (r.tick() - lastStood[c] <= UNVISITED_WEEKS) continue;
                        if (nearHeldPlace(w, c)) continue;
                        all += map.areaKm2(c);
                        if (w.dominant(c, dominance) != null) held += map.areaKm2(c);
                    }
                    if (all > 0) {
                        sums[10] += held / all;
                        sums[11]++;
                    }
                }
                if (y <= 2023) {
                    sums[12] += r.regionPopulation()[bamako][state];
                    sums[13]++;
                }
            }
        });
        sim.runToEnd();
        return new Ground(seed, sums[0] / sums[2], sums[3] / sums[4], sums[1] / sums[2], sums[5] / sums[6],
                sums[7] / sums[9], sums[8] / sums[9], sums[11] > 0 ? sums[10] / sums[11] : 0, sums[12] / sums[13],
                ungoverned[0] / sums[9]);
    }

    private static boolean nearHeldPlace(WorldState w, int c) {
        Geography map = w.geo;
        for (int q = 0; q < w.places.count(); q++) {
            if (w.places.holder[q] == Places.NOBODY) continue;
            Place p = w.places.place(q);
            if (Earth.distanceKm(p.lon(), p.lat(), map.lon(c), map.lat(c)) <= FAR_KM) return true;
        }
        return false;
    }

    private static String table() {
        StringBuilder why = new StringBuilder();
        for (Ground g : RUNS) {
            why.append(String.format("%nseed %d: state Jun 2021 %.3f, May-Aug 2022 %.3f; JNIM Jun 2021 %.3f, May-Aug 2023 %.3f;"
                            + " Taoudenit held 2022 %.3f (forces stand on %.3f); empty unvisited north held %.3f; Bamako's people the state's %.3f; Taoudenit ungoverned 2022 %.3f",
                    g.seed(), g.state2021(), g.stateMid2022(), g.jnim2021(), g.jnimMid2023(), g.taoudenitHeld2022(),
                    g.taoudenitStood2022(), g.emptyHeld(), g.bamakoPeopleState(), g.taoudenitUngoverned2022()));
        }
        return why.toString();
    }

    @Test
    void theStateDoesNotGainGroundFromJune2021ToMid2022InMostSeeds() {
        long ok = RUNS.stream().filter(g -> g.stateMid2022() <= g.state2021() + FLAT).count();
        assertTrue(ok > SEEDS / 2, ok + " of " + SEEDS + " seeds" + table());
    }

    @Test
    void jnimDoesNotLoseAQuarterOfItsGroundFromJune2021ToMid2023InMostSeeds() {
        long ok = RUNS.stream().filter(g -> g.jnimMid2023() >= 0.75 * g.jnim2021()).count();
        assertTrue(ok > SEEDS / 2, ok + " of " + SEEDS + " seeds" + table());
    }

    @Test
    void taoudenitStaysMostlyNobodysUnlessForcesStandThere() {
        long ok = RUNS.stream().filter(g -> g.taoudenitHeld2022() <= 0.4 + g.taoudenitStood2022()).count();
        assertTrue(ok > SEEDS / 2, ok + " of " + SEEDS + " seeds" + table());
    }

    @Test
    void theEmptyNorthNoForceStandsInIsNobodys() {
        for (Ground g : RUNS) assertTrue(g.emptyHeld() <= 0.1, table());
    }

    /** Empty ground nobody holds is recorded as ungoverned, not contested. */
    @Test
    void taoudenitIsRecordedUngoverned() {
        for (Ground g : RUNS) {
            assertTrue(g.taoudenitUngoverned2022() > 0.5, table());
            assertTrue(g.taoudenitUngoverned2022() + g.taoudenitHeld2022() <= 1 + 1e-9, table());
        }
    }

    @Test
    void theBamakoRegionsPeopleAreTheStates() {
        for (Ground g : RUNS) assertTrue(g.bamakoPeopleState() >= 0.8, table());
    }
}
