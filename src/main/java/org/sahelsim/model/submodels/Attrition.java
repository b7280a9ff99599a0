package org.sahelsim.model.submodels;

/**
 * Closed-form attrition laws. Pure functions; no state.
 *
 * <p><b>Lanchester's square law</b> (aimed fire, both sides exposed, a set battle):
 * {@code dR/dt = -b B, dB/dt = -r R}. Its invariant is {@code r R² - b B²}; the solution is
 * {@code R(t) = R0 cosh(√(rb) t) - √(b/r) B0 sinh(√(rb) t)} until one side is annihilated.
 *
 * <p><b>Deitchman's guerrilla law</b> (Deitchman 1962, "A Lanchester model of guerrilla
 * warfare"): the regular side C fires into an area where the guerrillas G hide, so its kills
 * grow with both sides' numbers, while the guerrillas fire aimed from ambush:
 * {@code dG/dt = -a C G, dC/dt = -g G}. Dividing, {@code dG/dC = aC/g}, so
 * {@code g G - (a/2) C²} is invariant; substituting gives a Riccati equation for C with the
 * closed forms used below. The guerrilla needs far fewer men to hold the regular side off:
 * that is its advantage.
 */
public final class Attrition {
    private Attrition() {
    }

    /** Survivors {R, B} of a square-law battle after {@code t} days. */
    public static double[] lanchesterSquare(double r0, double b0, double r, double b, double t) {
        if (r0 <= 0 || b0 <= 0 || t <= 0 || (r <= 0 && b <= 0)) return new double[] {Math.max(r0, 0), Math.max(b0, 0)};
        if (r <= 0) return new double[] {Math.max(0, r0 - b * b0 * t), b0};
        if (b <= 0) return new double[] {r0, Math.max(0, b0 - r * r0 * t)};
        double k = Math.sqrt(r * b);
        // Time at which the losing side reaches zero: tanh(k t*) = (loser's share), from the closed form.
        double invariant = r * r0 * r0 - b * b0 * b0;
        double tEnd = t;
        if (invariant > 0) { // R wins: B hits zero when tanh(k t) = sqrt(r/b) * ... solve B(t)=0
            double x = Math.sqrt(b / r) * b0 / r0; // B(t) = b0 cosh - sqrt(r/b) r0 sinh = 0 -> tanh = b0 sqrt(b/r)/r0
            tEnd = Math.min(t, atanh(x) / k);
        } else if (invariant < 0) {
            double x = Math.sqrt(r / b) * r0 / b0;
            tEnd = Math.min(t, atanh(x) / k);
        } else {
            // A draw: both sides dwindle as e^{-kt} (cosh - sinh), never quite reaching zero.
            // Written out so a long fight does not overflow cosh and sinh into inf - inf.
            double decay = Math.exp(-k * t);
            return new double[] {r0 * decay, b0 * decay};
        }
        double ch = Math.cosh(k * tEnd);
        double sh = Math.sinh(k * tEnd);
        double rt = r0 * ch - Math.sqrt(b / r) * b0 * sh;
        double bt = b0 * ch - Math.sqrt(r / b) * r0 * sh;
        // Exact zero for the side that was annihilated (rounding can leave ±1e-12).
        if (invariant > 0 && tEnd < t) bt = 0;
        if (invariant < 0 && tEnd < t) rt = 0;
        return new double[] {Math.max(rt, 0), Math.max(bt, 0)};
    }

    /**
     * Survivors {G, C} of a guerrilla engagement after {@code t} days (Deitchman).
     *
     * @param g0 guerrillas at the start
     * @param c0 regular troops at the start
     * @param a  regular side's area-fire coefficient (per regular per guerrilla per day)
     * @param g  guerrillas' aimed-fire coefficient (per guerrilla per day)
     */
    public static double[] deitchman(double g0, double c0, double a, double g, double t) {
        if (g0 <= 0 || c0 <= 0 || t <= 0) return new double[] {Math.max(g0, 0), Math.max(c0, 0)};
        if (g <= 0) return new double[] {g0 * Math.exp(-a * c0 * t), c0};
        if (a <= 0) return new double[] {g0, Math.max(0, c0 - g * g0 * t)};
        double k = g * g0 - 0.5 * a * c0 * c0; // dC/dt = -k - (a/2) C^2
        double c;
        if (Math.abs(k) < 1e-15 * Math.max(1, g * g0)) {
            c = c0 / (1 + 0.5 * a * c0 * t);
        } else if (k > 0) {
            double m = Math.sqrt(2 * k / a);
            double omega = Math.sqrt(a * k / 2);
            double phase = Math.atan(c0 / m) - omega * t;
            c = phase <= 0 ? 0 : m * Math.tan(phase);
        } else {
            double m = Math.sqrt(-2 * k / a);
            double omega = 0.5 * a * m;
            // C(t) = m coth(omega t + acoth(c0/m)), c0 > m
            double u = omega * t + acoth(c0 / m);
            c = m / Math.tanh(u);
        }
        c = Math.max(c, 0);
        // From the invariant g G - (a/2) C^2 = k
        double gt = (k + 0.5 * a * c * c) / g;
        return new double[] {Math.max(gt, 0), c};
    }

    private static double atanh(double x) {
        if (x >= 1) return Double.POSITIVE_INFINITY;
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    private static double acoth(double x) {
        return 0.5 * Math.log((x + 1) / (x - 1));
    }
}
