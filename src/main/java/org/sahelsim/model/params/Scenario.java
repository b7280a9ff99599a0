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
                       DecisionMode decisions,
                       Grid grid,
                       InitialControl initialControl,
                       Forces forces,
                       CombatParams combat,
                       AttitudeParams attitudes,
                       ControlParams control,
                       AdministrationParams administration,
                       FuelParams fuel,
                       EconomyParams economy,
                       PoliticsParams politics,
                       StrategyParams strategy,
                       PlaceParams places,
                       RelationParams relations,
                       OperationParams operations,
                       AtrocityParams atrocities,
                       RoutParams routs,
                       @Optional GarrisonSupplyParams garrisonSupply,
                       LeaderParams leaders,
                       @Optional List<ScenarioEvent> events,
                       @Optional List<ScenarioEvent> addEvents,
                       @Optional List<String> removeEvents) implements Validated, java.io.Serializable {
    @Override
    public void validate(Checker check) {
        checkOrder(check, "events", events == null ? List.of() : events);
        checkOrder(check, "add_events", addEvents == null ? List.of() : addEvents);
        List<String> removed = removeEvents == null ? List.of() : removeEvents;
        for (int i = 0; i < removed.size(); i++) {
            String label = removed.get(i);
            boolean found = events != null && events.stream().anyMatch(e -> e.label().equals(label));
            check.require(found, "remove_events[" + i + "]", "'" + label + "'",
                    "the label of an event of the scenario (or of the one it extends)");
        }
    }

    private void checkOrder(Checker check, String key, List<ScenarioEvent> list) {
        for (int i = 0; i < list.size(); i++) {
            ScenarioEvent e = list.get(i);
            if (e.type() == EventType.OFFENSIVE) {
                check.require(e.target() != null && e.value() != null && e.overWeeks() != null, key + "[" + i + "]",
                        "an offensive without target, value or over_weeks",
                        "target (a region id), value (the share of FAMa and Russian forces committed) and over_weeks (how long)");
            }
            var date = list.get(i).date();
            check.require(!date.isAfter(period.end()), key + "[" + i + "].date", date.toString(),
                    "a date no later than the end of the period (" + period.end() + ")");
            if (i > 0) {
                var before = list.get(i - 1).date();
                check.require(!date.isBefore(before), key + "[" + i + "].date", date.toString(),
                        "events in date order: this one comes before the previous event's " + before);
            }
        }
    }

    /**
     * The events that happen: {@code events} (usually inherited) less those whose label is in
     * {@code remove_events}, plus {@code add_events}, in date order (same-day events keep their
     * order, inherited first). A scenario that extends another states only what differs.
     */
    public List<ScenarioEvent> eventsOrEmpty() {
        java.util.List<ScenarioEvent> out = new java.util.ArrayList<>();
        List<String> removed = removeEvents == null ? List.of() : removeEvents;
        if (events != null) for (ScenarioEvent e : events) if (!removed.contains(e.label())) out.add(e);
        if (addEvents != null) out.addAll(addEvents);
        out.sort(java.util.Comparator.comparing(ScenarioEvent::date));
        return List.copyOf(out);
    }
}
