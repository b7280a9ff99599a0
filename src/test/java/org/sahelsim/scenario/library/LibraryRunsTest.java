package org.sahelsim.scenario.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelsim.model.Force;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * Every scenario of the library runs to its end with the default seed, and each does what it
 * says it does: the check is the scenario's own claim (France still there, the Russians gone, a
 * coup logged...), compared with the default run where the claim is relative. Runs are kept in
 * memory (nothing is written), run once for the class, and shared between its tests; the map is
 * built once per grid resolution.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LibraryRunsTest {
    static final long SEED = 1;

    private final Map<Double, Geography> maps = new HashMap<>();
    private final Map<String, ScenarioRun> runs = new ConcurrentHashMap<>();
    /** The most cells off-limits to the state in any week of each run (a neighbour's no-go band lapses). */
    private final Map<String, Integer> mostNoGoCells = new ConcurrentHashMap<>();

    /**
     * Runs the whole library up front, in parallel: a run shares nothing with another but the
     * read-only map, so this gives the same runs as one at a time, in less time.
     */
    @BeforeAll
    void runTheLibrary() throws IOException {
        Map<String, ScenarioLibrary.Entry> entries = new HashMap<>();
        for (String id : ids().toList()) {
            ScenarioLibrary.Entry entry = LibraryFilesTest.load(id);
            entries.put(id, entry);
            maps.computeIfAbsent(entry.scenario().grid().cellDegrees(), d -> ScenarioRun.geographyFor(entry));
        }
        entries.entrySet().parallelStream().forEach(e -> runs.put(e.getKey(),
                new ScenarioRun(e.getValue(), SEED, maps.get(e.getValue().scenario().grid().cellDegrees()))
                        .simulate((record, world) -> mostNoGoCells.merge(e.getKey(), noGoCells(world), Math::max))));
    }

    static Stream<String> ids() throws IOException {
        return LibraryFilesTest.ids();
    }

    private ScenarioRun run(String id) {
        ScenarioRun run = runs.get(id);
        if (run == null) throw new AssertionError("no scenario '" + id + "' in the library");
        return run;
    }

    private static WeekRecord last(ScenarioRun run) {
        List<WeekRecord> weeks = run.weeks();
        return weeks.get(weeks.size() - 1);
    }

    private static double troops(WeekRecord week, Force force) {
        return week.troops()[force.ordinal()];
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ids")
    void runsToTheEndOfItsPeriod(String id) {
        ScenarioRun run = run(id);
        var period = run.sim().scenario().period();
        List<WeekRecord> weeks = run.weeks();
        assertTrue(run.sim().isFinished(), id + " finished");
        assertEquals((int) ChronoUnit.WEEKS.between(period.start(), period.end()) + 1, weeks.size(), "one record a week");
        assertEquals(period.start(), weeks.get(0).date());
        LocalDate end = last(run).date();
        assertTrue(!end.isAfter(period.end()) && end.plusWeeks(1).isAfter(period.end()), id + " ends in its last week: " + end);
        for (WeekRecord w : weeks) {
            double sum = 0;
            for (double share : w.territory()) {
                assertTrue(share >= -1e-9 && share <= 1 + 1e-9, id + ": a territory share out of [0, 1] on " + w.date());
                sum += share;
            }
            assertEquals(1.0, sum, 1e-6, id + ": territory shares sum to 1 on " + w.date());
            assertTrue(Double.isFinite(w.fuelPriceBamako()) && w.fuelStockBamakoDays() >= 0, id + ": fuel on " + w.date());
        }
        long scenarioEvents = run.events().stream().filter(e -> e.type().equals("scenario")).count();
        long coups = run.sim().scenario().eventsOrEmpty().stream().filter(e -> e.type().name().equals("COUP")).count();
        // In a free run the dated decisions are the record the run is compared with: they do not fire.
        boolean free = run.sim().scenario().decisions() == org.sahelsim.model.params.DecisionMode.FREE;
        long record = free ? run.sim().scenario().eventsOrEmpty().stream().filter(e -> e.type().isDecision() && !e.type().name().equals("COUP")).count() : 0;
        assertEquals(run.sim().scenario().eventsOrEmpty().size() - coups - record, scenarioEvents,
                id + ": every dated event but the coups (and, in a free run, the decisions) is logged as 'scenario' (coups log as 'coup')");
    }

    @Test
    void franceStaysKeepsFranceToTheEndAndTheDefaultDoesNot() {
        assertTrue(troops(last(run("france-stays")), Force.FRANCE) > 1500, "France still in Mali at the end of france-stays");
        assertEquals(0, troops(last(run("default")), Force.FRANCE), 1e-6, "France gone at the end of default");
    }

    @Test
    void russiaLeavesEndsWithoutRussiansAndWithTheAes() {
        ScenarioRun run = run("russia-leaves");
        assertEquals(0, troops(last(run), Force.RUSSIA), 1e-6, "no Russian troops at the end");
        WeekRecord sep2025 = weekOf(run, LocalDate.of(2025, 9, 1));
        assertEquals(0, troops(sep2025, Force.RUSSIA), 1e-6, "gone within the eight weeks after 6 Jun 2025");
        assertTrue(troops(last(run), Force.AES) > 1000, "the AES force in Mali");
        assertTrue(troops(last(run("default")), Force.RUSSIA) > 1000, "the default keeps Russians to the end");
    }

    @Test
    void coupTalksHasACoupAndTheRussiansLeave() {
        ScenarioRun run = run("coup-talks");
        List<LoggedEvent> coups = run.events().stream().filter(e -> e.type().equals("coup")).toList();
        assertTrue(coups.size() >= 1, "at least one coup");
        assertTrue(run.events().stream().anyMatch(e -> e.type().equals("contract") && e.description().contains("ends the Russian contract")),
                "the new junta ends the Russian contract");
        assertEquals(0, troops(last(run), Force.RUSSIA), 1e-6, "no Russian troops at the end");
    }

    @Test
    void historyStartsIn2012WithoutForeignForcesAndEndsWithFranceAndMinusma() {
        ScenarioRun run = run("history-2012");
        WeekRecord first = run.weeks().get(0);
        assertEquals(2012, first.date().getYear());
        for (Force f : List.of(Force.RUSSIA, Force.FRANCE, Force.MINUSMA, Force.EU)) assertEquals(0, troops(first, f), 1e-6, f + " at the start");
        WeekRecord end = last(run);
        assertTrue(troops(end, Force.FRANCE) > 2000, "Barkhane and Takuba in 2021");
        assertTrue(troops(end, Force.MINUSMA) > 10000, "MINUSMA in 2021");
        assertEquals(0, troops(end, Force.RUSSIA), 1e-6, "no Russians before December 2021");
        assertEquals(3, run.events().stream().filter(e -> e.type().equals("coup") && e.date().getYear() < 2022)
                .map(LoggedEvent::date).distinct().count(), "the coups of 2012, 2020 and 2021 (and no other)");
    }

    @Test
    void usEngagesRaisesFamasMultipliers() {
        var w = run("us-engages").sim().world();
        var d = run("default").sim().world();
        assertTrue(w.isr[Force.FAMA.ordinal()] > d.isr[Force.FAMA.ordinal()], "more ISR for FAMa than in default");
        assertTrue(w.airPower[Force.FAMA.ordinal()] > d.airPower[Force.FAMA.ordinal()], "more air power for FAMa than in default");
    }

    @Test
    void algeriaPressureFencesOffMoreGroundThanTheDefault() {
        // Measured at the deepest: Algeria's bands lapse once the state has kept away for some months.
        assertTrue(mostNoGoCells.get("algeria-pressure") > mostNoGoCells.get("default"),
                "a deeper no-go zone than the default's 60 km: " + mostNoGoCells);
        assertTrue(mostNoGoCells.get("default") > 0, "the default's band stood for a while");
    }

    @Test
    void totalBlockadeLosesMoreTankersAndEscorts() {
        ScenarioRun total = run("total-blockade");
        ScenarioRun base = run("default");
        // A tenth more at least: the default's own blockade has cost more tankers since JNIM holds
        // more of the roads' countryside (its administration, ODD 7.3), which narrowed the gap from
        // about 1.6 to about 1.4 on the default seed; since JNIM's war chest pays for governing its
        // ground JNIM is smaller from 2025, and the total blockade, which leans on its fighters on
        // the roads from the first week, loses 34,253 tankers against 39,738 while the default's
        // loses about as many as before (29,997 against 29,043): about 1.14.
        assertTrue(tankersLost(total) > 1.1 * tankersLost(base), "more tankers lost than in the default: "
                + tankersLost(total) + " vs " + tankersLost(base));
        LocalDate from = LocalDate.of(2025, 9, 8);
        double stockTotal = total.weeks().stream().filter(w -> !w.date().isBefore(from)).mapToDouble(w -> w.fuelStockBamakoDays()).average().orElseThrow();
        double stockBase = base.weeks().stream().filter(w -> !w.date().isBefore(from)).mapToDouble(w -> w.fuelStockBamakoDays()).average().orElseThrow();
        // Below four-fifths: 0.69 of the default's before JNIM's war chest (7.3 days against 10.6),
        // 0.76 since (8.1 against 10.6), a smaller JNIM holding the roads less hard.
        assertTrue(stockTotal < 0.8 * stockBase, "Bamako's mean stock under the total blockade (" + stockTotal
                + " days) well below the default's (" + stockBase + ")");
        assertTrue(total.events().stream().anyMatch(e -> e.type().equals("decision") && e.description().contains("puts army escorts on fuel convoys")),
                "the junta escorts its convoys");
    }

    @Test
    void ecowasSanctionsEmptyBamakosStockBelowTheDefault() {
        LocalDate from = LocalDate.of(2026, 1, 12);
        LocalDate to = LocalDate.of(2026, 7, 6);
        double sanctioned = minStock(run("ecowas-sanctions"), from, to);
        double baseline = minStock(run("default"), from, to);
        assertTrue(sanctioned < baseline / 2, "Bamako's lowest stock under the sanctions (" + sanctioned
                + " days) is less than half the default's (" + baseline + ")");
    }

    @Test
    void aesJointForceDeploysIn2025() {
        ScenarioRun run = run("aes-joint-force");
        assertEquals(0, troops(weekOf(run, LocalDate.of(2025, 2, 24)), Force.AES), 1e-6, "none before March 2025");
        assertTrue(troops(weekOf(run, LocalDate.of(2025, 7, 7)), Force.AES) > 2000, "deployed by July 2025");
    }

    private static WeekRecord weekOf(ScenarioRun run, LocalDate date) {
        return run.weeks().stream().filter(w -> !w.date().isAfter(date) && w.date().plusWeeks(1).isAfter(date)).findFirst()
                .orElseThrow(() -> new AssertionError("no week holds " + date));
    }

    private static double minStock(ScenarioRun run, LocalDate from, LocalDate to) {
        return run.weeks().stream().filter(w -> !w.date().isBefore(from) && w.date().isBefore(to))
                .mapToDouble(WeekRecord::fuelStockBamakoDays).min().orElseThrow();
    }

    private static int noGoCells(org.sahelsim.model.WorldState world) {
        int n = 0;
        for (boolean ok : world.stateMayOperate) if (!ok) n++;
        return n;
    }

    private static final Pattern LOST = Pattern.compile("(\\d+) tankers lost");

    /** Tankers lost in ambushes, summed from the event log. */
    private static long tankersLost(ScenarioRun run) {
        long lost = 0;
        for (LoggedEvent e : run.events()) {
            if (!e.type().equals("convoy_ambushed")) continue;
            Matcher m = LOST.matcher(e.description());
            if (m.find()) lost += Long.parseLong(m.group(1));
        }
        return lost;
    }
}
