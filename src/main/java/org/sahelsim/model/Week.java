package org.sahelsim.model;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import java.util.List;
import org.sahelsim.model.observe.EventLog;

/**
 * What a submodel may know of the moment it runs: the week's number, whether it opens a calendar
 * month (strategic decisions are monthly), the run's random numbers and the event log. Not the
 * date: no rule of the model reads the calendar; the log stamps each entry with it.
 */
public final class Week {
    private final long tick;
    private final boolean startsMonth;
    private final MersenneTwisterFast random;
    private final EventLog log;
    private final LocalDate date;

    Week(long tick, boolean startsMonth, MersenneTwisterFast random, EventLog log, LocalDate date) {
        this.tick = tick;
        this.startsMonth = startsMonth;
        this.random = random;
        this.log = log;
        this.date = date;
    }

    /** Weeks since the scenario's start, from 0. */
    public long tick() {
        return tick;
    }

    /** Whether this week opens a calendar month, when the actors take their monthly decisions. */
    public boolean startsMonth() {
        return startsMonth;
    }

    /** The run's only source of randomness. */
    public MersenneTwisterFast random() {
        return random;
    }

    /** Logs a notable event in this week. */
    public void log(String type, String region, List<String> actors, String description) {
        log.add(date, type, region, actors, description);
    }

    /** Logs an event at one place ({@code lon}, {@code lat}) that killed {@code killed} people. */
    public void log(String type, String region, List<String> actors, String description, double lon, double lat, double killed) {
        log.add(date, type, region, actors, description, lon, lat, killed);
    }
}
