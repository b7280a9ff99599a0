package org.sahelsim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.sahelsim.results.Actor;
import org.sahelsim.results.Actors;
import org.sahelsim.results.PlaceRecord;

/**
 * How a place is drawn, on the maps and in the window alike: a shape for its kind, filled in its
 * holder's colour (white when nobody holds it), outlined dark over a white halo so it reads on a
 * cell of its own colour, and ringed in the besieger's colour while it is besieged. Sizes are in
 * units of {@code unit} pixels, so the same symbols fit a full map, an animation frame or a
 * window.
 */
public final class PlaceSymbols {
    /** Fill of a place nobody holds. */
    public static final Color EMPTY = Color.WHITE;
    /** Outline of every symbol. */
    public static final Color OUTLINE = new Color(0x1A1A1A);
    /** What a symbol shows in a legend of kinds: a neutral fill. */
    public static final Color KIND_KEY = new Color(0x9A9A9A);

    private final Actors actors;

    public PlaceSymbols(Actors actors) {
        this.actors = actors;
    }

    /** Words for a kind of place, for legends. */
    public static String kindLabel(String kind) {
        return switch (kind) {
            case "capital" -> "Capital";
            case "regional_capital" -> "Regional capital";
            case "town" -> "Town";
            case "camp" -> "Army camp";
            case "base" -> "Foreign base";
            case "mine" -> "Mine";
            case "crossing" -> "Border crossing";
            case "junction" -> "Road junction";
            default -> Actors.titleCase(kind);
        };
    }

    /** The half-size of a kind's symbol, in units: how far its edge is from the place. */
    public static double radius(String kind) {
        return switch (kind) {
            case "capital" -> 11;
            case "regional_capital" -> 7.5;
            case "town" -> 5;
            case "camp" -> 5.5;
            case "base" -> 7;
            case "mine" -> 7;
            case "crossing" -> 6;
            case "junction" -> 2.5;
            default -> 5;
        };
    }

    /** The symbol's outline at ({@code x}, {@code y}), {@code unit} pixels to a unit. */
    public static Shape shape(String kind, double x, double y, double unit) {
        double r = radius(kind) * unit;
        return switch (kind) {
            case "capital" -> star(x, y, r, r * 0.45);
            case "camp" -> new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r);
            case "base" -> polygon(new double[] {x, x + r, x, x - r}, new double[] {y - r, y, y + r, y});
            case "mine" -> polygon(new double[] {x, x + r, x - r}, new double[] {y - r, y + r * 0.8, y + r * 0.8});
            case "crossing" -> polygon(new double[] {x - r, x + r, x}, new double[] {y - r * 0.8, y - r * 0.8, y + r});
            default -> new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        };
    }

    /** The fill of a place held by {@code holder} (a side key, or {@link PlaceRecord#NOBODY}). */
    public Color fill(String holder) {
        return PlaceRecord.NOBODY.equals(holder) ? EMPTY : colour(actors.find(holder));
    }

    /** The ring of a siege's radius, in units, for a kind. */
    public static double ringRadius(String kind) {
        return radius(kind) + 6;
    }

    /** Draws a place: its symbol in its holder's colour and, if besieged, the ring. */
    public void paint(Graphics2D g, PlaceRecord p, double x, double y, double unit) {
        paint(g, p.kind(), fill(p.holder()), p.besieged() ? colour(actors.find(p.besiegedBy())) : null, x, y, unit);
    }

    /**
     * Draws a symbol.
     *
     * @param fill   the holder's colour ({@link #EMPTY} for nobody)
     * @param siege  the besieger's colour, or null when there is no siege
     */
    public static void paint(Graphics2D g, String kind, Color fill, Color siege, double x, double y, double unit) {
        Shape s = shape(kind, x, y, unit);
        boolean junction = kind.equals("junction");
        g.setStroke(new BasicStroke((float) Math.max(1, (junction ? 2 : 3.2) * unit), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(255, 255, 255, junction ? 150 : 235));
        g.draw(s);
        g.setColor(fill);
        g.fill(s);
        g.setStroke(new BasicStroke((float) Math.max(0.8, (junction ? 0.8 : 1.3) * unit), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(junction ? new Color(0x555555) : OUTLINE);
        g.draw(s);
        if (siege != null) ring(g, kind, siege, x, y, unit);
    }

    /** The ring of a siege around a place, in the besieger's colour over a white under-stroke. */
    public static void ring(Graphics2D g, String kind, Color besieger, double x, double y, double unit) {
        double r = ringRadius(kind) * unit;
        Ellipse2D ring = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke((float) Math.max(2, 5.5 * unit)));
        g.draw(ring);
        g.setColor(besieger);
        float w = (float) Math.max(1.5, 3.2 * unit);
        g.setStroke(new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {(float) (5 * unit), (float) (2.5 * unit)}, 0f));
        g.draw(ring);
    }

    private static Color colour(Actor a) {
        return new Color(a.rgb());
    }

    private static Path2D polygon(double[] xs, double[] ys) {
        Path2D p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < xs.length; i++) p.lineTo(xs[i], ys[i]);
        p.closePath();
        return p;
    }

    private static Path2D star(double x, double y, double outer, double inner) {
        Path2D p = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double r = i % 2 == 0 ? outer : inner;
            double a = -Math.PI / 2 + i * Math.PI / 5;
            double px = x + r * Math.cos(a);
            double py = y + r * Math.sin(a) + outer * 0.1;
            if (i == 0) p.moveTo(px, py);
            else p.lineTo(px, py);
        }
        p.closePath();
        return p;
    }
}
