package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Earth;
import org.sahelsim.model.world.Place;
import org.sahelsim.model.world.PlaceKind;

/**
 * How the default run ends (history mode, 0.25°, seeds 1–8), against what the articles report of
 * late 2025: a JNIM that strangles the capital rather than storms it, a state left with "little
 * beyond the main city and a handful of gold mines" but still holding it, and a fuel price of
 * 2,000–3,000 CFA a litre under the blockade.
 *
 * <ul>
 *   <li>The state holds Bamako at the end of 2026 in at least six of eight seeds: no article
 *       reports the capital lost; JNIM "blockades" and seeks "economic suffocation" (Atalayar). An
 *       untuned check (docs/ODD.md §8.3).</li>
 *   <li>The state's share of the territory at the end of 2026 is at least {@value #FLOOR} in at
 *       least six of eight seeds. The floor was set from the articles before any run of the
 *       mechanisms it checks: "little beyond the main city and a handful of gold mines" (The
 *       Insider, in the press review "Russian troops in Mali targeted by Al-Qaeda threats") is read
 *       by the validation target {@code little-beyond-the-capital-late-2025} as about 5% in late
 *       2025; no article reports a further collapse (Atalayar: France "presenting a much more
 *       negative image of the situation in Mali than is actually the case"), so the floor leaves
 *       2026 two-fifths of that to lose and no more. Not an untuned check: the cost of governing
 *       ({@code attitudes.governing_usd_per_km2_month}) was chosen with this test's result in
 *       view as well as JNIM's strength in 2025 (§8.2).</li>
 *   <li>Bamako's price at the blockade's height, its mean over the blockade's second and third
 *       months (weeks 5 to 12 after it is declared), is within 2,000–3,000 CFA/L in at least six
 *       of eight seeds: a litre "sold at the pump for 725 CFA francs ... is resold on the black
 *       market for 2,000 CFA francs" in Bamako two months into the blockade (AFP, 11 Nov 2025),
 *       "environ 2500-3000 Francs CFA le litre" in a region (Mali news-pravda, 24 Sep 2025). The
 *       reports describe weeks of dry stations, not a day's spike, so the test reads a two-month
 *       mean: a week's peak nears the informal price (4.5 times the normal price) in almost every seed
 *       and would say nothing. A calibration target (§8.2).</li>
 *   <li>In late 2025 (November and December, the window of the validation target
 *       {@code little-beyond-the-capital-late-2025}), at least {@value #AT_PLACES} of the cells the
 *       state dominates lie within {@value #NEAR_KM} km of a place it holds (its own cell and the
 *       ring about it, at 0.25°), in every seed: the state's ground by then is its garrisoned towns,
 *       camps and mines and what they project, not the countryside. Read with the validation target:
 *       "little beyond the main city and a handful of gold mines" is the ground of the places the
 *       state still holds, and the share of Mali's area it shows depends on the cells those places
 *       dominate (docs/ODD.md §8.3). An untuned check, set after looking at the runs of the version
 *       before it (0.91–1.00 of the state's cells, 10 seeds).</li>
 * </ul>
 */
class EndgameTest {
    private static final int SEEDS = 8;
    private static final int MOST = 6;
    private static final double FLOOR = 0.03;
    private static final double AT_PLACES = 0.9;
    private static final double NEAR_KM = 75;
    private static final java.time.LocalDate LATE_2025 = java.time.LocalDate.of(2025, 11, 3);
    private static final java.time.LocalDate END_2025 = java.time.LocalDate.of(2025, 12, 28);
    private static final List<End> RUNS = new ArrayList<>();

    /**
     * One seed's end: the state's share, who holds the capital, Bamako's price at the blockade's
     * height, JNIM's fighters; and in late 2025 the state's shares of area and people and the
     * share of its cells near a place it holds (means over the weeks).
     */
    record End(long seed, double stateShare, String capitalHolder, double priceHeight, double jnimFighters,
               double stateLate2025, double peopleLate2025, double atPlacesLate2025) {
    }

    @BeforeAll
    static void runEightSeeds() throws Exception {
        RUNS.addAll(Mali.seeds(SEEDS, s -> end(s)));
    }

