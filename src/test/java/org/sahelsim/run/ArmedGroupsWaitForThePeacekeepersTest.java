package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * IS Sahel's and the separatists' own rules, seen in whole free runs: both wait for the UN
 * mission to go. The separatists break the Algiers truce only once its mandate has ended (its
 * peacekeepers were what the truce was worth), as in 2023 (mandate ended 30 June, the CMA at war
 * on 11 September); IS Sahel drives into Ménaka only once the peacekeepers no longer hold it. No
 * rule reads another's date: the order comes from the truce's worth and the region's garrisons
 * falling as the guarantors leave (ODD §7.11). The junta's consent to the mission is set at the
 * low end of its range, so that the mission ends in most of the few coarse seeds played.
 */
class ArmedGroupsWaitForThePeacekeepersTest {
    private static final int SEEDS = 5;
    private static final List<List<LoggedEvent>> LOGS = runs();

    private static List<List<LoggedEvent>> runs() {
        List<String> sets = new ArrayList<>(Mali.COARSE);
        sets.add("decisions=free");
        sets.add("strategy.un.threshold=0.8");
        var entry = ScenarioLibrary.standard().load("default", sets);
        List<List<LoggedEvent>> out = new ArrayList<>();
        for (long seed = 1; seed <= SEEDS; seed++) {
            SahelSim sim = new SahelSim(entry.scenario(), Mali.coarseMap(), seed);
            sim.runToEnd();
            out.add(sim.eventLog().events());
        }
        return out;
    }

    private static LocalDate first(List<LoggedEvent> log, String words) {
        return log.stream().filter(e -> e.type().equals("decision") && e.description().contains(words))
                .map(LoggedEvent::date).findFirst().orElse(null);
    }

    /** In every seed where the decision {@code words} is taken, the UN's mandate ended before it; and it is taken in at least two. */
    private static void comesAfterTheUn(String words) {
        int taken = 0;
        StringBuilder seen = new StringBuilder();
        for (int s = 0; s < SEEDS; s++) {
            LocalDate un = first(LOGS.get(s), "withdraws its consent");
            LocalDate d = first(LOGS.get(s), words);
            seen.append(String.format("seed %d: the UN's mandate ends %s; '%s' %s%n", s + 1, un, words, d));
            if (d == null) continue;
            taken++;
            assertTrue(un != null && d.isAfter(un), "before the peacekeepers left:\n" + seen);
        }
        assertTrue(taken >= 2, "taken in too few runs to say when:\n" + seen);
    }

    @Test
    void theSeparatistsBreakTheTruceOnlyAfterTheUnMissionsMandateEnds() {
        comesAfterTheUn("Separatists breaks its truce with State");
    }

    @Test
    void isSahelDrivesIntoMenakaOnlyAfterTheUnMissionsMandateEnds() {
        comesAfterTheUn("IS Sahel drives into Ménaka");
    }
}
