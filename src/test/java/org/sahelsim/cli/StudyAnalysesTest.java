package org.sahelsim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.scenario.ParameterCatalog;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.uncertainty.ShortScenario;

/** Sensitivity, calibration and scoring on a short scenario: what they find and what they write. */
class StudyAnalysesTest {

    static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) rows.add(line.split(",", -1));
        return rows;
    }

    @Test
    void morrisRanksTheParameterThatDrivesTheOutcomeFirst(@TempDir Path dir) throws IOException {
        String scenario = ShortScenario.in(dir).toString();
        Path out = StudyCommandsTest.resultFolder(MainTest.run("sensitivity", scenario, "--method", "morris", "--trajectories", "6", "--vary",
                "control.insurgent_troops_per_km2,forces.minusma.engagement,economy.soldier_usd_month", "--output",
                "territory_state_end,fatalities", "--out", dir.resolve("out").toString()));
        List<String[]> rows = csv(out.resolve("morris.csv"));
        assertEquals("output,parameter,mu,mu_star,mu_star_low95,mu_star_high95,sigma,rank", String.join(",", rows.get(0)));
        assertEquals(1 + 2 * 3, rows.size(), "three parameters for each of two outputs");
        // The density insurgents need to hold ground decides how much the state holds (rank correlation 0.9 in a 16-run ensemble).
        assertEquals("control.insurgent_troops_per_km2", rows.get(1)[1]);
        assertEquals("1", rows.get(1)[7]);
        for (String[] r : rows.subList(1, rows.size())) {
            double muStar = Double.parseDouble(r[3]);
            assertTrue(Double.parseDouble(r[4]) <= muStar + 1e-9 && muStar <= Double.parseDouble(r[5]) + 1e-9, "mu* inside its interval");
        }
        assertEquals(1 + 6 * 4, Files.readAllLines(out.resolve("points.csv")).size(), "6 trajectories of 4 runs");
        assertTrue(Files.size(out.resolve("sensitivity-territory_state_end.png")) > 10_000);
        assertTrue(Files.readString(out.resolve("report.html")).contains("Morris screening"));
    }

    @Test
    void sobolIndicesComeWithIntervals(@TempDir Path dir) throws IOException {
        String scenario = ShortScenario.in(dir).toString();
        Path out = StudyCommandsTest.resultFolder(MainTest.run("sensitivity", scenario, "--method", "sobol", "--samples", "6", "--vary",
                "control.insurgent_troops_per_km2,economy.soldier_usd_month", "--out", dir.resolve("out").toString()));
        List<String[]> rows = csv(out.resolve("sobol.csv"));
        assertEquals("output,parameter,first,first_ci95,total,total_ci95,rank", String.join(",", rows.get(0)));
        assertEquals(3, rows.size());
        assertEquals("control.insurgent_troops_per_km2", rows.get(1)[1], "the larger total-order index first");
        assertEquals(1 + 6 * (2 * 2 + 2), Files.readAllLines(out.resolve("points.csv")).size(), "N (2k + 2) runs");
        assertTrue(Files.exists(out.resolve("sobol-total-territory_state_end.png")) && Files.exists(out.resolve("sobol-first-territory_state_end.svg")));
    }

    static String targets(String scenario) {
        return """
                targets:
                  - id: state-holds-on
                    statement: "test: the state keeps at least 31% of the territory"
                    scenario: SCENARIO
                    use: calibration
                    series: territory_state
                    measure: last
                    window: [2021-12-27, 2021-12-27]
                    sense: at_least
                    value: 0.315
                    tolerance: 0.005
                    source: "'test', a test"
                  - id: some-violence
                    statement: "test: some violence"
                    scenario: SCENARIO
                    use: validation
                    series: violent_events
                    measure: sum
                    window: [2021-06-07, 2021-12-27]
                    sense: at_least
                    value: 1
                    tolerance: 1
                    source: "'test', a test"
                """.replace("SCENARIO", scenario);
    }

    @Test
    void calibrationAcceptsTheDrawsThatMeetTheTargetsAndWritesAScenarioThatLoads(@TempDir Path dir) throws IOException {
        String scenario = ShortScenario.in(dir).toString();
        Path targets = dir.resolve("targets.yaml");
        Files.writeString(targets, targets(scenario));
        String troops = "control.insurgent_troops_per_km2";
        Path out = StudyCommandsTest.resultFolder(MainTest.run("calibrate", scenario, targets.toString(), "--runs", "16", "--vary",
                troops + ",attitudes.hardship_base", "--out", dir.resolve("out").toString()));
        List<String[]> outcomes = csv(out.resolve("outcomes.csv"));
        int column = List.of(outcomes.get(0)).indexOf("target:state-holds-on");
        assertTrue(column > 0, "the target's number for every run");
        int holding = 0;
        for (String[] r : outcomes.subList(1, outcomes.size())) if (Double.parseDouble(r[column]) >= 0.31 - 1e-12) holding++;
        List<String[]> accepted = csv(out.resolve("accepted.csv"));
        assertEquals(holding, accepted.size() - 1, "accepted: exactly the runs meeting the calibration target");
        assertTrue(holding >= 2 && holding < 16, "a test that rejects some draws and accepts some: " + holding);
        // The state holds more where insurgents need more fighters to hold ground: the posterior moves up.
        List<String[]> posterior = csv(out.resolve("posterior.csv"));
        String[] row = posterior.stream().filter(r -> r[0].equals(troops)).findFirst().orElseThrow();
        double priorMid = (Double.parseDouble(row[1]) + Double.parseDouble(row[2])) / 2;
        assertTrue(Double.parseDouble(row[6]) > priorMid, "posterior median " + row[6] + " above the prior's middle " + priorMid);

        Path calibrated = out.resolve("short-calibrated.yaml");
        String text = Files.readString(calibrated);
        assertTrue(text.contains("extends: short") && text.contains("ABC rejection against") && text.contains("draws accepted"), text);
        Files.copy(calibrated, dir.resolve("short-calibrated.yaml"));
        ScenarioLibrary.Entry e = ScenarioLibrary.standard().load(dir.resolve("short-calibrated.yaml").toString(), List.of());
        ParameterCatalog.Parameter p = e.catalog().get(troops);
        assertTrue(p.range().low() >= 0.01 && p.range().high() <= 0.1, "within the prior: " + p);
        assertTrue(e.sources().get(troops).startsWith("Calibrated: posterior median"), e.sources().get(troops));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Validation targets are not used here"));
    }

    /** {@code score} of the test targets on the short scenario, back-tested against {@code export}, with {@code runs} runs. */
    static MainTest.Result score(Path dir, String export, int runs) throws IOException {
        String scenario = ShortScenario.in(dir).toString();
        Path targets = dir.resolve("targets.yaml");
        Files.writeString(targets, targets(scenario));
        Path acled = dir.resolve("acled.csv");
        Files.writeString(acled, export);
        return MainTest.run("score", targets.toString(), "--runs", Integer.toString(runs), "--acled", acled.toString(), "--acled-scenario",
                scenario, "--out", dir.resolve("out").toString());
    }

    @Test
    void scoreGivesEachTargetItsShareOfRunsAndBackTestsAnAcledExport(@TempDir Path dir) throws IOException {
        MainTest.Result r = score(dir, AcledFile.TEXT, 6);
        Path out = StudyCommandsTest.resultFolder(r);
        List<String[]> scores = csv(out.resolve("scores.csv"));
        assertEquals("some-violence", scores.get(2)[0]);
        assertEquals("1.000000", scores.get(2)[6], "every run has violence");
        assertTrue(r.out().contains("Overall: calibration"), r.out());
        List<String[]> backtest = csv(out.resolve("backtest.csv"));
        String[] mopti = backtest.stream().filter(x -> x[0].equals("mopti") && x[1].equals("events")).findFirst().orElseThrow();
        assertEquals(3.0, Double.parseDouble(mopti[3]), "three violent events in Mopti in the export");
        String[] killed = backtest.stream().filter(x -> x[0].equals("mali") && x[1].equals("fatalities")).findFirst().orElseThrow();
        assertEquals(AcledFile.FATALITIES_COUNTED, Double.parseDouble(killed[3]), 1e-9);
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Calibration targets") && html.contains("Validation targets") && html.contains("Back-test"));
        assertTrue(html.indexOf("Calibration targets") < html.indexOf("Validation targets"), "kept apart, in sections of their own");
    }

    @Test
    void aBadEventExportIsRefusedAtItsLineAndColumn(@TempDir Path dir) throws IOException {
        MainTest.Result r = score(dir, AcledFile.TEXT.replace(",4,,1700000000", ",four,,1700000000"), 2);
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("acled.csv:2:29: column 'fatalities': expected a number, found 'four'"), r.err());
        assertFalse(Files.exists(dir.resolve("out")), "nothing run, nothing written");
    }
}
