package org.sahelsim.classic.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The paper's formulas in closed form: the arrest estimate, the ratio rules, scripted changes. */
class RulesTest {

    private static Citizens citizens(ArrestRatio rule) {
        return new Citizens(0.7, 7, 0.1, 2.3, rule, true, "test");
    }

    @Test
    void kMakesOneCopAgainstOneActiveAboutNinetyPercent() {
        // The paper: k is set so that P is about 0.9 when C = 1 and A = 1.
        assertEquals(1 - Math.exp(-2.3), Citizen.arrestProbability(citizens(ArrestRatio.EXACT), 1, 1), 1e-15);
        assertEquals(0.9, Citizen.arrestProbability(citizens(ArrestRatio.ROUND), 1, 1), 0.001);
        for (ArrestRatio r : ArrestRatio.values()) {
            assertEquals(0, Citizen.arrestProbability(citizens(r), 0, 1), "no cop in sight, no risk (" + r + ")");
        }
    }

    @ParameterizedTest
    @CsvSource({
        // cops, actives, exact ratio, floor, round (halves to even)
        "6, 12, 0.5, 0, 0",
        "6, 13, 0.4615384615384615, 0, 0",
        "6, 11, 0.5454545454545454, 0, 1",
        "3, 2, 1.5, 1, 2",
        "5, 2, 2.5, 2, 2",
        "6, 6, 1.0, 1, 1",
        "6, 5, 1.2, 1, 1",
    })
    void theRatioRules(int cops, int actives, double exact, double floor, double round) {
        double ratio = cops / (double) actives;
        assertEquals(exact, ArrestRatio.EXACT.apply(ratio), 1e-15);
        assertEquals(floor, ArrestRatio.FLOOR.apply(ratio));
        assertEquals(round, ArrestRatio.ROUND.apply(ratio));
        assertEquals(1 - Math.exp(-2.3 * round), Citizen.arrestProbability(citizens(ArrestRatio.ROUND), cops, actives), 1e-15);
    }

    @Test
    void aChangeMovesItsLeverInEqualStepsAndEndsExactlyOnItsTarget() {
        Change ramp = new Change(Lever.LEGITIMACY, 77, 70, 0.2, "test");
        assertEquals(146, ramp.end());
        assertEquals(0.89, ramp.valueAt(77, 0.9), 1e-12);
        assertEquals(0.9 - 0.01 * 35, ramp.valueAt(111, 0.9), 1e-12);
        assertEquals(0.2, ramp.valueAt(146, 0.9), 0.0, "exactly the target at the last tick");
        Change jump = new Change(Lever.LEGITIMACY, 77, 1, 0.7, "test");
        assertEquals(0.7, jump.valueAt(77, 0.9), 0.0);
        assertEquals(List.of(false, true, false), List.of(jump.covers(76), jump.covers(77), jump.covers(78)));
    }
}
