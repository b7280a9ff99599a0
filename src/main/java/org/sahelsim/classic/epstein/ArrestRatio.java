package org.sahelsim.classic.epstein;

/**
 * How a citizen turns the ratio of cops to actives it sees, {@code C/A}, into the exponent of
 * its estimated arrest probability {@code P = 1 − exp(−k·r(C/A))}.
 *
 * <p>The paper prints {@code P = 1 − exp[−k(C/A)v]} with no rounding. Its implementations round:
 * NetLogo's Rebellion takes the floor ("Without this change, the model does not exhibit
 * punctuated equilibrium", its Info tab) and Mesa's example rounds ("the round is not in the
 * pnas paper but without it, its impossible to replicate the dynamics shown there", its
 * {@code agents.py}). With a ratio rounded to a whole number, P is 0 where actives clearly
 * outnumber the cops in sight and about 0.9 or more elsewhere, which is what lets a crowd tip.
 */
public enum ArrestRatio {
    /** The paper as printed: {@code C/A} itself. */
    EXACT,
    /** NetLogo's Rebellion: {@code floor(C/A)}, 0 as soon as actives outnumber cops. */
    FLOOR,
    /**
     * Mesa's example: {@code C/A} rounded to the nearest whole number, halves to the even one
     * (Python's {@code round}, Java's {@link Math#rint}): 0 once actives are at least twice the
     * cops.
     */
    ROUND;

    /** The exponent's ratio under this rule. */
    public double apply(double copsPerActive) {
        return switch (this) {
            case EXACT -> copsPerActive;
            case FLOOR -> Math.floor(copsPerActive);
            case ROUND -> Math.rint(copsPerActive);
        };
    }
}
