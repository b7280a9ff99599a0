package org.sahelsim.geodata;

/**
 * A road of {@code roads.csv} between two places, drawn as a straight lon/lat polyline.
 *
 * @param from     id of the place at one end
 * @param to       id of the place at the other end
 * @param name     road name, e.g. {@code RN6}, or empty
 * @param paved    paved road (true) or track (false)
 * @param lengthKm length along the road: given by the source, or great-circle distance times the winding factor
 * @param lons     longitudes of the polyline, from {@code from} to {@code to}
 * @param lats     latitudes of the polyline
 * @param source   where the road comes from
 */
public record RoadLine(String from, String to, String name, boolean paved, double lengthKm,
                       double[] lons, double[] lats, String source) {
    public RoadLine {
        lons = lons.clone();
        lats = lats.clone();
    }

    /** Longitudes of the polyline (a copy). */
    @Override
    public double[] lons() { return lons.clone(); }

    /** Latitudes of the polyline (a copy). */
    @Override
    public double[] lats() { return lats.clone(); }
}
