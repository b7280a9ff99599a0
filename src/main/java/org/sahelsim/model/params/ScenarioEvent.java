package org.sahelsim.model.params;

import java.time.LocalDate;

/**
 * A dated decision or shock the scenario schedules.
 *
 * @param date      when it happens
 * @param type      what it does
 * @param target    what it acts on (a force, corridor or region id), where its type needs one
 * @param value     its size, where its type needs one
 * @param overWeeks weeks over which a strength change is phased in (0 or absent: at once)
 * @param label     a short label for charts ("France leaves")
 * @param source    where it comes from
 */
public record ScenarioEvent(LocalDate date, EventType type, @Optional String target,
                            @Optional Double value, @Optional @Bounds(min = 0) Integer overWeeks,
                            String label, String source) implements java.io.Serializable {
}
