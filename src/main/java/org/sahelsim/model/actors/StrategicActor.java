package org.sahelsim.model.actors;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;

/**
 * An actor that takes strategic decisions (a neighbour, a bloc, a patron, the junta's politics).
 * Each month, before its choices, it updates what it keeps track of ({@link #observe}); then each
 * of its open choices is taken by its rule (the logit chance of {@link Rule}) or, when a player
 * gives it orders, as ordered. Every decision is logged as a {@code decision} with its reason.
 */
public abstract class StrategicActor implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final double temperature;

    protected StrategicActor(double temperature) {
        this.temperature = temperature;
    }

    /** The actor's key in the log and in orders, e.g. {@code ecowas}. */
    public abstract String key();

    /** Whether its rules run in a {@code history} run (where the scenario dates its decisions, they do not). */
    public boolean activeInHistory() {
        return false;
    }

    /** The choices it weighs, in the order it weighs them. */
    protected abstract List<Choice> choices();

    /** Updates what it keeps track of, once a month before it chooses. */
    protected void observe(WorldState w, Week week) {
    }

    /** The month's decisions: each open choice by the rule, or by a player's orders. */
    public void decide(WorldState w, Week week) {
        observe(w, week);
        for (Choice c : choices()) {
            if (!c.open(w)) continue;
            String who = c.decider(key());
            boolean take = w.orders.given(who) ? w.orders.chose(who, c.id()) : ruleTakes(c, w, week);
            if (take) c.take(w, week);
        }
    }

    /** Whether its rule takes {@code c} this month: the logit draw of {@link Rule}. */
    protected boolean ruleTakes(Choice c, WorldState w, Week week) {
        return Rule.acts(c.pressure(w), c.threshold(), temperature, week.random());
    }

    /** The options open now to the actor {@code decider}, with the chance its rule gives each (a player's menu). */
    public List<MenuItem> menu(WorldState w, String decider) {
        List<MenuItem> out = new ArrayList<>();
        for (Choice c : choices()) {
            if (c.decider(key()).equals(decider) && c.open(w)) {
                out.add(new MenuItem(c.id(), c.label(w), Rule.chance(c.pressure(w), c.threshold(), temperature)));
            }
        }
        return out;
    }

    protected double temperature() {
        return temperature;
    }
}
