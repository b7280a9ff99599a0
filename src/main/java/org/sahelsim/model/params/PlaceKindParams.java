package org.sahelsim.model.params;

/**
 * What one kind of place is like (capital, regional capital, town, junction, crossing, mine,
 * camp, base).
 *
 * @param defences   multiplier on the defenders' fire in an assault (walls, bunkers, prepared
 *                   positions); with Lanchester's square law an attacker of equal quality needs
 *                   about √defences times the defenders to carry the place
 * @param political  worth as a seat of power or a symbol, in troop-equivalents before each side's weight
 * @param economic   worth as a market, toll or revenue source, likewise (towns add by people, mines by gold)
 * @param military   worth as a base that projects force (airfields, camps, crossings), likewise
 * @param garrison   the garrison a holder keeps there in the ordinary course (troops)
 * @param supplyDays the stock of food, fuel and ammunition a garrison there holds when full, in days
 * @param officials  how far its holder's officials govern from it (0–1): the share of its reach
 *                   that backs its holder's administration (a town's prefect, judges and tax
 *                   collectors govern its district; an army camp holds ground but has none)
 * @param source     where the numbers come from
 */
public record PlaceKindParams(@Bounds(min = 1) double defences,
                              @Bounds(min = 0) double political,
                              @Bounds(min = 0) double economic,
                              @Bounds(min = 0) double military,
                              @Bounds(min = 0) double garrison,
                              @Bounds(min = 1) double supplyDays,
                              @Bounds(min = 0, max = 1) double officials,
                              @Optional String source) implements java.io.Serializable {
}
