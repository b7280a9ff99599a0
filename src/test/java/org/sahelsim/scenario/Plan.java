package org.sahelsim.scenario;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.params.Bounds;
import org.sahelsim.model.params.Checker;
import org.sahelsim.model.params.Optional;
import org.sahelsim.model.params.Validated;

/**
 * A small record graph standing in for the model's scenario in the reader's tests: nested
 * records, lists, maps, enums, dates, bounds, optional components and a cross-field rule.
 */
record Plan(
        String name,
        LocalDate start,
        LocalDate end,
        @Bounds(min = 0) double fuelPriceCfa,
        boolean fog,
        Forces forces,
        List<Event> events,
        Map<String, Region> regions,
        @Optional String notes,
        @Optional List<String> tags,
        @Optional @Bounds(min = 0, max = 1) Map<String, Double> shares,
        @Optional @Bounds(min = 1) List<Long> seeds) implements Validated {

    enum Stance { ATTACK, HOLD, WITHDRAW }

    enum EventKind { COUP, AIR_STRIKE, SIEGE }

    record Forces(Force fama, Force france) {
    }

    record Force(@Bounds(min = 0) int strength, @Bounds(min = 0, max = 1) double morale,
            @Optional @Bounds(min = 0) Double airPower, Stance stance) {
    }

    record Event(LocalDate date, EventKind kind, @Bounds(min = 0) double value) {
    }

    record Region(@Bounds(min = 0, max = 1) double state, @Bounds(min = 0) int population,
            @Optional List<String> towns) {
    }

    @Override
    public void validate(Checker check) {
        check.require(end.isAfter(start), "end", end.toString(), "a date after the start, " + start);
        for (int i = 0; i < events.size(); i++) {
            LocalDate d = events.get(i).date();
            check.require(!d.isBefore(start) && !d.isAfter(end), "events[" + i + "].date", d.toString(),
                    "a date within the plan, " + start + " to " + end);
        }
    }
}
