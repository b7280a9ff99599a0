package org.sahelsim.geodata;

/** Distances and areas on the spherical Earth (definitional constants only). */
final class Sphere {
    /** Mean Earth radius (IUGG), km. */
    static final double RADIUS_KM = org.sahelsim.model.world.Earth.RADIUS_KM;

    private Sphere() {
    }

    /** Great-circle distance between two lon/lat points, km (haversine). */
    static double distanceKm(double lon1, double lat1, double lon2, double lat2) {
        return org.sahelsim.model.world.Earth.distanceKm(lon1, lat1, lon2, lat2);
    }

    /** Exact area of a lon/lat rectangle on the sphere, km². */
    static double rectangleKm2(double lonWest, double latSouth, double lonEast, double latNorth) {
        return RADIUS_KM * RADIUS_KM * Math.toRadians(lonEast - lonWest)
                * (Math.sin(Math.toRadians(latNorth)) - Math.sin(Math.toRadians(latSouth)));
    }

    /**
     * Area of a lon/lat geometry, km²: its planar area in square degrees scaled, strip by strip of
     * one degree of latitude, by the spherical area of a square degree at that latitude.
     */
    static double areaKm2(org.locationtech.jts.geom.Geometry g) {
        var env = g.getEnvelopeInternal();
        double total = 0;
        var factory = g.getFactory();
        for (double lat = Math.floor(env.getMinY()); lat < env.getMaxY(); lat += 1) {
            var strip = factory.toGeometry(new org.locationtech.jts.geom.Envelope(env.getMinX() - 1, env.getMaxX() + 1, lat, lat + 1));
            double deg2 = g.intersection(strip).getArea();
            if (deg2 > 0) total += deg2 * rectangleKm2(0, lat, 1, lat + 1);
        }
        return total;
    }
}
