package org.sahelsim.model.submodels;

import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.actors.ArmedActor;
import org.sahelsim.model.actors.StrategicActor;

/**
 * The actors' monthly decisions (ODD §7.4, §7.9): in the first week of each calendar month
 * every armed actor, in a fixed order, reads the world and decides where its troops should be,
 * what operations it launches and what it does.
 */
public final class Decisions extends Submodel {
    private static final long serialVersionUID = 1L;

    private final List<ArmedActor> actors;
    private final List<StrategicActor> strategists;

    public Decisions(List<ArmedActor> actors) {
        this(actors, List.of());
    }

    /**
     * @param strategists the actors whose strategic decisions follow the armed actors' (a free run
     *                    runs them all; a history run only those whose decisions it does not date)
     */
    public Decisions(List<ArmedActor> actors, List<StrategicActor> strategists) {
        this.actors = List.copyOf(actors);
        this.strategists = List.copyOf(strategists);
    }

    /**
     * The menu of actor {@code key} this month (a player's view): its side's operations, if it has
     * an army that plans them, then its strategic choices, each with the chance its rule gives it.
     * {@code random} blurs only the side's count of enemy garrisons: a generator apart from the run's.
     */
    public List<org.sahelsim.model.actors.MenuItem> menu(WorldState w, Week week, String key, ec.util.MersenneTwisterFast random) {
        List<org.sahelsim.model.actors.MenuItem> out = new java.util.ArrayList<>();
        for (ArmedActor a : actors) {
            if (a.force().side().key().equals(key) && (a.force() == Force.FAMA || a.force().side().insurgent())) {
                out.addAll(a.operations(w, week, random));
            }
        }
        for (StrategicActor s : strategists) out.addAll(s.menu(w, key));
        return out;
    }

    /** The strategic actors, in the order they decide. */
    public List<StrategicActor> strategists() {
        return strategists;
    }

    /** The armed actors, in the order they decide. */
    public List<ArmedActor> actors() {
        return actors;
    }

    /** The given forces' actors decide again now, outside the monthly round (a new order from the top). */
    public void redecide(WorldState w, Week week, Force... forces) {
        for (ArmedActor a : actors) {
            for (Force f : forces) if (a.force() == f) a.decide(w, week);
        }
    }

    @Override
    public void step(WorldState w, Week week) {
        if (!week.startsMonth()) return;
        for (ArmedActor a : actors) a.decide(w, week);
        for (StrategicActor s : strategists) if (w.freeDecisions || s.activeInHistory()) s.decide(w, week);
        java.util.Arrays.fill(w.killedSinceDecisions, 0);
        w.orders.clear();
    }
}
