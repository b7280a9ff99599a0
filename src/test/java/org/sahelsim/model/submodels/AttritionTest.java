package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The closed forms in {@link Attrition} against their invariants and against a fine numerical
 * integration of the differential equations they claim to solve.
 */
class AttritionTest {
    private static final int CASES = 200;

    /** A battle: the two sides' numbers, their fire coefficients and its length in days. */
    record Battle(double x0, double y0, double fx, double fy, double days) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "x0=%.1f y0=%.1f fx=%.4g fy=%.4g t=%.2f", x0, y0, fx, fy, days);
        }
    }

    /** Square-law battles: 10–1,000 a side, 0.001–0.1 kills per shooter a day, up to 50 days. */
    static Stream<Arguments> squareBattles() {
        Random rnd = new Random(20210607L);
        return IntStream.range(0, CASES).mapToObj(i -> Arguments.of(new Battle(
                10 + 990 * rnd.nextDouble(), 10 + 990 * rnd.nextDouble(),
                1e-3 + 0.099 * rnd.nextDouble(), 1e-3 + 0.099 * rnd.nextDouble(), 0.1 + 50 * rnd.nextDouble())));
    }

    /**
     * Guerrilla battles: 10–1,000 a side; area fire 1e-6–1e-3 per regular per guerrilla a day,
     * aimed fire 0.001–0.1 per guerrilla a day, up to 50 days.
     */
    static Stream<Arguments> guerrillaBattles() {
        Random rnd = new Random(19620101L);
        return IntStream.range(0, CASES).mapToObj(i -> Arguments.of(new Battle(
                10 + 990 * rnd.nextDouble(), 10 + 990 * rnd.nextDouble(),
                Math.pow(10, -6 + 3 * rnd.nextDouble()), 1e-3 + 0.099 * rnd.nextDouble(), 0.1 + 50 * rnd.nextDouble())));
    }

    // ---- Lanchester's square law: dR/dt = -b B, dB/dt = -r R ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("squareBattles")
    void squareLawKeepsItsInvariant(Battle c) {
        double[] after = Attrition.lanchesterSquare(c.x0, c.y0, c.fx, c.fy, c.days);
        double before = c.fx * c.x0 * c.x0 - c.fy * c.y0 * c.y0;
        double now = c.fx * after[0] * after[0] - c.fy * after[1] * after[1];
        double scale = c.fx * c.x0 * c.x0 + c.fy * c.y0 * c.y0;
        assertEquals(before, now, 1e-9 * scale, "r R² − b B² must not change");
        assertTrue(after[0] >= 0 && after[1] >= 0 && after[0] <= c.x0 && after[1] <= c.y0, "survivors within [0, start]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("squareBattles")
    void squareLawAgreesWithRungeKutta(Battle c) {
        double[] closed = Attrition.lanchesterSquare(c.x0, c.y0, c.fx, c.fy, c.days);
        double[] numeric = rk4(c.x0, c.y0, c.days, 20_000, (x, y) -> new double[] {-c.fy * y, -c.fx * x});
        double scale = Math.max(c.x0, c.y0);
        assertEquals(numeric[0], closed[0], 1e-6 * scale, "R");
        assertEquals(numeric[1], closed[1], 1e-6 * scale, "B");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("squareBattles")
    void squareLawAnnihilatesTheWeakerSide(Battle c) {
        // Long enough for the weaker side to be wiped out whatever the odds in these ranges.
        double[] after = Attrition.lanchesterSquare(c.x0, c.y0, c.fx, c.fy, 1e5);
        double invariant = c.fx * c.x0 * c.x0 - c.fy * c.y0 * c.y0;
        double scale = c.fx * c.x0 * c.x0 + c.fy * c.y0 * c.y0;
        if (Math.abs(invariant) < 1e-6 * scale) return; // a draw: both dwindle together
        if (invariant > 0) {
            assertEquals(0.0, after[1], 0.0, "B is annihilated");
            assertEquals(Math.sqrt(invariant / c.fx), after[0], 1e-9 * c.x0, "R keeps sqrt((rR0² − bB0²)/r)");
        } else {
            assertEquals(0.0, after[0], 0.0, "R is annihilated");
            assertEquals(Math.sqrt(-invariant / c.fy), after[1], 1e-9 * c.y0, "B keeps sqrt((bB0² − rR0²)/b)");
        }
    }

    @Test
    void squareLawCountsNumbersSquared() {
        // Twice the numbers are worth four times the fire effectiveness.
        double[] outnumbered = Attrition.lanchesterSquare(200, 100, 0.01, 0.041, 1e5);
        assertTrue(outnumbered[0] == 0 && outnumbered[1] > 0, "more than 4x the fire beats 2x the numbers");
        double[] outgunned = Attrition.lanchesterSquare(200, 100, 0.01, 0.039, 1e5);
        assertTrue(outgunned[0] > 0 && outgunned[1] == 0, "less than 4x the fire loses to 2x the numbers");
    }

    @Test
    void anExactDrawDwindlesBothSidesAlike() {
        // r R0² = b B0²: R(t) = R0 e^{-kt}, B(t) = B0 e^{-kt}, k = sqrt(r b), never quite zero.
        double[] shortFight = Attrition.lanchesterSquare(400, 100, 0.01, 0.16, 10);
        double k = Math.sqrt(0.01 * 0.16);
        assertEquals(400 * Math.exp(-k * 10), shortFight[0], 1e-9 * 400);
        assertEquals(100 * Math.exp(-k * 10), shortFight[1], 1e-9 * 100);
        double[] longFight = Attrition.lanchesterSquare(1000, 1000, 0.01, 0.01, 1e5);
        assertTrue(Double.isFinite(longFight[0]) && Double.isFinite(longFight[1]),
                "a long draw must not overflow cosh/sinh: " + longFight[0] + ", " + longFight[1]);
        assertEquals(0.0, longFight[0], 1e-9);
        assertEquals(0.0, longFight[1], 1e-9);
    }

    // ---- Deitchman's guerrilla law: dG/dt = -a C G, dC/dt = -g G ----

    @ParameterizedTest(name = "{0}")
    @MethodSource("guerrillaBattles")
    void guerrillaLawKeepsItsInvariant(Battle c) {
        double[] after = Attrition.deitchman(c.x0, c.y0, c.fx, c.fy, c.days);
        double before = c.fy * c.x0 - 0.5 * c.fx * c.y0 * c.y0;
        double now = c.fy * after[0] - 0.5 * c.fx * after[1] * after[1];
        double scale = c.fy * c.x0 + 0.5 * c.fx * c.y0 * c.y0;
        assertEquals(before, now, 1e-9 * scale, "g G − (a/2) C² must not change");
        assertTrue(after[0] >= 0 && after[1] >= 0 && after[0] <= c.x0 && after[1] <= c.y0, "survivors within [0, start]");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("guerrillaBattles")
    void guerrillaLawAgreesWithRungeKutta(Battle c) {
        double[] closed = Attrition.deitchman(c.x0, c.y0, c.fx, c.fy, c.days);
        double[] numeric = rk4(c.x0, c.y0, c.days, 20_000, (g, r) -> new double[] {-c.fx * r * g, -c.fy * g});
        double scale = Math.max(c.x0, c.y0);
        assertEquals(numeric[0], closed[0], 1e-6 * scale, "G");
        assertEquals(numeric[1], closed[1], 1e-6 * scale, "C");
    }

    /**
     * Equal numbers and equal coefficients, the regulars' area fire killing at the aimed rate
     * when the guerrillas are as many as they are ({@code a = ρ / n}) and less as they thin
     * out. Fought to the end, the square law is a draw in which both sides are wiped out;
     * Deitchman's law wipes out the regulars while the guerrillas keep half their men.
     */
    @Test
    void guerrillasLoseFarFewerThanInASetBattle() {
        double n = 1000;
        double rho = 0.01;
        double days = 1000;
        double[] square = Attrition.lanchesterSquare(n, n, rho, rho, days);
        double[] ambush = Attrition.deitchman(n, n, rho / n, rho, days);
        double lostInBattle = n - square[1];
        double lostInAmbush = n - ambush[0];
        assertTrue(lostInBattle > 0.99 * n, "a set battle between equals fought to the end bleeds both white: " + lostInBattle);
        assertEquals(0.0, ambush[1], 1e-9, "the regulars are worn down to nothing");
        assertEquals(n - (rho / n) * n * n / (2 * rho), ambush[0], 1e-6, "the guerrillas keep G0 − a C0² / 2g");
        assertTrue(lostInAmbush < 0.6 * lostInBattle,
                "guerrillas lose " + lostInAmbush + " from ambush, against " + lostInBattle + " in a set battle");
    }

    /**
     * The guerrilla advantage: parity under Deitchman's law needs only {@code G0 = (a/2g) C0²},
     * half the regulars with these coefficients, where the square law needs as many. A
     * guerrilla band 60% the size is annihilated in open battle but outlasts the regulars from
     * ambush; at 40% it loses either way.
     */
    @Test
    void aSmallerGuerrillaForceHoldsOffTheRegulars() {
        double c0 = 1000;
        double rho = 0.01;
        double a = rho / c0;
        double g0 = 0.6 * c0;
        double[] open = Attrition.lanchesterSquare(c0, g0, rho, rho, 1e5);
        assertEquals(0.0, open[1], 0.0, "in open battle the smaller force is annihilated");
        double[] ambush = Attrition.deitchman(g0, c0, a, rho, 1e5);
        assertEquals(0.0, ambush[1], 1e-9, "from ambush it wears the regulars down to nothing");
        assertTrue(ambush[0] > 0.1 * g0, "and survives: " + ambush[0]);

        double[] tooFew = Attrition.deitchman(0.4 * c0, c0, a, rho, 1e5);
        assertTrue(tooFew[0] < 1e-6 * c0 && tooFew[1] > 0.4 * c0, "below parity the guerrillas are ground down");
    }

    // ---- numerical reference ----

    interface Field {
        double[] rates(double x, double y);
    }

    /**
     * Classical RK4 with {@code steps} steps, stopping a side at zero (a force that is gone stops
     * firing): when a step would take a side below zero, the step is halved until the crossing
     * is located within 1e-12 of the step.
     */
    static double[] rk4(double x0, double y0, double t, int steps, Field f) {
        double x = x0;
        double y = y0;
        double h = t / steps;
        double done = 0;
        while (done < t - 1e-15 * t && x > 0 && y > 0) {
            double step = Math.min(h, t - done);
            double[] next = rk4Step(x, y, step, f);
            while ((next[0] < 0 || next[1] < 0) && step > h * 1e-12) {
                step /= 2;
                next = rk4Step(x, y, step, f);
            }
            x = next[0];
            y = next[1];
            done += step;
            if (step <= h * 1e-12) break;
        }
        return new double[] {Math.max(x, 0), Math.max(y, 0)};
    }

    private static double[] rk4Step(double x, double y, double h, Field f) {
        double[] k1 = f.rates(x, y);
        double[] k2 = f.rates(x + h / 2 * k1[0], y + h / 2 * k1[1]);
        double[] k3 = f.rates(x + h / 2 * k2[0], y + h / 2 * k2[1]);
        double[] k4 = f.rates(x + h * k3[0], y + h * k3[1]);
        return new double[] {x + h / 6 * (k1[0] + 2 * k2[0] + 2 * k3[0] + k4[0]),
                y + h / 6 * (k1[1] + 2 * k2[1] + 2 * k3[1] + k4[1])};
    }
}
