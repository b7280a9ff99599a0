package org.sahelsim.model.operations;

/**
 * An assault on a place: Lanchester's square law between the attackers {@code A} (fire {@code a}
 * per troop) and the defenders {@code D} (fire {@code d}), the defenders' fire multiplied by the
 * place's defences {@code F}, fought until one side has lost its break share ({@code b_a} of the
 * attackers, {@code b_d} of the defenders). The square law's invariant {@code a A² − F d D²}
 * settles who breaks first: the place falls iff
 * {@code Q = a A² (2b_a − b_a²) / (F d D² (2b_d − b_d²)) > 1}, so an attacker of equal quality
 * needs {@code √F} times the defenders (F = 9: the 3:1 rule). Fortune multiplies the attackers'
 * fire by a log-normal factor with log-deviation σ, so the chance of success is
 * {@code Φ(ln Q / σ)}. A repulsed attacker whose surviving enemies outnumber its survivors
 * {@code routRatio} times is routed and loses {@code routLoss} of its survivors in the pursuit.
 * Pure functions.
 */
public final class Battle {
    private Battle() {
    }

    /** What an assault did. */
    public record Outcome(boolean taken, boolean routed, double attackerLosses, double defenderLosses) {
    }

    /** The odds ratio {@code Q}; infinite against no defenders, 0 with no attackers. */
    public static double odds(double attackers, double a, double defenders, double d, double defences,
                              double attackerBreak, double defenderBreak) {
        if (defenders <= 0) return Double.POSITIVE_INFINITY;
        if (attackers <= 0 || a <= 0) return 0;
        double num = a * attackers * attackers * (2 * attackerBreak - attackerBreak * attackerBreak);
        double den = defences * d * defenders * defenders * (2 * defenderBreak - defenderBreak * defenderBreak);
        return den <= 0 ? Double.POSITIVE_INFINITY : num / den;
    }

    /** The chance an assault with odds {@code q} carries the place, under fortune of log-deviation {@code sigma}. */
    public static double chance(double q, double sigma) {
        if (q <= 0) return 0;
        if (Double.isInfinite(q)) return 1;
        return Normal.cdf(Math.log(q) / sigma);
    }

    /** The attackers needed for odds {@code q} (the inverse of {@link #odds} in the attackers). */
    public static double attackersFor(double q, double a, double defenders, double d, double defences,
                                      double attackerBreak, double defenderBreak) {
        double den = defences * d * defenders * defenders * (2 * defenderBreak - defenderBreak * defenderBreak);
        return Math.sqrt(q * den / (a * (2 * attackerBreak - attackerBreak * attackerBreak)));
    }

    /**
     * The attackers' losses of {@link #fight}, without an {@link Outcome}: the planner estimates
     * two battles for every assault on every menu.
     */
    public static double attackerLosses(double attackers, double a, double defenders, double d, double defences,
                                        double attackerBreak, double defenderBreak, double fortune, double routRatio, double routLoss) {
        if (defenders <= 0 || attackers <= 0) return 0;
        double af = a * fortune;
        double fd = defences * d;
        double q = odds(attackers, af, defenders, d, defences, attackerBreak, defenderBreak);
        if (q > 1) {
            double dLeft = defenders * (1 - defenderBreak);
            double aLeft2 = attackers * attackers - fd / af * (defenders * defenders - dLeft * dLeft);
            return attackers - Math.sqrt(Math.max(0, aLeft2));
        }
        double aLeft = attackers * (1 - attackerBreak);
        double dLeft = defendersLeft(attackers, aLeft, af, defenders, fd);
        return attackers - aLeft + (dLeft > routRatio * aLeft ? routLoss * aLeft : 0);
    }

    /** The defenders left when the attackers have broken (down to {@code aLeft}), by the square law's invariant. */
    private static double defendersLeft(double attackers, double aLeft, double af, double defenders, double fd) {
        double dLeft2 = defenders * defenders - af / fd * (attackers * attackers - aLeft * aLeft);
        return Math.sqrt(Math.max(0, dLeft2));
    }

    /**
     * Fights the assault with the attackers' fire multiplied by {@code fortune} (1: no luck either
     * way); losses come from the square law's invariant.
     */
    public static Outcome fight(double attackers, double a, double defenders, double d, double defences,
                                double attackerBreak, double defenderBreak, double fortune, double routRatio, double routLoss) {
        if (defenders <= 0) return new Outcome(true, false, 0, 0);
        if (attackers <= 0) return new Outcome(false, false, 0, 0);
        double lost = attackerLosses(attackers, a, defenders, d, defences, attackerBreak, defenderBreak, fortune, routRatio, routLoss);
        double af = a * fortune;
        if (odds(attackers, af, defenders, d, defences, attackerBreak, defenderBreak) > 1) {
            return new Outcome(true, false, lost, defenders - defenders * (1 - defenderBreak));
        }
        double aLeft = attackers * (1 - attackerBreak);
        double dLeft = defendersLeft(attackers, aLeft, af, defenders, defences * d);
        return new Outcome(false, dLeft > routRatio * aLeft, lost, defenders - dLeft);
    }
}
