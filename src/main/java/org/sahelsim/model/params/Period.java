package org.sahelsim.model.params;

import java.time.LocalDate;

/** The simulated period; weeks start on {@code start} and run until they pass {@code end}. */
public record Period(LocalDate start, LocalDate end) implements Validated, java.io.Serializable {
    @Override
    public void validate(Checker check) {
        check.require(end.isAfter(start), "end", end.toString(), "a date after the start (" + start + ")");
    }
}
