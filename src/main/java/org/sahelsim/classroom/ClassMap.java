package org.sahelsim.classroom;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.Side;
import org.sahelsim.model.params.ControlParams;
import org.sahelsim.model.submodels.Control;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.world.Geography;
import org.sahelsim.results.Actor;
import org.sahelsim.results.Actors;
import org.sahelsim.viz.MapOverlay;

/**
 * The map the pages draw: the grid and what goes over it (borders, roads, towns), sent once, and
 * each month who holds each cell. The browser paints it on a canvas; nothing is fetched from
 * anywhere but the class's server.
 *
 * @param lonMin      the grid's west edge
 * @param latMax      its north edge
 * @param cellDegrees a cell's side
 * @param width       cells across
 * @param height      cells down
 * @param sides       the sides, in the order cells name them, then {@code contested}
 * @param lines       borders and roads: kind and a flat list of lon, lat, lon, lat...
 * @param places      towns, the capital, mines and neighbours' names
 */
public record ClassMap(double lonMin, double latMax, double cellDegrees, int width, int height, List<Actor> sides,
                       List<Line> lines, List<Spot> places) {

    /** A polyline: its kind ({@code country_border}, {@code region_border}, {@code main_road}, {@code road}) and its points. */
    public record Line(String kind, double[] lonLat) {
    }

    /** A named point: its kind ({@code capital}, {@code town}, {@code mine}, {@code neighbour}). */
    public record Spot(String kind, double lon, double lat, String name) {
    }

    /**
     * Who holds the cells this week: for each cell of the country, its column, row, the side
     * that dominates it (its index in {@link #sides}; the last is contested) and that side's
     * share (for contested cells, the strongest side's).
     */
    public record Cells(int[] col, int[] row, int[] side, double[] share) {
    }

    static ClassMap of(Geography geo, MapOverlay overlay) {
        List<Line> lines = new ArrayList<>();
        for (MapOverlay.Line l : overlay.lines()) {
            double[] pts = new double[l.points().size() * 2];
            for (int i = 0; i < l.points().size(); i++) {
                pts[2 * i] = round(l.points().get(i).lon());
                pts[2 * i + 1] = round(l.points().get(i).lat());
            }
            lines.add(new Line(l.kind().name().toLowerCase(java.util.Locale.ROOT), pts));
        }
        List<Spot> spots = new ArrayList<>();
        for (MapOverlay.Place p : overlay.places()) {
            spots.add(new Spot(p.kind().name().toLowerCase(java.util.Locale.ROOT), p.at().lon(), p.at().lat(), p.name()));
        }
        return new ClassMap(geo.lonMin(), geo.latMax(), geo.cellDegrees(), geo.width(), geo.height(),
                Actors.standard().territorial(), lines, spots);
    }

    static Cells cells(WorldState w, ControlParams control) {
        double dominance = control.dominance();
        Geography geo = w.geo;
        int n = geo.cellCount();
        int[] col = new int[n];
        int[] row = new int[n];
        int[] side = new int[n];
        double[] share = new double[n];
        for (int c = 0; c < n; c++) {
            col[c] = geo.col(c);
            row[c] = geo.row(c);
            // A side's index, or Side.COUNT contested, or Side.COUNT + 1 ungoverned (Control.standingOf).
            int standing = Control.standingOf(w, c, dominance, control.ungovernedBelow());
            double best = 0;
            for (int s = 0; s < Side.COUNT; s++) best = Math.max(best, w.control[s][c]);
            side[c] = standing;
            share[c] = round(standing >= Side.COUNT ? best : w.control[standing][c]);
        }
        return new Cells(col, row, side, share);
    }

    /** Four decimals are enough for a map, and keep the page's download small. */
    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }
}
