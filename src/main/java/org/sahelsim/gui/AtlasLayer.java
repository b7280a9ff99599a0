package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Stroke;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.util.EnumSet;
import java.util.Set;
import org.sahelsim.model.world.Geography;
import org.sahelsim.viz.MapOverlay;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;

/**
 * Lines and places from the atlas drawn over the cell layers: region and country borders, roads,
 * or the regional capitals with their names. Positions are longitudes and latitudes placed on the
 * cell grid the display stretches to its size; strokes and labels keep their size in pixels when
 * the user zooms.
 */
public final class AtlasLayer extends FieldPortrayal2D {
    private static final Color ROAD = new Color(0x7A5230);
    private static final Color BORDER = new Color(0x333333);
    private static final Color NEIGHBOUR = new Color(0x8A8A8A);

    private final MapOverlay overlay;
    private final Geography geo;
    private final Set<MapOverlay.LineKind> lines;
    private final boolean places;

    private AtlasLayer(MapOverlay overlay, Geography geo, Set<MapOverlay.LineKind> lines, boolean places) {
        this.overlay = overlay;
        this.geo = geo;
        this.lines = lines;
        this.places = places;
        setField(overlay);
    }

    /** Region borders and Mali's border. */
    public static AtlasLayer borders(MapOverlay overlay, Geography geo) {
        return new AtlasLayer(overlay, geo, EnumSet.of(MapOverlay.LineKind.REGION_BORDER, MapOverlay.LineKind.COUNTRY_BORDER), false);
    }

    /** The road network, main roads heavier. */
    public static AtlasLayer roads(MapOverlay overlay, Geography geo) {
        return new AtlasLayer(overlay, geo, EnumSet.of(MapOverlay.LineKind.ROAD, MapOverlay.LineKind.MAIN_ROAD), false);
    }

    /** Regional capitals, Bamako and the neighbouring countries' names. */
    public static AtlasLayer towns(MapOverlay overlay, Geography geo) {
        return new AtlasLayer(overlay, geo, EnumSet.noneOf(MapOverlay.LineKind.class), true);
    }

    /** Maps degrees to the pixels of the display's current drawing of the grid (the places layer's too). */
    record Projection(DrawInfo2D info, Geography geo) {
        double x(double lon) {
            return info.draw.x + (lon - geo.lonMin()) / geo.cellDegrees() * info.draw.width / geo.width();
        }

        double y(double lat) {
            return info.draw.y + (geo.latMax() - lat) / geo.cellDegrees() * info.draw.height / geo.height();
        }
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            Projection p = new Projection(info, geo);
            for (MapOverlay.LineKind kind : MapOverlay.LineKind.values()) {
                if (!lines.contains(kind)) continue;
                for (MapOverlay.Line line : overlay.lines()) {
                    if (line.kind() == kind) stroke(g2, path(line, p), kind);
                }
            }
            if (places) drawPlaces(g2, p);
        } finally {
            g2.dispose();
        }
    }

    private static Path2D path(MapOverlay.Line line, Projection p) {
        Path2D path = new Path2D.Double();
        boolean first = true;
        for (MapOverlay.LonLat ll : line.points()) {
            if (first) path.moveTo(p.x(ll.lon()), p.y(ll.lat()));
            else path.lineTo(p.x(ll.lon()), p.y(ll.lat()));
            first = false;
        }
        return path;
    }

    private static void stroke(Graphics2D g, Path2D path, MapOverlay.LineKind kind) {
        switch (kind) {
            case ROAD -> draw(g, path, ROAD, new BasicStroke(0.8f));
            case MAIN_ROAD -> {
                draw(g, path, new Color(255, 255, 255, 180), new BasicStroke(3.2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                draw(g, path, ROAD, new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            }
            case REGION_BORDER -> draw(g, path, BORDER, new BasicStroke(1.0f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[] {5f, 3f}, 0f));
            case COUNTRY_BORDER -> draw(g, path, BORDER, new BasicStroke(2.0f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        }
    }

    private static void draw(Graphics2D g, Path2D path, Color c, Stroke s) {
        g.setColor(c);
        g.setStroke(s);
        g.draw(path);
    }

    private void drawPlaces(Graphics2D g, Projection p) {
        Font town = new Font(Font.SANS_SERIF, Font.BOLD, 12);
        Font neighbour = new Font(Font.SANS_SERIF, Font.ITALIC, 13);
        for (MapOverlay.Place place : overlay.places()) {
            double x = p.x(place.at().lon());
            double y = p.y(place.at().lat());
            switch (place.kind()) {
                case NEIGHBOUR -> {
                    g.setFont(neighbour);
                    g.setColor(NEIGHBOUR);
                    FontMetrics fm = g.getFontMetrics();
                    g.drawString(place.name(), (float) (x - fm.stringWidth(place.name()) / 2.0), (float) y);
                }
                case CAPITAL, TOWN -> {
                    double r = place.kind() == MapOverlay.PlaceKind.CAPITAL ? 5 : 3.5;
                    Ellipse2D dot = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
                    g.setColor(Color.WHITE);
                    g.fill(dot);
                    g.setColor(Color.BLACK);
                    g.setStroke(new BasicStroke(1.5f));
                    g.draw(dot);
                    if (place.kind() == MapOverlay.PlaceKind.CAPITAL) g.fill(new Ellipse2D.Double(x - 2, y - 2, 4, 4));
                    g.setFont(town);
                    halo(g, place.name(), (float) (x + r + 3), (float) (y + 4));
                }
                case MINE -> {
                    // mines are in the atlas but left off this map: the teaching map stays uncluttered
                }
            }
        }
    }

    /** Dark text on a white halo, readable on any cell colour. */
    private static void halo(Graphics2D g, String text, float x, float y) {
        g.setColor(new Color(255, 255, 255, 210));
        for (int dx = -1; dx <= 1; dx++) {
            for (int dy = -1; dy <= 1; dy++) {
                if (dx != 0 || dy != 0) g.drawString(text, x + dx, y + dy);
            }
        }
        g.setColor(Color.BLACK);
        g.drawString(text, x, y);
    }
}
