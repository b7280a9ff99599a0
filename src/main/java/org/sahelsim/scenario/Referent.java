package org.sahelsim.scenario;

/**
 * The kinds of named thing a scenario refers to: what an event's {@code target} names, what the
 * keys of {@code initial_control}, {@code fuel.corridors} and a force's {@code priorities.regions}
 * are. A new kind (towns, camps, bases, mines, crossings) is a constant here, its names in
 * {@link Gazetteer#of}, and the keys or event types that use it in {@link EventRules} and
 * {@link ScenarioReferences}.
 */
public enum Referent {
    /** An armed force of the model ({@code fama}, {@code russia}, ...). */
    FORCE("a force"),
    /** A region of the map, or Bamako district ({@code kidal}, {@code bamako}, ...). */
    REGION("a region"),
    /** A fuel import corridor of the map ({@code dakar_diboli}, ...). */
    CORRIDOR("a fuel import corridor"),
    /** A country on Mali's border ({@code algeria}, {@code cote_divoire}, ...). */
    COUNTRY("a neighbouring country"),
    /**
     * A neighbouring country whose border a fuel corridor of the map crosses ({@code senegal},
     * {@code cote_divoire}, ...): the keys of {@code strategy.neighbours.states}, one for each.
     */
    CORRIDOR_STATE("a country a fuel corridor crosses"),
    /** A side of the war ({@code state}, {@code jnim}, {@code is_sahel}, {@code separatists}). */
    SIDE("a side"),
    /**
     * What an offensive aims at: a place that can be held (a town, junction, crossing, mine, camp
     * or base of the map) or a region, where the aim is the place there the state values most.
     */
    OBJECTIVE("a place or a region"),
    /** Who an event is about in the event log: a side, a force, a neighbouring country or a power that deals with the junta. */
    ACTOR("a side, a force, a neighbouring country or a power that deals with the junta");

    private final String what;

    Referent(String what) {
        this.what = what;
    }

    /** In words: "a force". */
    public String what() {
        return what;
    }
}
