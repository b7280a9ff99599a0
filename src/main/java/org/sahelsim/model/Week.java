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
    private final long seed;

    Week(long tick, boolean startsMonth, MersenneTwisterFast random, EventLog log, LocalDate date) {
        this(tick, startsMonth, random, log, date, 0);
    }

    Week(long tick, boolean startsMonth, MersenneTwisterFast random, EventLog log, LocalDate date, long seed) {
        this.tick = tick;
        this.startsMonth = startsMonth;
        this.random = random;
        this.log = log;
        this.date = date;
        this.seed = seed;
    }

    /** Weeks since the scenario's start, from 0. */
    public long tick() {
        return tick;
    }

    /** Whether this week opens a calendar month, when the actors take their monthly decisions. */
    public boolean startsMonth() {
        return startsMonth;
    }

    /** The run's random numbers, drawn in turn by the submodels. */
    public MersenneTwisterFast random() {
        return random;
    }

    /**
     * Random numbers of their own for a rule whose draws must not shift the run's other draws:
     * seeded from the run's seed, this week and {@code rule}, the same in every run of the seed
     * whatever else happens in it. A rule that draws from it every time it could fire, whether
     * or not it fires, is common to the runs it tells apart: turned on, it sends no other draw
     * of the run elsewhere, and two scenarios run with one seed meet the same luck from it.
     */
    public MersenneTwisterFast stream(long rule) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), (int) tick, (int) rule, 0x5a17});
    }

    /**
     * Random numbers of their own for part {@code part} of a rule that draws in parts (a block of
     * cells, say) which may be drawn on different threads: seeded from the run's seed, this week,
     * {@code rule} and {@code part} (the generator's seeding by an array, which mixes every word of
     * it into its whole state), so each part's draws are the same whichever thread makes them,
     * and in whatever order.
     */
    public MersenneTwisterFast stream(long rule, int part) {
        return new MersenneTwisterFast(new int[] {(int) seed, (int) (seed >>> 32), (int) tick, (int) rule, part, 0x5a17, 0xb10c});
    }

    /** Logs a notable event in this week. */
    public void log(String type, String region, List<String> actors, CharSequence description) {
        log.add(date, type, region, actors, description);
    }

    /** Logs an event at one place ({@code lon}, {@code lat}) that killed {@code killed} people. */
    public void log(String type, String region, List<String> actors, CharSequence description, double lon, double lat, double killed) {
        log.add(date, type, region, actors, description, lon, lat, killed);
    }
}
