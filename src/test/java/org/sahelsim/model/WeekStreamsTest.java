package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.observe.EventLog;

/**
 * The random numbers of a rule's parts ({@link Week#stream(long, int)}: combat's blocks of cells)
 * behave as independent uniform streams: over 200 seeds, 50 weeks and 21 parts, each stream's
 * first uniforms are uniform, and those of neighbouring parts, neighbouring weeks and
 * neighbouring seeds are independent of each other, by chi-square tests at the 0.1% level
 * (seeded, so each test gives the same answer every time).
 */
class WeekStreamsTest {
    private static final int SEEDS = 200;
    private static final int WEEKS = 50;
    private static final int PARTS = 21;
    private static final long RULE = 0xc0b47L;
    /** The 0.999 quantile of chi-square with 99 degrees of freedom (100 classes). */
    private static final double CHI2_99_999 = 148.23;

    /** The first {@code draws} uniforms of every stream, by seed, week and part. */
    private static double[][][][] firsts(int draws) {
        double[][][][] u = new double[SEEDS][WEEKS][PARTS][draws];
        for (int s = 0; s < SEEDS; s++) {
            for (int t = 0; t < WEEKS; t++) {
                Week week = new Week(t, false, null, new EventLog(), LocalDate.of(2012, 1, 2), s + 1);
                for (int b = 0; b < PARTS; b++) {
                    MersenneTwisterFast r = week.stream(RULE, b);
                    for (int d = 0; d < draws; d++) u[s][t][b][d] = r.nextDouble();
                }
            }
        }
        return u;
    }

    private static double chiSquare(long[] counts, long n) {
        double expected = (double) n / counts.length;
        double x = 0;
        for (long c : counts) x += (c - expected) * (c - expected) / expected;
        return x;
    }

    private static int cell10(double x, double y) {
        return 10 * (int) (10 * x) + (int) (10 * y);
    }

    @Test
    void eachStreamsUniformsAreUniform() {
        double[][][][] u = firsts(3);
        for (int d = 0; d < 3; d++) {
            long[] counts = new long[100];
            long n = 0;
            for (double[][][] seed : u) for (double[][] week : seed) for (double[] part : week) {
                counts[(int) (100 * part[d])]++;
                n++;
            }
            double x = chiSquare(counts, n);
            assertTrue(x < CHI2_99_999, "draw " + d + ": chi-square " + x);
        }
        // Within a stream, the first and second uniforms are independent.
        long[] joint = new long[100];
        long n = 0;
        for (double[][][] seed : u) for (double[][] week : seed) for (double[] part : week) {
            joint[cell10(part[0], part[1])]++;
            n++;
        }
        assertTrue(chiSquare(joint, n) < CHI2_99_999, "first against second: chi-square " + chiSquare(joint, n));
    }

    @Test
    void neighbouringPartsWeeksAndSeedsAreIndependent() {
        double[][][][] u = firsts(1);
        long[] parts = new long[100];
        long[] weeks = new long[100];
        long[] seeds = new long[100];
        long np = 0;
        long nw = 0;
        long ns = 0;
        for (int s = 0; s < SEEDS; s++) {
            for (int t = 0; t < WEEKS; t++) {
                for (int b = 0; b < PARTS; b++) {
                    double x = u[s][t][b][0];
                    if (b + 1 < PARTS) {
                        parts[cell10(x, u[s][t][b + 1][0])]++;
                        np++;
                    }
                    if (t + 1 < WEEKS) {
                        weeks[cell10(x, u[s][t + 1][b][0])]++;
                        nw++;
                    }
                    if (s + 1 < SEEDS) {
                        seeds[cell10(x, u[s + 1][t][b][0])]++;
                        ns++;
                    }
                }
            }
        }
        assertTrue(chiSquare(parts, np) < CHI2_99_999, "neighbouring parts: chi-square " + chiSquare(parts, np));
        assertTrue(chiSquare(weeks, nw) < CHI2_99_999, "neighbouring weeks: chi-square " + chiSquare(weeks, nw));
        assertTrue(chiSquare(seeds, ns) < CHI2_99_999, "neighbouring seeds: chi-square " + chiSquare(seeds, ns));
    }

    @Test
    void aPartsStreamIsItsOwnAndTheSameEveryTime() {
        Week week = new Week(7, false, new MersenneTwisterFast(1), new EventLog(), LocalDate.of(2012, 1, 2), 42);
        Week again = new Week(7, false, new MersenneTwisterFast(2), new EventLog(), LocalDate.of(2012, 1, 2), 42);
        assertEquals(week.stream(RULE, 3).nextLong(), again.stream(RULE, 3).nextLong(), "seed, week, rule and part alone");
        assertNotEquals(week.stream(RULE, 3).nextLong(), week.stream(RULE, 4).nextLong());
        assertNotEquals(week.stream(RULE, 3).nextLong(), week.stream(RULE).nextLong(), "not the rule's own stream");
    }
}
