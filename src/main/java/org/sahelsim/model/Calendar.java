package org.sahelsim.model;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Maps weekly ticks to calendar dates: tick 0 is the scenario's start, each tick a week. */
public record Calendar(LocalDate start, LocalDate end) implements java.io.Serializable {
    public LocalDate date(long tick) {
        return start.plusWeeks(tick);
    }

    /** Number of weekly ticks from start until the end date (inclusive of the week containing it). */
    public int weeks() {
        return (int) (ChronoUnit.WEEKS.between(start, end) + 1);
    }

    /** The tick of the week containing {@code date} (negative before the start). */
    public long tickOf(LocalDate date) {
        long days = ChronoUnit.DAYS.between(start, date);
        return Math.floorDiv(days, 7);
    }

    /** Weeks in an average month (365.25 / 12 / 7). */
    public static final double WEEKS_PER_MONTH = 365.25 / 12 / 7;

    /**
     * Whether the week {@code tick} opens a month of the run, when the actors take their monthly
     * decisions: month {@code m} opens at week {@code floor(m × 365.25 / 84)} after the start. The
     * months are counted from the scenario's start, not read off the calendar, so that no rule
     * depends on the date: the same scenario started a year later decides the same things in the
     * same weeks after its start.
     */
    public boolean startsMonth(long tick) {
        long month = (long) Math.ceil(tick / WEEKS_PER_MONTH);
        return tick == (long) Math.floor(month * WEEKS_PER_MONTH);
    }
}
