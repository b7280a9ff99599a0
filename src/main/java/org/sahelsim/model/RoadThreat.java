package org.sahelsim.model;

/**
 * How much a road cell threatens a convoy (ODD §7.5): the insurgents' control of the cell plus
 * their fighters on it, capped at 1. The fighters count as full presence either at the density
 * that makes full presence on any ground ({@code troops_per_km2} times the cell's area, the
 * default), or, with {@code fuel.ambush_band} set, at a band of that many fighters whatever the
 * cell's size: to stop a convoy a group needs a band where the road passes, not an army along it,
 * so what the road's danger reads is where the group stands on the roads (its reach) more than
 * how many it has.
 *
 * @param troopsPerKm2 the density of armed presence that counts as full presence on a cell
 * @param band         fighters that make full presence on a road cell; 0 or less: the density rule
 */
public record RoadThreat(double troopsPerKm2, double band) implements java.io.Serializable {

    /** The density rule alone (no ambush band). */
    public static RoadThreat ofDensity(double troopsPerKm2) {
        return new RoadThreat(troopsPerKm2, 0);
    }

    /** The fighters' part of the threat, 0–1, of {@code fighters} on a cell of {@code areaKm2}. */
    public double presence(double fighters, double areaKm2) {
        double full = band > 0 ? band : troopsPerKm2 * areaKm2;
        return Math.min(1, fighters / full);
    }

    /** The threat, 0–1, of a cell the insurgents control to {@code control} with {@code fighters} on it. */
    public double threat(double control, double fighters, double areaKm2) {
        return Math.min(1, control + presence(fighters, areaKm2));
    }
}
