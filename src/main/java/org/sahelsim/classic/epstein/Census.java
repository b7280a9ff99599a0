package org.sahelsim.classic.epstein;

/**
 * The state of the population after a tick (tick 0: at the start, before anyone acted).
 *
 * @param tick       ticks done
 * @param quiescent  free citizens who are quiet
 * @param active     free citizens in open rebellion
 * @param jailed     citizens in jail
 * @param cops       cops on the torus
 * @param legitimacy the regime's legitimacy during the tick
 */
public record Census(int tick, int quiescent, int active, int jailed, int cops, double legitimacy) {

    /** All citizens, free or jailed (constant over a run). */
    public int citizens() {
        return quiescent + active + jailed;
    }
}
