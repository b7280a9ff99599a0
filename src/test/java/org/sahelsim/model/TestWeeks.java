package org.sahelsim.model;

import ec.util.MersenneTwisterFast;
import java.time.LocalDate;
import org.sahelsim.model.observe.EventLog;

/** A week of the model's calendar for tests of submodels outside this package. */
public final class TestWeeks {
    private TestWeeks() {
    }

    /** Week {@code tick} from {@code start}, starting a month, drawing from {@code random}, logging to {@code log}. */
    public static Week monthStart(long tick, LocalDate start, MersenneTwisterFast random, EventLog log) {
        return new Week(tick, true, random, log, start.plusWeeks(tick));
    }
}
