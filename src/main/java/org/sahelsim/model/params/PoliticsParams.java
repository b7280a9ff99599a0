package org.sahelsim.model.params;

/**
 * Junta cohesion and the risk of a coup.
 *
 * @param cohesionStart     cohesion at the start, 0–1
 * @param recovery          share of the gap to full cohesion recovered a month
 * @param territoryLoss     cohesion lost a month per 10 points of national territory lost
 * @param fuelPain          cohesion lost a month when the Bamako price is at twice normal
 * @param arrearsPain       cohesion lost a month per month of unpaid bills
 * @param coupThreshold     below this cohesion a coup becomes possible
 * @param coupHazard        monthly probability of a coup at zero cohesion (scaled linearly)
 * @param negotiatesAfterCoup whether a junta born of a coup negotiates with JNIM and ends the Russian contract
 * @param russiaExitWeeks   weeks Russian forces take to leave once their contract ends
 * @param source            where the numbers come from
 */
public record PoliticsParams(@Bounds(min = 0, max = 1) double cohesionStart,
                             @Bounds(min = 0, max = 1) double recovery,
                             @Bounds(min = 0) double territoryLoss,
                             @Bounds(min = 0) double fuelPain,
                             @Bounds(min = 0) double arrearsPain,
                             @Bounds(min = 0, max = 1) double coupThreshold,
                             @Bounds(min = 0, max = 1) double coupHazard,
                             boolean negotiatesAfterCoup,
                             @Bounds(min = 0) double russiaExitWeeks,
                             @Optional String source) implements java.io.Serializable {
}
