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
 */
public record LoggedEvent(LocalDate date, String type, String region, List<String> actors, String description) implements java.io.Serializable {
    public LoggedEvent {
        actors = List.copyOf(actors);
    }
}
