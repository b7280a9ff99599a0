package org.sahelsim.model.observe;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The run's event log, in the order events happened. One per run; not shared.
 *
 * <p>An event whose description is not yet in words ({@link Words}) waits among the pending ones
 * until the log is read ({@link #events}, {@link #since}) or saved with the run; then every
 * pending event, in order, becomes a {@link LoggedEvent} with its text. The log saved holds the
 * same events as if each had been put in words when logged.
 */
public final class EventLog implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    private final List<LoggedEvent> events = new ArrayList<>();
    /** Events logged after those in {@link #events}, their descriptions not yet read; null when none. */
    private transient List<Pending> pending;

    private record Pending(LocalDate date, String type, String region, List<String> actors, CharSequence description,
                           double lon, double lat, double killed) {
    }

    public void add(LocalDate date, String type, String region, List<String> actors, CharSequence description) {
        add(date, type, region, actors, description, Double.NaN, Double.NaN, Double.NaN);
    }

    /** An event at one place ({@code lon}, {@code lat}) that killed {@code killed} people. */
    public void add(LocalDate date, String type, String region, List<String> actors, CharSequence description, double lon, double lat, double killed) {
        String r = region == null ? "" : region;
        if (pending == null && description instanceof String text) {
            events.add(new LoggedEvent(date, type, r, actors, text, lon, lat, killed));
            return;
        }
        if (pending == null) pending = new ArrayList<>();
        pending.add(new Pending(date, type, r, List.copyOf(actors), description, lon, lat, killed));
    }

    public List<LoggedEvent> events() {
        putInWords();
        return Collections.unmodifiableList(events);
    }

    /** Events logged since index {@code from}. */
    public List<LoggedEvent> since(int from) {
        putInWords();
        return Collections.unmodifiableList(events.subList(from, events.size()));
    }

    public int size() {
        return events.size() + (pending == null ? 0 : pending.size());
    }

    /** The pending events in words, in order, after the others. */
    private void putInWords() {
        if (pending == null) return;
        for (Pending e : pending) {
            events.add(new LoggedEvent(e.date(), e.type(), e.region(), e.actors(), e.description().toString(), e.lon(), e.lat(), e.killed()));
        }
        pending = null;
    }

    /** Saved with every event in words: the same bytes as a log whose events were put in words when logged. */
    private Object writeReplace() {
        putInWords();
        return this;
    }
}
