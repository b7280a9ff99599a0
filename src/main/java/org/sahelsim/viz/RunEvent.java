package org.sahelsim.viz;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of {@code events.csv}: a notable event, in words a reader understands.
 *
 * @param date        the day (or week) of the event
 * @param type        event type, e.g. {@code scenario}, {@code ambush}
 * @param region      region id, empty for national events
 * @param actors      actor ids involved
 * @param description the sentence a person reads
 */
public record RunEvent(LocalDate date, String type, String region, List<String> actors, String description) {
    public RunEvent {
        actors = List.copyOf(actors);
    }

    /** Whether the event is one of the scenario's dated events (a withdrawal, sanctions...). */
    public boolean isScenarioEvent() {
        return type.startsWith("scenario");
    }
}
