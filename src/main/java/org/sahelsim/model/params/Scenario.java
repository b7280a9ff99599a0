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
                       @Optional List<ScenarioEvent> events) {
    public List<ScenarioEvent> eventsOrEmpty() {
        return events == null ? List.of() : events;
    }
}
