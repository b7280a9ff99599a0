package org.sahelsim.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The state's intentions to take named places: ordered from the top (a scenario's dated
 * {@code offensive}), carried out by the operations layer with the forces the state can spare, and
 * dropped when the place is taken or the time is up. While an intention stands, its place is
 * worth more to the state and the state may gather up to {@code share} of its field army from
 * anywhere in the country for it.
 */
public final class Intentions implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** An order to take a place. */
    public record Intention(int place, double share, long until) implements java.io.Serializable {
    }

    private final List<Intention> list = new ArrayList<>();

    /** Orders the state to take {@code place}, committing up to {@code share} of its field army, for {@code weeks}. */
    public void order(int place, double share, long now, int weeks) {
        list.removeIf(i -> i.place() == place);
        list.add(new Intention(place, share, now + weeks));
    }

    /**
     * The standing intention on {@code place}, or null. Taking a town means taking the camps and
     * bases in it too: an intention covers every place in its target's cell.
     */
    public Intention on(WorldState w, int place, long tick) {
        int cell = w.places.place(place).cell();
        // By index: an iterator a call (a place a menu) was a twentieth of a run's allocation.
        for (int k = 0; k < list.size(); k++) {
            Intention i = list.get(k);
            if (w.places.place(i.place()).cell() == cell && tick <= i.until()) return i;
        }
        return null;
    }

    /** Whether the state holds every place in the target's cell. */
    private static boolean fulfilled(WorldState w, Intention i) {
        int cell = w.places.place(i.place()).cell();
        for (int q = 0; q < w.places.count(); q++) {
            if (w.places.place(q).cell() == cell && w.places.held(q) && w.places.holder[q] != Side.STATE.ordinal()) return false;
        }
        return w.places.holder[i.place()] == Side.STATE.ordinal();
    }

    /** Drops intentions that are fulfilled (the state holds the place) or out of time, logging each. */
    public void review(WorldState w, Week week) {
        for (var it = list.iterator(); it.hasNext(); ) {
            Intention i = it.next();
            var place = w.places.place(i.place());
            String region = w.geo.regions().get(place.region()).id();
            if (fulfilled(w, i)) {
                week.log("intention", region, List.of("state"), "The state holds " + place.name() + " and its camps, as it intended");
                it.remove();
            } else if (week.tick() > i.until()) {
                week.log("intention", region, List.of("state"), "The state gives up its intention to take " + place.name());
                it.remove();
            }
        }
    }

    /** Whether any intention stands. */
    public boolean any() {
        return !list.isEmpty();
    }
}
