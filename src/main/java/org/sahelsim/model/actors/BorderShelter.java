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

    /**
     * The shelter along {@code geo}'s border with {@code country} (the cells that touch it are 0 km
     * from it). Each cell's distance is the least of its great-circle distances to the border's
     * cells. The border's cells are first ranked by a cheap form of the same haversine (from the
     * points' unit vectors, {@code (1 − u·v) / 2}), and the distance is worked out only for those
     * that come within a margin of the nearest by it ({@link #NEAR_RELATIVE}, {@link
     * #NEAR_ABSOLUTE}): the same least distance, to the bit, as working it out for every border
     * cell, at a few cells' cost instead of hundreds.
     */
    public static BorderShelter of(Geography geo, String country, double scaleKm) {
        int n = geo.cellCount();
        int count = 0;
        for (int c = 0; c < n; c++) if (country.equalsIgnoreCase(geo.borderCountry(c))) count++;
        int[] border = new int[count];
        double[] bx = new double[count];
        double[] by = new double[count];
        double[] bz = new double[count];
        count = 0;
        for (int c = 0; c < n; c++) {
            if (!country.equalsIgnoreCase(geo.borderCountry(c))) continue;
            double lat = Math.toRadians(geo.lat(c));
            double lon = Math.toRadians(geo.lon(c));
            bx[count] = Math.cos(lat) * Math.cos(lon);
            by[count] = Math.cos(lat) * Math.sin(lon);
            bz[count] = Math.sin(lat);
            border[count++] = c;
        }
        double[] h = new double[count];
        double[] km = new double[n];
        for (int c = 0; c < n; c++) {
            double lat = Math.toRadians(geo.lat(c));
            double lon = Math.toRadians(geo.lon(c));
            double x = Math.cos(lat) * Math.cos(lon);
            double y = Math.cos(lat) * Math.sin(lon);
            double z = Math.sin(lat);
            double nearest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < count; i++) {
                h[i] = (1 - (x * bx[i] + y * by[i] + z * bz[i])) / 2;
                nearest = Math.min(nearest, h[i]);
            }
            double within = nearest * (1 + NEAR_RELATIVE) + NEAR_ABSOLUTE;
            double best = Double.POSITIVE_INFINITY;
            for (int i = 0; i < count; i++) {
                if (h[i] > within) continue;
                int b = border[i];
                best = Math.min(best, b == c ? 0 : Earth.distanceKm(geo.lon(c), geo.lat(c), geo.lon(b), geo.lat(b)));
            }
            km[c] = best;
        }
        return new BorderShelter(km, scaleKm);
    }

    /**
     * The margin within which a border cell's cheap haversine must come of the nearest's for its
     * distance to be worked out: a millionth of it, and 1e-13 (the haversine of about 4 m). The
     * cheap form and the distance's own haversine differ by rounding alone, some 1e-15 at most for
     * points on the unit sphere, so the border cell whose worked-out distance is least always
     * lies within it.
     */
    private static final double NEAR_RELATIVE = 1e-6;
    private static final double NEAR_ABSOLUTE = 1e-13;

    /** Cell {@code c}'s distance to the border, km. */
    public double km(int c) {
        return km[c];
    }

    /** Writes each cell's shelter at the neighbour's stance {@code stance} into {@code out}. */
    public void apply(double stance, double[] out) {
        for (int c = 0; c < out.length; c++) out[c] = shelter(stance, km[c], scaleKm);
    }
}
