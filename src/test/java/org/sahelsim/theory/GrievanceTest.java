package org.sahelsim.theory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Epstein's grievance G = H(1 − L): its closed form and the properties both models rely on. */
class GrievanceTest {

    @ParameterizedTest
    @CsvSource({
        // hardship, legitimacy, grievance
        "0.0, 0.0, 0.0",
        "1.0, 0.0, 1.0",
        "1.0, 1.0, 0.0",
        "0.5, 0.5, 0.25",
        "0.8, 0.82, 0.144",  // the paper's Run 2 legitimacy
        "1.0, 0.9, 0.1",     // runs 3 and 4 before the drop: at most the threshold T = 0.1
    })
    void isHardshipTimesIllegitimacy(double h, double l, double g) {
        assertEquals(g, Grievance.of(h, l), 1e-12);
    }

    @Test
    void staysAShareRisesWithHardshipAndFallsWithLegitimacy() {
        for (int i = 0; i <= 20; i++) {
            double h = i / 20.0;
            for (int j = 0; j <= 20; j++) {
                double l = j / 20.0;
                double g = Grievance.of(h, l);
                assertTrue(g >= 0 && g <= 1, "G(" + h + ", " + l + ") = " + g);
                assertTrue(g <= h, "grievance never exceeds hardship");
                if (i > 0) assertTrue(g >= Grievance.of(h - 0.05, l), "rises with hardship");
                if (j > 0) assertTrue(g <= Grievance.of(h, l - 0.05), "falls with legitimacy");
            }
        }
    }

    @Test
    void isTheExpressionTheMaliModelUsedBitForBit() {
        // Attitudes computed h * (1 - legitimacy) inline before it called this function: the
        // same floating-point operations in the same order, so the Mali runs stay byte-identical.
        java.util.SplittableRandom r = new java.util.SplittableRandom(7);
        for (int i = 0; i < 10_000; i++) {
            double h = r.nextDouble();
            double l = r.nextDouble();
            assertEquals(Double.doubleToRawLongBits(h * (1 - l)), Double.doubleToRawLongBits(Grievance.of(h, l)));
        }
    }
}
