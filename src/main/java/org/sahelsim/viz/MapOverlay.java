package org.sahelsim.viz;

import java.util.List;

/**
 * What a control map draws over the cells: borders, roads, towns, mines and the neighbours'
 * names, as plain lon/lat geometry. The renderer knows nothing of where the geography comes
 * from; an adapter from the project's atlas supplies it, and tests supply a small one.
 */
public interface MapOverlay {

    /** Polylines (closed ones repeat their first point), drawn in the order given. */
    List<Line> lines();

    /** Points with names, drawn above the lines. */
    List<Place> places();

    /** No overlay: cells only. */
    static MapOverlay empty() {
        return of(List.of(), List.of());
    }

    static MapOverlay of(List<Line> lines, List<Place> places) {
        List<Line> l = List.copyOf(lines);
        List<Place> p = List.copyOf(places);
        return new MapOverlay() {
            @Override
            public List<Line> lines() { return l; }

            @Override
            public List<Place> places() { return p; }
        };
    }

    /** A position in degrees (WGS 84). */
    record LonLat(double lon, double lat) {
    }

    /** How a line is drawn. */
    enum LineKind {
        /** Mali's border with its neighbours. */
        COUNTRY_BORDER,
        /** Border between two regions of Mali. */
        REGION_BORDER,
        /** A national road or fuel corridor. */
        MAIN_ROAD,
        /** Any other road. */
        ROAD
    }

    /** How a place is drawn. */
    enum PlaceKind {
        /** The national capital. */
        CAPITAL,
        /** A town, labelled. */
        TOWN,
        /** A mine, marked and labelled. */
        MINE,
        /** A neighbouring country's name, written across its territory. */
        NEIGHBOUR
    }

    /** A polyline of at least two points. */
    record Line(LineKind kind, List<LonLat> points) {
        public Line {
            points = List.copyOf(points);
            if (points.size() < 2) throw new IllegalArgumentException("a line needs two points, got " + points.size());
        }
    }

    /** A named point. */
    record Place(PlaceKind kind, LonLat at, String name) {
    }
}
