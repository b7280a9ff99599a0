package org.sahelsim.model.params;

/**
 * How much one side cares for each kind of worth a place has: a junta guards its seats of power,
 * an insurgency its revenue and its freedom to move.
 *
 * @param political weight of political worth
 * @param economic  weight of economic worth
 * @param military  weight of military worth
 * @param fighter   what losing one of its own fighters costs it, in the same troop-equivalents
 *                  (insurgents with few fighters guard them more than an army with many)
 * @param source    where the weights come from
 */
public record PlaceWorth(@Bounds(min = 0) double political,
                         @Bounds(min = 0) double economic,
                         @Bounds(min = 0) double military,
                         @Bounds(min = 0) double fighter,
                         @Optional String source) implements java.io.Serializable {
}
