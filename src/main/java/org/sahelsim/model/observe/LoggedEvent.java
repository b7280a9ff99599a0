package org.sahelsim.model.observe;

import java.time.LocalDate;
import java.util.List;

/**
 * A notable event, in words a reader understands.
 *
 * @param date        when
 * @param type        a short key, e.g. {@code scenario}, {@code ambush}, {@code convoy_lost}, {@code coup}
 * @param region      region id, or empty for national events
 * @param actors      the actors involved, by key
 * @param description one readable sentence
 * @param lon         where it happened (the centre of its cell), degrees east, or NaN when the event has no one place
 * @param lat         where it happened, degrees north, or NaN
 * @param killed      the people it killed, for events that count them (civilians killed in an incident), or NaN
 */
public record LoggedEvent(LocalDate date, String type, String region, List<String> actors, String description,
                          double lon, double lat, double killed) implements java.io.Serializable {
    public LoggedEvent {
        actors = List.copyOf(actors);
    }

    /** An event with no one place and no count of the killed. */
    public LoggedEvent(LocalDate date, String type, String region, List<String> actors, String description) {
        this(date, type, region, actors, description, Double.NaN, Double.NaN, Double.NaN);
    }
}
