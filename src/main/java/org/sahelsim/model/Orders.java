package org.sahelsim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders players give actors for the coming month (a class where students play factions): the
 * options each chose from its actor's menu, by id ({@code assault:kidal}, {@code blockade},
 * {@code leave}). An actor with orders follows them instead of its rule; an actor without follows
 * its rule. Orders are given before a month's first week and cleared once the month's decisions
 * are taken.
 */
public final class Orders implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, List<String>> byActor = new LinkedHashMap<>();

    /** Gives an actor its orders for the month: the ids of the options it takes, in order (none: it holds). */
    public void give(String actor, List<String> choices) {
        byActor.put(actor, new ArrayList<>(choices));
    }

    /** Whether a player has given this actor orders for the month. */
    public boolean given(String actor) {
        return byActor.containsKey(actor);
    }

    /** Whether the actor's orders include this option ({@code take} also matches {@code take:kidal}). */
    public boolean chose(String actor, String option) {
        List<String> l = byActor.get(actor);
        return l != null && l.stream().anyMatch(x -> x.equals(option) || x.startsWith(option + ":"));
    }

    /** The options the actor was ordered to take, in order (empty when none were given). */
    public List<String> of(String actor) {
        return byActor.getOrDefault(actor, List.of());
    }

    /** Forgets the month's orders. */
    public void clear() {
        byActor.clear();
    }
}
