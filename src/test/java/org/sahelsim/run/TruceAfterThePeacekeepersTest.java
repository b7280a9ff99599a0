package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.observe.LoggedEvent;

/**
 * The separatists' own rule, seen in whole free runs: they break the Algiers truce only once the
 * UN mission's mandate has ended (its peacekeepers were what the truce was worth), never before,
 * as in 2023 (mandate ended 30 June, the CMA at war on 11 September). No rule reads the other's
 * date: the order comes from the truce's worth falling as the guarantors leave (ODD §7.11).
 */
class TruceAfterThePeacekeepersTest {
    private static final int SEEDS = 5;

    private static LocalDate first(List<LoggedEvent> log, String words) {
        return log.stream().filter(e -> e.type().equals("decision") && e.description().contains(words))
                .map(LoggedEvent::date).findFirst().orElse(null);
    }

    @Test
    void theSeparatistsBreakTheTruceOnlyAfterTheUnMissionsMandateEnds() {
        List<String> sets = new ArrayList<>(Mali.COARSE);
        sets.add("decisions=free");
        var entry = org.sahelsim.scenario.ScenarioLibrary.standard().load("default", sets);
        int breaks = 0;
        StringBuilder seen = new StringBuilder();
        for (long seed = 1; seed <= SEEDS; seed++) {
            SahelSim sim = new SahelSim(entry.scenario(), Mali.coarseMap(), seed);
            sim.runToEnd();
            List<LoggedEvent> log = sim.eventLog().events();
            LocalDate un = first(log, "withdraws its consent");
            LocalDate broke = first(log, "Separatists breaks its truce with State");
            seen.append(String.format("seed %d: UN mandate ends %s, the separatists break the truce %s%n", seed, un, broke));
            if (broke == null) continue;
            breaks++;
            assertTrue(un != null && broke.isAfter(un), "the truce broken before the peacekeepers left:\n" + seen);
        }
        assertTrue(breaks >= 2, "the separatists break the truce in too few runs to say when:\n" + seen);
    }
}
