package org.sahelsim.viz;

import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.sahelsim.geodata.CountryShape;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.MineSite;
import org.sahelsim.geodata.Place;
import org.sahelsim.geodata.PlaceKind;
import org.sahelsim.geodata.RegionShape;
import org.sahelsim.geodata.RoadLine;

/** The map overlay drawn from the embedded atlas: borders, roads, towns, mines, neighbours. */
public final class AtlasOverlay {
    private AtlasOverlay() {
    }

    public static MapOverlay of(MaliAtlas atlas) {
        List<MapOverlay.Line> lines = new ArrayList<>();
        for (RoadLine r : atlas.roads()) {
            double[] lons = r.lons();
            double[] lats = r.lats();
            List<MapOverlay.LonLat> pts = new ArrayList<>();
            for (int i = 0; i < lons.length; i++) pts.add(new MapOverlay.LonLat(lons[i], lats[i]));
            if (pts.size() >= 2) lines.add(new MapOverlay.Line(r.paved() ? MapOverlay.LineKind.MAIN_ROAD : MapOverlay.LineKind.ROAD, pts));
        }
        for (RegionShape r : atlas.regions()) rings(r.shape(), MapOverlay.LineKind.REGION_BORDER, lines);
        rings(atlas.country(), MapOverlay.LineKind.COUNTRY_BORDER, lines);

        List<MapOverlay.Place> places = new ArrayList<>();
        for (CountryShape c : atlas.neighbours()) {
            Geometry clip = c.shape();
            var p = clip.getInteriorPoint();
            places.add(new MapOverlay.Place(MapOverlay.PlaceKind.NEIGHBOUR, new MapOverlay.LonLat(p.getX(), p.getY()), c.name()));
        }
        for (MineSite m : atlas.mines()) {
            places.add(new MapOverlay.Place(MapOverlay.PlaceKind.MINE, new MapOverlay.LonLat(m.lon(), m.lat()), m.name()));
        }
        for (Place p : atlas.places()) {
            if (p.kind() != PlaceKind.TOWN || !p.capital()) continue;
            MapOverlay.PlaceKind kind = p.id().equals("bamako") ? MapOverlay.PlaceKind.CAPITAL : MapOverlay.PlaceKind.TOWN;
            places.add(new MapOverlay.Place(kind, new MapOverlay.LonLat(p.lon(), p.lat()), p.name()));
        }
        return MapOverlay.of(lines, places);
    }

    private static void rings(Geometry g, MapOverlay.LineKind kind, List<MapOverlay.Line> out) {
        for (int i = 0; i < g.getNumGeometries(); i++) {
            Geometry part = g.getGeometryN(i);
            if (part instanceof Polygon poly) {
                ring(poly.getExteriorRing().getCoordinates(), kind, out);
                for (int h = 0; h < poly.getNumInteriorRing(); h++) ring(poly.getInteriorRingN(h).getCoordinates(), kind, out);
            }
        }
    }

    private static void ring(Coordinate[] cs, MapOverlay.LineKind kind, List<MapOverlay.Line> out) {
        List<MapOverlay.LonLat> pts = new ArrayList<>(cs.length);
        for (Coordinate c : cs) pts.add(new MapOverlay.LonLat(c.x, c.y));
        if (pts.size() >= 2) out.add(new MapOverlay.Line(kind, pts));
    }
}
