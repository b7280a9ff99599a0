package org.sahelsim.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The sensitivity estimators on functions whose indices are known in closed form. */
class EstimatorsTest {

    @Test
    void morrisTrajectoriesMoveEachParameterOnceByDeltaOnTheGrid() {
        int k = 6;
        int levels = 4;
        double[][] p = Morris.design(20, k, levels, 11);
        assertEquals(20 * (k + 1), p.length);
        double delta = Morris.delta(levels);
        assertEquals(2.0 / 3, delta, 1e-15);
        for (int t = 0; t < 20; t++) {
            boolean[] moved = new boolean[k];
            for (int j = 1; j <= k; j++) {
                double[] a = p[t * (k + 1) + j - 1];
                double[] b = p[t * (k + 1) + j];
                int changes = 0;
                for (int c = 0; c < k; c++) {
                    for (double x : new double[] {a[c], b[c]}) {
                        assertTrue(x >= 0 && x <= 1, "inside the cube");
                        double level = x * (levels - 1);
                        assertEquals(Math.rint(level), level, 1e-12, "on the grid of " + levels + " levels");
                    }
                    if (a[c] != b[c]) {
                        changes++;
                        moved[c] = true;
                        assertEquals(delta, Math.abs(b[c] - a[c]), 1e-12);
                    }
                }
                assertEquals(1, changes, "one parameter per step");
            }
            for (boolean m : moved) assertTrue(m, "every parameter moves in every trajectory");
        }
    }

    @Test
    void morrisRecoversTheCoefficientsOfALinearFunction() {
        double[] a = {3.0, -2.0, 0.5, 0.0, 10.0};
        int k = a.length;
        double[][] p = Morris.design(12, k, 4, 5);
        double[] y = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            y[i] = 1.0;
            for (int c = 0; c < k; c++) y[i] += a[c] * p[i][c];
        }
        List<Morris.Effect> effects = Morris.analyse(p, y, k, 500, 1);
        for (int c = 0; c < k; c++) {
            Morris.Effect e = effects.get(c);
            assertEquals(a[c], e.mu(), 1e-9, "mu of x" + c);
            assertEquals(Math.abs(a[c]), e.muStar(), 1e-9, "mu* of x" + c);
            assertEquals(0, e.sigma(), 1e-9, "a linear function has the same effect everywhere");
            assertEquals(Math.abs(a[c]), e.muStarLow(), 1e-9);
            assertEquals(Math.abs(a[c]), e.muStarHigh(), 1e-9);
        }
    }

    @Test
    void morrisSeesAnInteractionAsSpread() {
        // y = x0 * x1: the effect of x0 is x1 (between 0 and 1), so sigma > 0; x2 does nothing.
        int k = 3;
        double[][] p = Morris.design(40, k, 4, 9);
        double[] y = new double[p.length];
        for (int i = 0; i < p.length; i++) y[i] = p[i][0] * p[i][1];
        List<Morris.Effect> e = Morris.analyse(p, y, k, 500, 2);
        assertTrue(e.get(0).sigma() > 0.1 && e.get(1).sigma() > 0.1, "interaction shows as sigma");
        assertEquals(0, e.get(2).muStar(), 0);
        assertTrue(e.get(0).muStarLow() <= e.get(0).muStar() && e.get(0).muStar() <= e.get(0).muStarHigh());
    }

    /** Ishigami and Homma (1990): sin x1 + a sin^2 x2 + b x3^4 sin x1 on [-pi, pi]^3. */
    static double ishigami(double[] u) {
        double a = 7;
        double b = 0.1;
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + a * Math.pow(Math.sin(x2), 2) + b * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void sobolIndicesOfTheIshigamiFunctionMatchTheirClosedForms() {
        double a = 7;
        double b = 0.1;
        double pi4 = Math.pow(Math.PI, 4);
        double pi8 = Math.pow(Math.PI, 8);
        double v1 = 0.5 * Math.pow(1 + b * pi4 / 5, 2);
        double v2 = a * a / 8;
        double v13 = pi8 * b * b * (1.0 / 18 - 1.0 / 50);
        double v = v1 + v2 + v13;
        double[] first = {v1 / v, v2 / v, 0};
        double[] total = {(v1 + v13) / v, v2 / v, v13 / v};
        assertEquals(0.3139, first[0], 1e-4);
        assertEquals(0.2437, total[2], 1e-4);

        int n = 2000;
        double[][] p = SobolIndices.design(n, 3);
        assertEquals(SobolIndices.runs(n, 3), p.length);
        double[] y = new double[p.length];
        for (int i = 0; i < p.length; i++) y[i] = ishigami(p[i]);
        List<SobolIndices.Index> s = SobolIndices.analyse(n, 3, y, 200, 1);
        for (int i = 0; i < 3; i++) {
            assertEquals(first[i], s.get(i).first(), 0.05, "S" + (i + 1));
            assertEquals(total[i], s.get(i).total(), 0.05, "ST" + (i + 1));
            assertTrue(s.get(i).firstHalfWidth() > 0 && s.get(i).firstHalfWidth() < 0.2, "a useful interval for S" + (i + 1));
        }
        assertEquals(s, SobolIndices.analyse(n, 3, y, 200, 1), "seeded intervals repeat");
    }
}
