package org.sahelsim.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.scenario.ScenarioLibrary;

/** The targets format: what a target measures, when it holds, and mistakes refused at their line and column. */
class TargetsTest {
    static final ScenarioLibrary LIBRARY = ScenarioLibrary.standard();

    static final String GOOD = """
            targets:
              - id: violence-up
                statement: "Violence up about 30% in six months"
                scenario: default
                use: calibration
                series: violent_events
                measure: mean
                window: [2022-04-25, 2022-10-23]
                relative_to: [2021-10-25, 2022-04-24]
                sense: about
                value: 1.3
                tolerance: 0.15
                source: "test"
              - id: few-civilians
                statement: "At least 924 civilians killed in 2024"
                scenario: default
                use: validation
                series: civilian_fatalities
                measure: sum
                window: [2024-01-01, 2024-12-31]
                sense: at_least
                value: 924
                tolerance: 92
                source: "test"
                note: "a lower bound"
            """;

    /** A run of {@code weeks} weeks from 2021-06-07 whose series {@code key} is {@code f(week)} and the others 0. */
    static RunSeries series(int weeks, String key, java.util.function.IntToDoubleFunction f) {
        List<LocalDate> dates = new ArrayList<>();
        for (int t = 0; t < weeks; t++) dates.add(LocalDate.of(2021, 6, 7).plusWeeks(t));
        double[][] v = new double[RunSeries.keys().size()][weeks];
        for (int t = 0; t < weeks; t++) v[RunSeries.indexOf(key)][t] = f.applyAsDouble(t);
        return new RunSeries(dates, v, 0, null, null);
    }

    @Test
    void aTargetMeasuresItsWindowAndHoldsWithinItsTolerance() {
        Targets t = Targets.parse("targets.yaml", GOOD, LIBRARY);
        assertEquals(2, t.targets().size());
        Targets.Target up = t.targets().get(0);
        // 10 events a week before 2022-04-25, 13 after: a ratio of 1.3.
        RunSeries s = series(291, "violent_events", w -> LocalDate.of(2021, 6, 7).plusWeeks(w).isBefore(LocalDate.of(2022, 4, 25)) ? 10 : 13);
        assertEquals(1.3, up.measure(s), 1e-12);
        assertTrue(up.holds(1.3) && up.holds(1.45) && up.holds(1.15) && !up.holds(1.46) && !up.holds(1.14));
        assertEquals(1.0, up.distance(1.45), 1e-12);
        Targets.Target civ = t.targets().get(1);
        RunSeries c = series(291, "civilian_fatalities", w -> 20);
        // The weeks containing 2024-01-01 to 2024-12-31: from the week of Monday 2024-01-01 to that of Monday 2024-12-30, 53 weeks.
        assertEquals(53 * 20, civ.measure(c), 1e-9);
        assertTrue(civ.holds(832) && !civ.holds(831.9) && civ.holds(5000), "at least 924, less 92");
        assertEquals(0, civ.distance(5000), 0);
        assertEquals("about 1.3 (± 0.15)", up.condition());
    }

    @Test
    void measuresOfAWindow() {
        String one = GOOD.substring(0, GOOD.indexOf("  - id: few-civilians"));
        RunSeries s = series(60, "territory_state", w -> w);
        for (String[] m : new String[][] {{"mean", "11"}, {"sum", "55"}, {"min", "9"}, {"max", "13"}, {"last", "13"}}) {
            String text = one.replace("measure: mean", "measure: " + m[0]).replace("window: [2022-04-25, 2022-10-23]", "window: [2021-08-09, 2021-09-06]")
                    .replace("    relative_to: [2021-10-25, 2022-04-24]\n", "").replace("series: violent_events", "series: territory_state");
            Targets.Target t = Targets.parse("t.yaml", text, LIBRARY).targets().get(0);
            assertEquals(Double.parseDouble(m[1]), t.measure(s), 1e-12, m[0] + " of weeks 9 to 13");
        }
    }

    @Test
    void mistakesAreRefusedAtTheirLineAndColumn() {
        Targets.Invalid series = assertThrows(Targets.Invalid.class, () -> Targets.parse("t.yaml", GOOD.replace("series: violent_events",
                "series: violence"), LIBRARY));
        assertTrue(series.getMessage().contains("t.yaml:6:5: targets[0].series: found 'violence', expected one of:"), series.getMessage());
        Targets.Invalid scenario = assertThrows(Targets.Invalid.class, () -> Targets.parse("t.yaml", GOOD.replace("scenario: default\n    use: validation",
                "scenario: defualt\n    use: validation"), LIBRARY));
        assertTrue(scenario.getMessage().contains("t.yaml:16:15: targets[1].scenario: found 'defualt', expected a scenario of the library"),
                scenario.getMessage());
        Targets.Invalid window = assertThrows(Targets.Invalid.class, () -> Targets.parse("t.yaml", GOOD.replace("window: [2024-01-01, 2024-12-31]",
                "window: [2024-01-01, 2027-12-31]"), LIBRARY));
        assertTrue(window.getMessage().contains("t.yaml:20:13: targets[1].window: found 2024-01-01 to 2027-12-31, expected windows within default's"
                + " period, 2021-06-07 to 2026-12-28"), window.getMessage());
        Targets.Invalid use = assertThrows(Targets.Invalid.class, () -> Targets.parse("t.yaml", GOOD.replace("use: calibration", "use: calibrate"), LIBRARY));
        assertTrue(use.getMessage().contains("targets[0].use: found 'calibrate', expected one of: calibration, validation"), use.getMessage());
        Targets.Invalid twice = assertThrows(Targets.Invalid.class, () -> Targets.parse("t.yaml", GOOD.replace("id: few-civilians", "id: violence-up"),
                LIBRARY));
        assertTrue(twice.getMessage().contains("targets[1].id: found 'violence-up' a second time"), twice.getMessage());
        Targets.Invalid tolerance = assertThrows(Targets.Invalid.class, () -> Targets.parse("t.yaml", GOOD.replace("tolerance: 0.15", "tolerance: 0"),
                LIBRARY));
        assertTrue(tolerance.getMessage().contains("targets[0].tolerance: found 0.0, expected a tolerance above 0"), tolerance.getMessage());
        assertFalse(tolerance.getMessage().contains("Exception"));
    }

    @Test
    void theShippedTargetsReadAndKeepCalibrationAndValidationApart() throws Exception {
        Targets t = Targets.read(java.nio.file.Path.of("validation", "targets.yaml"), LIBRARY);
        long calibration = t.targets().stream().filter(x -> x.use() == Targets.Use.CALIBRATION).count();
        long validation = t.targets().stream().filter(x -> x.use() == Targets.Use.VALIDATION).count();
        assertTrue(calibration >= 3 && validation >= 3, calibration + " calibration and " + validation + " validation targets");
        for (Targets.Target x : t.targets()) {
            assertTrue(x.source().contains("'") || x.source().contains("\""), x.id() + " quotes its source");
            assertTrue(x.source().matches(".*(Atalayar|Atlantic Council|TRT World|Russian troops in Mali targeted by Al-Qaeda threats|Wagner).*"),
                    x.id() + " cites an article by title or outlet: " + x.source());
        }
    }
}
