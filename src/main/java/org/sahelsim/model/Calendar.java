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

    /** Whether the week starting at {@code tick} is the first week of a calendar month (monthly decisions). */
    public boolean startsMonth(long tick) {
        LocalDate d = date(tick);
        return tick == 0 || d.getMonthValue() != d.minusWeeks(1).getMonthValue();
    }
}
