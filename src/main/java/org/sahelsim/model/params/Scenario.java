package org.sahelsim.model.params;

import java.util.List;

/**
 * Everything a run needs besides the map and the seed: the parameters of every submodel and the
 * dated events. Values come from scenario files, each with its source.
 */
public record Scenario(String id,
                       String title,
                       String question,
                       @Optional String notes,
                       Period period,
                       Grid grid,
                       InitialControl initialControl,
                       Forces forces,
                       CombatParams combat,
                       AttitudeParams attitudes,
                       ControlParams control,
                       FuelParams fuel,
                       EconomyParams economy,
                       PoliticsParams politics,
                       @Optional List<ScenarioEvent> events) implements Validated {
    @Override
    public void validate(Checker check) {
        List<ScenarioEvent> list = eventsOrEmpty();
        for (int i = 0; i < list.size(); i++) {
            var date = list.get(i).date();
            check.require(!date.isAfter(period.end()), "events[" + i + "].date", date.toString(),
                    "a date no later than the end of the period (" + period.end() + ")");
            if (i > 0) {
                var before = list.get(i - 1).date();
                check.require(!date.isBefore(before), "events[" + i + "].date", date.toString(),
                        "events in date order: this one comes before the previous event's " + before);
            }
        }
    }

    public List<ScenarioEvent> eventsOrEmpty() {
        return events == null ? List.of() : events;
    }
}
