package org.sahelsim.model.params;

import java.util.Map;

/**
 * How a force weighs the cells of the map when it decides where to deploy. Each weight
 * multiplies a feature the force reads from the world each month; the deployment is
 * proportional to the weighted sum.
 *
 * @param capital    the Bamako cells (regime protection)
 * @param population the cell's share of the population
 * @param mines      cells with a gold mine (revenue)
 * @param roads      cells on a road (supply lines, escorts)
 * @param threat     the enemy's armed presence in the cell
 * @param grievance  grievance against the state (where insurgents recruit)
 * @param weakness   people outside the state's control (where insurgents can move, recruit and tax)
 * @param frontier   cells next to ground the force's side already holds
 * @param held       people on ground the force's side already holds (to keep them)
 * @param regions    affinity for regions by id (1 where absent): a force's home ground or theatre
 * @param source     where the weights come from
 */
public record Priorities(@Bounds(min = 0) double capital,
                         @Bounds(min = 0) double population,
                         @Bounds(min = 0) double mines,
                         @Bounds(min = 0) double roads,
                         @Bounds(min = 0) double threat,
                         @Bounds(min = 0) double grievance,
                         @Bounds(min = 0) double weakness,
                         @Bounds(min = 0) double frontier,
                         @Bounds(min = 0) double held,
                         @Optional Map<String, Double> regions,
                         @Optional String source) implements java.io.Serializable {
}
