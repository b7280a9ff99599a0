package org.sahelsim.classic.epstein;

import org.sahelsim.model.params.Bounds;

/**
 * An experimenter's change to a {@link Lever} during a run, as in the paper's experiments: the
 * lever moves in equal steps from its value when the change starts to {@code to}, one step
 * before each of {@code ticks} ticks from tick {@code start} on. {@code ticks: 1} is one jump.
 * No rule of the model reads the tick; only these scripted interventions do.
 *
 * @param lever  what changes
 * @param start  the first tick that runs with a changed value (ticks count from 1)
 * @param ticks  over how many ticks the change is spread (1: one jump)
 * @param to     the value reached at the last of them
 * @param source where the change comes from
 */
public record Change(Lever lever, @Bounds(min = 1) int start, @Bounds(min = 1) int ticks,
        @Bounds(min = 0, max = 1) double to, String source) {

    /** The last tick the change moves the lever before. */
    public int end() {
        return start + ticks - 1;
    }

    /** Whether the change moves its lever before tick {@code t}. */
    public boolean covers(int t) {
        return t >= start && t <= end();
    }

    /**
     * The lever's value for tick {@code t}, given its value {@code from} when the change started:
     * {@code from + (to − from)·(t − start + 1)/ticks}, and exactly {@code to} at the last tick.
     */
    public double valueAt(int t, double from) {
        int done = t - start + 1;
        return done >= ticks ? to : from + (to - from) * done / ticks;
    }
}
