package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * No rule reads the calendar: a free run started a year later takes its decisions a year later.
 * Months are counted from the start and a free run fires no dated decision, so the same seed of
 * the same scenario with its period shifted by 52 weeks takes every decision in the same week
 * after its start: 52 weeks later by the calendar, not pinned to the original dates.
 */
class DecisionsFollowTheWorldTest {
    private static final int SEEDS = 4;

    @Test
    void shiftingTheStartByAYearShiftsEveryDecisionByAYear() throws Exception {
        Geography geo = Rasteriser.build(MaliAtlas.load(), 0.4);
        var base = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.4", "decisions=free"));
        var later = ScenarioLibrary.standard().load(shiftedByAYear(Path.of("scenarios", "default.yaml")).toString(),
                List.of("grid.cell_degrees=0.4", "decisions=free"));
        List<List<LoggedEvent>> a = decisions(base, geo);
        List<List<LoggedEvent>> b = decisions(later, geo);
        int compared = 0;
        for (int s = 0; s < SEEDS; s++) {
            assertEquals(a.get(s).size(), b.get(s).size(), "seed " + (s + 1) + ": the same decisions");
            for (int i = 0; i < a.get(s).size(); i++) {
                LoggedEvent x = a.get(s).get(i);
                LoggedEvent y = b.get(s).get(i);
                assertEquals(x.description(), y.description(), "seed " + (s + 1) + ": the same decision, for the same reasons");
                assertEquals(x.date().plusWeeks(52), y.date(), "seed " + (s + 1) + ": '" + x.description() + "' a year later");
                compared++;
            }
        }
        assertTrue(compared >= 5 * SEEDS, "enough decisions compared: " + compared);
    }

    /**
     * The scenario with every date in it, its period's and its events' (the shocks and markers a
     * free run still fires), 52 weeks later: the same world a year later.
     */
    static Path shiftedByAYear(Path scenario) throws Exception {
        Matcher m = Pattern.compile("\\b(\\d{4}-\\d{2}-\\d{2})\\b").matcher(Files.readString(scenario));
        StringBuilder text = new StringBuilder();
        while (m.find()) m.appendReplacement(text, LocalDate.parse(m.group(1)).plusWeeks(52).toString());
        m.appendTail(text);
        Path shifted = Files.createTempDirectory("shifted").resolve("default-a-year-later.yaml");
        Files.writeString(shifted, text);
        return shifted;
    }

    /** Each seed's decisions, in order. */
    private static List<List<LoggedEvent>> decisions(ScenarioLibrary.Entry entry, Geography geo) throws Exception {
        return Mali.seeds(SEEDS, seed -> {
            SahelSim sim = new SahelSim(entry.scenario(), geo, seed);
            sim.runToEnd();
            return sim.eventLog().events().stream().filter(e -> e.type().equals("decision")).toList();
        });
    }
}
