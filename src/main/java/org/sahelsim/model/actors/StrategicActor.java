package org.sahelsim.model.actors;

import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;

/**
 * An actor that takes strategic decisions but fields no army of its own on the map (a
 * neighbour, a bloc, a patron's government), or the strategic side of one that does. Each month
 * it reads the world and decides; every decision is logged as a {@code decision} with its reason
 * in numbers.
 */
public abstract class StrategicActor implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The actor's key in the log, e.g. {@code ecowas}. */
    public abstract String key();

    /** Whether its rules run in a {@code history} run (where the scenario dates its decisions, they do not). */
    public boolean activeInHistory() {
        return false;
    }

    /** The month's decisions. */
    public abstract void decide(WorldState w, Week week);
}
