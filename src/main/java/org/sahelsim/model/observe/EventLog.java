package org.sahelsim.model.observe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The run's event log, in the order events happened. One per run; not shared. */
public final class EventLog implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final List<LoggedEvent> events = new ArrayList<>();

    public void add(LocalDate date, String type, String region, List<String> actors, String description) {
        events.add(new LoggedEvent(date, type, region == null ? "" : region, actors, description));
    }

    /** An event at one place ({@code lon}, {@code lat}) that killed {@code killed} people. */
    public void add(LocalDate date, String type, String region, List<String> actors, String description, double lon, double lat, double killed) {
        events.add(new LoggedEvent(date, type, region == null ? "" : region, actors, description, lon, lat, killed));
    }

    public List<LoggedEvent> events() {
        return Collections.unmodifiableList(events);
    }

    /** Events logged since index {@code from}. */
    public List<LoggedEvent> since(int from) {
        return Collections.unmodifiableList(events.subList(from, events.size()));
    }

    public int size() {
        return events.size();
    }
}
