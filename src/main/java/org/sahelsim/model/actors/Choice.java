package org.sahelsim.model.actors;

import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;

/**
 * One strategic decision an actor can take: whether it is open now, how hard the world presses
 * the actor toward it (a pressure against a threshold, ODD §7.11), and what taking it does. The
 * actor's rule takes it with the logit chance of {@link Rule}; a player's orders take it or not.
 * The same object answers both, so a player's menu shows the options the rule weighs, with the
 * chance the rule would give them.
 */
public abstract class Choice implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final String id;
    private final String decider;

    /** A choice its actor takes itself. */
    protected Choice(String id) {
        this(id, null);
    }

    /**
     * A choice another actor takes (a deal the junta strikes inside the Russian contract's story),
     * named by that actor's key.
     */
    protected Choice(String id, String decider) {
        this.id = id;
        this.decider = decider;
    }

    /** The key of the actor who takes it: {@code owner} unless another takes it. */
    public final String decider(String owner) {
        return decider == null ? owner : decider;
    }

    /** Its id in orders and menus, e.g. {@code call_russia}. */
    public final String id() {
        return id;
    }

    /** What it is, in words for a player. */
    public abstract String label(WorldState w);

    /** Whether the actor can take it now. */
    public abstract boolean open(WorldState w);

    /** How hard the world presses toward it now. */
    public abstract double pressure(WorldState w);

    /**
     * The pressure at which the actor's rule is even: 1 for a pressure already read over its
     * threshold (most rules), else the choice says.
     */
    public double threshold() {
        return 1;
    }

    /** Takes it (and logs it, with its reason in numbers). */
    public abstract void take(WorldState w, Week week);
}
