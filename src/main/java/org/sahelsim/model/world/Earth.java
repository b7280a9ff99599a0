package org.sahelsim.model.world;

/** Distances on the spherical Earth (definitional constants only). */
public final class Earth {
    /** Mean Earth radius (IUGG), km. */
    public static final double RADIUS_KM = 6371.0088;

    private Earth() {
    }

    /** Great-circle distance between two lon/lat points, km (haversine). */
    public static double distanceKm(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double h = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
    }
}
