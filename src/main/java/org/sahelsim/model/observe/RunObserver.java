package org.sahelsim.model.observe;

import org.sahelsim.model.WorldState;

/**
 * Receives the world once a week, after every submodel has run. Recorders that write files or
 * draw live charts implement it outside the model core.
 */
public interface RunObserver {
    /** Called once a week with the week's summary and the full state (read only, do not keep it). */
    void week(WeekRecord record, WorldState state);

    /** Called once when the run ends. */
    default void finished() {
    }
}
