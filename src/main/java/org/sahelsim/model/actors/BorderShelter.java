package org.sahelsim.model.actors;

import org.sahelsim.model.world.Earth;
import org.sahelsim.model.world.Geography;

/**
 * The shelter a neighbour that objects gives the ground along its border (ODD §7.9). The state's
 * strikes and columns near the border of a neighbour that objects to them risk an incident with
 * it: the operation "aimed at recapturing territory from Tuareg rebels" at Tinzaouaten "was
 * suspended due to potential risks near Algeria's borders" ('Analysis of Mali-Wagner-Russia
 * relations'), and Algeria closed its airspace to Mali after a drone was shot down near the border
 * (7 April 2025, sofx). The state weighs that risk against what a strike or an operation there
 * would win: in a cell {@code d} km from the border, its shelter is
 * {@code stance × exp(−d / km)}, the neighbour's stance (0–1, how far it objects now) falling
 * off by a factor e every {@code km} ({@link #shelter}). The state's strikes on a held place and
 * the worth it sees in an operation against one keep {@code 1 − shelter} of themselves there
 * ({@code HeldPlaceStrikes}, {@code Planner}): near the border a group can rest and hold.
 */
public final class BorderShelter implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Each cell's distance to the nearest cell on the border, km (infinite where the country touches no cell). */
    private final double[] km;
    /** The distance over which the shelter falls by a factor e. */
    private final double scaleKm;

    private BorderShelter(double[] km, double scaleKm) {
        this.km = km;
        this.scaleKm = scaleKm;
    }

    /** The shelter of a cell {@code d} km from the border of a neighbour of stance {@code stance}: {@code stance × exp(−d / scaleKm)}. */
    public static double shelter(double stance, double d, double scaleKm) {
        if (stance <= 0 || scaleKm <= 0 || Double.isInfinite(d)) return 0;
        return stance * Math.exp(-d / scaleKm);
    }

    /** The shelter along {@code geo}'s border with {@code country} (the cells that touch it are 0 km from it). */
    public static BorderShelter of(Geography geo, String country, double scaleKm) {
        int n = geo.cellCount();
        java.util.List<Integer> border = new java.util.ArrayList<>();
        for (int c = 0; c < n; c++) if (country.equalsIgnoreCase(geo.borderCountry(c))) border.add(c);
        double[] km = new double[n];
        for (int c = 0; c < n; c++) {
            double best = Double.POSITIVE_INFINITY;
            for (int b : border) best = Math.min(best, b == c ? 0 : Earth.distanceKm(geo.lon(c), geo.lat(c), geo.lon(b), geo.lat(b)));
            km[c] = best;
        }
        return new BorderShelter(km, scaleKm);
    }

    /** Cell {@code c}'s distance to the border, km. */
    public double km(int c) {
        return km[c];
    }

    /** Writes each cell's shelter at the neighbour's stance {@code stance} into {@code out}. */
    public void apply(double stance, double[] out) {
        for (int c = 0; c < out.length; c++) out[c] = shelter(stance, km[c], scaleKm);
    }
}
