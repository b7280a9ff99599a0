package org.sahelsim.model.params;

/**
 * The state's garrisons supplied by road from Bamako (ODD §7.10, "Garrisons on the roads"): a
 * garrison that no siege shuts in is refilled only when a supply convoy from Bamako reaches it,
 * and the junta withdraws the garrisons it cannot reach. Off ({@code by_road} false, or the
 * section absent), every garrison that is not besieged is refilled in full each week, as before.
 *
 * @param byRoad         whether the state's garrisons are supplied by road from Bamako (false in
 *                       the default, ODD §9 says why)
 * @param escortedRuns   supply convoys to its garrisons the junta escorts a week while its army
 *                       escorts the fuel convoys: the few escorts go to the garrisons worth most
 *                       to it
 * @param abandonBelow   the chance that a convoy gets through below which the junta withdraws a
 *                       garrison it cannot reach
 * @param abandonDays    the days of supply left at which it decides: a garrison not reached is
 *                       withdrawn once its stock falls to this, if the road stays that deadly
 * @param source         where the numbers come from
 */
public record GarrisonSupplyParams(boolean byRoad,
                                   @Bounds(min = 0) int escortedRuns,
                                   @Bounds(min = 0, max = 1) double abandonBelow,
                                   @Bounds(min = 0) double abandonDays,
                                   @Optional String source) implements java.io.Serializable {
}
