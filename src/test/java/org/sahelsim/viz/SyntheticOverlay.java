package org.sahelsim.viz;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.results.SyntheticRun;

/** A small overlay for the synthetic run's maps: the outline, a region border, roads, towns, a mine, neighbours. */
final class SyntheticOverlay {
    private SyntheticOverlay() {
    }

    static MapOverlay overlay() {
        List<MapOverlay.LonLat> outline = new ArrayList<>();
        for (double[] p : SyntheticRun.OUTLINE) outline.add(new MapOverlay.LonLat(p[0], p[1]));
        List<MapOverlay.Line> lines = List.of(
                new MapOverlay.Line(MapOverlay.LineKind.COUNTRY_BORDER, outline),
                new MapOverlay.Line(MapOverlay.LineKind.REGION_BORDER,
                        List.of(ll(-5.5, 15.5), ll(-4.0, 16.0), ll(-1.5, 15.7), ll(0.9, 14.97))),
                new MapOverlay.Line(MapOverlay.LineKind.ROAD, List.of(ll(-8.0, 12.65), ll(-5.7, 11.3))),
                new MapOverlay.Line(MapOverlay.LineKind.MAIN_ROAD,
                        List.of(ll(-8.0, 12.65), ll(-6.26, 13.43), ll(-4.9, 13.3), ll(-4.2, 14.5), ll(-0.04, 16.27))));
        List<MapOverlay.Place> places = List.of(
                new MapOverlay.Place(MapOverlay.PlaceKind.CAPITAL, ll(-8.0, 12.65), "Bamako"),
                new MapOverlay.Place(MapOverlay.PlaceKind.TOWN, ll(-11.43, 14.45), "Kayes"),
                new MapOverlay.Place(MapOverlay.PlaceKind.TOWN, ll(-6.26, 13.43), "Ségou"),
                new MapOverlay.Place(MapOverlay.PlaceKind.TOWN, ll(-4.2, 14.5), "Mopti"),
                new MapOverlay.Place(MapOverlay.PlaceKind.TOWN, ll(-3.0, 16.77), "Tombouctou"),
                new MapOverlay.Place(MapOverlay.PlaceKind.TOWN, ll(-0.04, 16.27), "Gao"),
                new MapOverlay.Place(MapOverlay.PlaceKind.TOWN, ll(1.41, 18.44), "Kidal"),
                new MapOverlay.Place(MapOverlay.PlaceKind.MINE, ll(-11.1, 13.9), "Sadiola"),
                new MapOverlay.Place(MapOverlay.PlaceKind.NEIGHBOUR, ll(0.5, 23.5), "Algeria"),
                new MapOverlay.Place(MapOverlay.PlaceKind.NEIGHBOUR, ll(-9.5, 19.5), "Mauritania"),
                new MapOverlay.Place(MapOverlay.PlaceKind.NEIGHBOUR, ll(2.6, 13.2), "Niger"),
                new MapOverlay.Place(MapOverlay.PlaceKind.NEIGHBOUR, ll(-1.8, 12.2), "Burkina Faso"),
                new MapOverlay.Place(MapOverlay.PlaceKind.NEIGHBOUR, ll(-11.8, 11.2), "Guinea"));
        return MapOverlay.of(lines, places);
    }

    private static MapOverlay.LonLat ll(double lon, double lat) {
        return new MapOverlay.LonLat(lon, lat);
    }

}