    private static End end(long seed) {
        SahelSim sim = new SahelSim(Mali.defaultScenario().scenario(), Mali.map(), seed);
        // The blockade's first week, and the sum and count of Bamako's weekly prices in its weeks 5 to 12.
        int[] declared = {-1};
        double[] height = new double[2];
        double[] state = {0};
        double[] jnim = {0};
        String[] holder = {"?"};
        // Sums over the weeks of late 2025: the state's area share, its people share, the share of its cells near its places, and the weeks.
        double[] late = new double[4];
        double dominance = Mali.defaultScenario().scenario().control().dominance();
        sim.addObserver(new RunObserver() {
            @Override
            public void week(WeekRecord r, WorldState w) {
                if (!r.date().isBefore(LATE_2025) && !r.date().isAfter(END_2025)) {
                    late[0] += r.territory()[Side.STATE.ordinal()];
                    late[1] += r.population()[Side.STATE.ordinal()];
                    late[2] += atPlaces(w, dominance);
                    late[3]++;
                }
                if (w.blockade.active() && declared[0] < 0) declared[0] = r.tick();
                int since = declared[0] < 0 ? -1 : r.tick() - declared[0];
                if (since >= 4 && since < 12) {
                    height[0] += r.fuelPriceBamako();
                    height[1]++;
                }
                state[0] = r.territory()[Side.STATE.ordinal()];
                jnim[0] = r.troops()[org.sahelsim.model.Force.JNIM.ordinal()];
                for (int q = 0; q < w.places.count(); q++) {
                    if (w.places.place(q).kind() != PlaceKind.CAPITAL) continue;
                    Side h = w.places.holderSide(q);
                    holder[0] = h == null ? "nobody" : h.key();
                }
            }
        });
        sim.runToEnd();
        return new End(seed, state[0], holder[0], height[1] > 0 ? height[0] / height[1] : 0, jnim[0],
                late[0] / late[3], late[1] / late[3], late[2] / late[3]);
    }

    /** The share of the cells the state dominates that lie within {@link #NEAR_KM} of a place it holds (1 when it dominates none). */
    private static double atPlaces(WorldState w, double dominance) {
        int dominated = 0;
        int near = 0;
        for (int c = 0; c < w.cells; c++) {
            if (w.dominant(c, dominance) != Side.STATE) continue;
            dominated++;
            for (int q = 0; q < w.places.count(); q++) {
                if (w.places.holderSide(q) != Side.STATE) continue;
                Place p = w.places.place(q);
                if (Earth.distanceKm(p.lon(), p.lat(), w.geo.lon(c), w.geo.lat(c)) <= NEAR_KM) {
                    near++;
                    break;
                }
            }
        }
        return dominated > 0 ? (double) near / dominated : 1;
    }

    private static String table() {
        StringBuilder why = new StringBuilder();
        for (End e : RUNS) {
            why.append(String.format("%nseed %d: state's share at the end %.3f, Bamako held by %s, price in the blockade's 2nd-3rd months %.0f CFA/L, JNIM %.0f fighters;"
                            + " late 2025: state's area %.3f, people %.3f, its cells near its places %.3f",
                    e.seed(), e.stateShare(), e.capitalHolder(), e.priceHeight(), e.jnimFighters(),
                    e.stateLate2025(), e.peopleLate2025(), e.atPlacesLate2025()));
        }
        return why.toString();
    }

    @Test
    void theStateHoldsBamakoAtTheEndOf2026InMostSeeds() {
        long ok = RUNS.stream().filter(e -> e.capitalHolder().equals(Side.STATE.key())).count();
        assertTrue(ok >= MOST, ok + " of " + SEEDS + " seeds" + table());
    }

    @Test
    void theStateKeepsMoreThanTheFloorAtTheEndOf2026InMostSeeds() {
        long ok = RUNS.stream().filter(e -> e.stateShare() >= FLOOR).count();
        assertTrue(ok >= MOST, ok + " of " + SEEDS + " seeds" + table());
    }

    @Test
    void inLate2025TheStatesGroundIsTheGroundOfThePlacesItHolds() {
        long ok = RUNS.stream().filter(e -> e.atPlacesLate2025() >= AT_PLACES).count();
        assertTrue(ok == SEEDS, ok + " of " + SEEDS + " seeds" + table());
    }

    @Test
    void bamakosPriceAtTheBlockadesHeightIsWithinTheReportedRangeInMostSeeds() {
        long ok = RUNS.stream().filter(e -> e.priceHeight() >= 2000 && e.priceHeight() <= 3000).count();
        assertTrue(ok >= MOST, ok + " of " + SEEDS + " seeds" + table());
    }
}
