package org.sahelsim.viz;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.TexturePaint;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Locale;
import org.sahelsim.data.DataFormatException;
import org.sahelsim.results.Actor;
import org.sahelsim.results.Actors;
import org.sahelsim.results.CellControl;
import org.sahelsim.results.FuelRecord;
import org.sahelsim.results.Manifest;
import org.sahelsim.results.PlaceRecord;
import org.sahelsim.results.RunFiles;
import org.sahelsim.results.RunResults;

/**
 * A map of control per cell at one snapshot date: each cell in its dominant actor's colour, paler
 * where the hold is weaker, contested cells grey and hatched; the {@link MapOverlay} on top; the
 * run's places (from {@code places.csv.gz}) in their holders' colours, sieges ringed; a legend, a
 * title with the date, lat/lon ticks and a scale bar. Drawn with Java2D so it can be
 * painted at any width (full size for {@code map-<date>.png}, smaller for the animation).
 */
public final class ControlMap {
    /** Full width of a map picture, in pixels; the height follows the grid's shape. */
    public static final int WIDTH = 1600;

    private static final Color OUTSIDE = new Color(0xF4F3EF);
    private static final Color FRAME = new Color(0x888888);
    private static final Color CONTESTED_FILL = new Color(0xDDDDDD);
    private static final Color HATCH = new Color(0x8C8C8C);
    private static final Color ROAD = new Color(0x7A5230);
    private static final Color REGION_LINE = new Color(0x333333);
    private static final Color NEIGHBOUR_INK = new Color(0x6E6E6E);
    private static final Color MINE_INK = new Color(0x4D3B00);
    private static final Color NOTE_INK = new Color(0x555555);
    private static final double KM_PER_DEGREE = 111.32; // along a meridian; definitional
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final RunResults run;
    private final MapOverlay overlay;
    private final Manifest.Grid grid;
    /** The cells of each snapshot, by date, found in one pass over the run's cells. */
    private final Map<LocalDate, List<CellControl>> snapshots;
    /** The weeks' convoy losses from fuel.csv.gz, in the file's order; empty without the file. */
    private final List<FuelRecord> losses;
    /** Whether the run's places are drawn: it wrote places.csv.gz (or places.csv) with their positions. */
    private final boolean hasPlaces;

    public ControlMap(RunResults run, MapOverlay overlay) {
        this.run = run;
        this.overlay = overlay;
        this.grid = run.manifest().grid().orElseThrow(() -> new DataFormatException(RunFiles.MANIFEST,
                "expected a 'grid' object (lon_min, lat_max, cell_degrees, width, height) to draw maps"));
        Map<LocalDate, List<CellControl>> byDate = new TreeMap<>();
        for (CellControl c : run.cells()) byDate.computeIfAbsent(c.date(), d -> new ArrayList<>()).add(c);
        byDate.replaceAll((d, cells) -> List.copyOf(cells));
        this.snapshots = Collections.unmodifiableMap(byDate);
        this.losses = run.fuel().map(f -> f.stream().filter(FuelRecord::isLoss).toList()).orElse(List.of());
        this.hasPlaces = run.places().map(list -> list.stream().anyMatch(PlaceRecord::located)).orElse(false);
    }

    /** The sides that hold cells, whose colours the map paints. */
    List<Actor> sides() {
        return run.actors().sides();
    }

    /** The dates that have a cell snapshot, first to last. */
    public List<LocalDate> snapshotDates() {
        return List.copyOf(snapshots.keySet());
    }

    /** The snapshot date nearest to the wanted one (the earlier on a tie). */
    public LocalDate nearestSnapshot(LocalDate wanted) {
        List<LocalDate> dates = snapshotDates();
        if (dates.isEmpty()) throw new DataFormatException(RunFiles.CELLS, "has no snapshot to draw a map from");
        LocalDate best = dates.get(0);
        for (LocalDate d : dates) {
            long gap = Math.abs(d.toEpochDay() - wanted.toEpochDay());
            if (gap < Math.abs(best.toEpochDay() - wanted.toEpochDay())) best = d;
        }
        return best;
    }

    /** The height of a map picture of the given width. */
    public int height(int width) {
        Layout l = new Layout(width, Integer.MAX_VALUE);
        return (int) Math.ceil(l.mapBottom + l.u * 90);
    }

    /** Renders the snapshot at {@code date} (which must be a snapshot date) on a white raster. */
    public BufferedImage render(LocalDate date, int width) {
        return PictureFiles.raster(picture(date), width, height(width));
    }

    /** The snapshot at {@code date} as a picture, for PNG or SVG. */
    public Picture picture(LocalDate date) {
        List<CellControl> cells = cells(date);
        return (g, width, height) -> {
            Layout l = new Layout(width, height);
            paintGround(g, l);
            paintCells(g, l, cells);
            paintLines(g, l);
            paintLosses(g, l, date);
            paintPlaces(g, l, date);
            paintFurniture(g, l);
            paintTitle(g, l, date);
        };
    }

    private List<CellControl> cells(LocalDate date) {
        List<CellControl> cells = snapshots.get(date);
        if (cells == null) {
            throw new IllegalArgumentException("no cell snapshot at " + date + "; snapshots: " + snapshotDates());
        }
        return cells;
    }

    /**
     * Frames of an animation at one width: what does not change from date to date (the ground,
     * the roads and borders, the frame, ticks, towns' names and legend) is drawn once, and each
     * frame draws only its cells, convoy losses, places and title between those layers. A frame looks like
     * {@link #render} at the same width; it may differ from it in the last bit of a blended pixel.
     * Frames can be drawn from several threads at once.
     */
    public Frames frames(int width) {
        return new Frames(width);
    }

    /** See {@link #frames(int)}. */
    public final class Frames {
        private final Layout layout;
        private final BufferedImage ground;
        private final BufferedImage lines;
        private final BufferedImage furniture;

        private Frames(int width) {
            int height = ControlMap.this.height(width);
            layout = new Layout(width, height);
            ground = PictureFiles.raster((g, w, h) -> paintGround(g, layout), width, height);
            lines = layer(width, height, g -> paintLines(g, layout));
            furniture = layer(width, height, g -> paintFurniture(g, layout));
            // Drawing the layers once sets up their drawing surfaces here, before threads share them.
            Graphics2D g = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();
            try {
                g.drawImage(ground, 0, 0, null);
                g.drawImage(lines, 0, 0, null);
                g.drawImage(furniture, 0, 0, null);
            } finally {
                g.dispose();
            }
        }

        public int width() {
            return ground.getWidth();
        }

        public int height() {
            return ground.getHeight();
        }

        /** The map at a snapshot date. */
        public BufferedImage render(LocalDate date) {
            List<CellControl> cells = cells(date);
            BufferedImage image = new BufferedImage(ground.getWidth(), ground.getHeight(), BufferedImage.TYPE_INT_RGB);
            ground.copyData(image.getRaster());
            Graphics2D g = image.createGraphics();
            try {
                PictureFiles.smooth(g);
                paintCells(g, layout, cells);
                g.drawImage(lines, 0, 0, null);
                paintLosses(g, layout, date);
                paintPlaces(g, layout, date);
                g.drawImage(furniture, 0, 0, null);
                paintTitle(g, layout, date);
            } finally {
                g.dispose();
            }
            return image;
        }

        private static BufferedImage layer(int width, int height, java.util.function.Consumer<Graphics2D> paint) {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB_PRE);
            Graphics2D g = image.createGraphics();
            try {
                PictureFiles.smooth(g);
                paint.accept(g);
            } finally {
                g.dispose();
            }
            return image;
        }
    }

    /**
     * Where things go: everything scales with {@code u}, the width over {@link #WIDTH}. The map
     * keeps the ground's proportions at the grid's middle latitude (equirectangular).
     */
    private final class Layout {
        final double u;
        final double mapLeft;
        final double mapTop;
        final double pxPerLon;
        final double pxPerLat;
        final double mapRight;
        final double mapBottom;

        Layout(int width, int height) {
            u = width / (double) WIDTH;
            double legendWidth = 430 * u;
            mapLeft = 95 * u;
            mapTop = 130 * u;
            double available = width - legendWidth - mapLeft - 30 * u;
            double midLat = Math.toRadians((grid.latMax() + grid.latMin()) / 2);
            pxPerLon = available / (grid.lonMax() - grid.lonMin());
            pxPerLat = pxPerLon / Math.cos(midLat);
            mapRight = mapLeft + available;
            mapBottom = mapTop + pxPerLat * (grid.latMax() - grid.latMin());
        }

        double x(double lon) { return mapLeft + (lon - grid.lonMin()) * pxPerLon; }

        double y(double lat) { return mapTop + (grid.latMax() - lat) * pxPerLat; }

        Font font(int style, double size) { return new Font(ChartStyle.FONT, style, (int) Math.max(8, Math.round(size * u))); }
    }

    private static Rectangle2D mapFrame(Layout l) {
        return new Rectangle2D.Double(l.mapLeft, l.mapTop, l.mapRight - l.mapLeft, l.mapBottom - l.mapTop);
    }

    /** The ground outside the cells. */
    private void paintGround(Graphics2D g, Layout l) {
        g.setColor(OUTSIDE);
        g.fill(mapFrame(l));
    }

    /** Each cell in its dominant actor's colour; contested cells grey and hatched; ungoverned cells pale sand, unhatched. */
    private void paintCells(Graphics2D g, Layout l, List<CellControl> cells) {
        Shape oldClip = g.getClip();
        g.clip(mapFrame(l));
        Path2D contested = new Path2D.Double();
        double cw = l.pxPerLon * grid.cellDegrees();
        double chh = l.pxPerLat * grid.cellDegrees();
        for (CellControl c : cells) {
            double x = l.x(grid.lonMin() + c.col() * grid.cellDegrees());
            double y = l.y(grid.latMax() - c.row() * grid.cellDegrees());
            // a hair of overlap so antialiasing leaves no seams between cells
            Rectangle2D r = new Rectangle2D.Double(x, y, cw + 0.6, chh + 0.6);
            if (c.ungoverned()) {
                g.setColor(RunCharts.colour(run.actors().ungoverned() != null ? run.actors().ungoverned() : Actors.standardUngoverned()));
                g.fill(r);
            } else if (c.contested()) {
                contested.append(r, false);
            } else {
                g.setColor(cellColour(run.actors().sides().get(c.dominantIndex()), c.dominantShare()));
                g.fill(r);
            }
        }
        if (contested.getCurrentPoint() != null) {
            g.setPaint(hatching(l));
            g.fill(contested);
        }
        g.setClip(oldClip);
    }

    /** Borders and roads, inside the map's frame. */
    private void paintLines(Graphics2D g, Layout l) {
        Shape oldClip = g.getClip();
        g.clip(mapFrame(l));
        drawOverlayLines(g, l);
        g.setClip(oldClip);
    }

    /** Convoy losses up to the date, inside the map's frame. */
    private void paintLosses(Graphics2D g, Layout l, LocalDate date) {
        Shape oldClip = g.getClip();
        g.clip(mapFrame(l));
        drawConvoyLosses(g, l, date);
        g.setClip(oldClip);
    }

    /** What every date shares: the frame, ticks, scale bar, the overlay's towns and the legend. */
    private void paintFurniture(Graphics2D g, Layout l) {
        Rectangle2D frame = mapFrame(l);
        Shape oldClip = g.getClip();
        g.setColor(FRAME);
        g.setStroke(new BasicStroke((float) Math.max(1, l.u * 1.5)));
        g.draw(frame);
        drawTicks(g, l);
        drawScaleBar(g, l);
        g.clip(frame);
        drawPlaces(g, l, hasPlaces);
        g.setClip(oldClip);
        drawLegend(g, l);
    }

    /**
     * The places as they stood at the map's date, each in its holder's colour with its siege
     * ringed ({@link PlaceSymbols}); small ones first, so the capitals stay on top. Under the
     * furniture, so the towns' names stay readable over them.
     */
    private void paintPlaces(Graphics2D g, Layout l, LocalDate date) {
        List<PlaceRecord> places = new ArrayList<>(run.placesOn(date).stream().filter(PlaceRecord::located).toList());
        if (places.isEmpty()) return;
        places.sort(java.util.Comparator.comparingDouble(p -> PlaceSymbols.radius(p.kind())));
        Shape oldClip = g.getClip();
        g.clip(mapFrame(l));
        PlaceSymbols symbols = new PlaceSymbols(run.actors());
        for (PlaceRecord p : places) symbols.paint(g, p, l.x(p.lon()), l.y(p.lat()), l.u);
        g.setClip(oldClip);
    }

    private void paintTitle(Graphics2D g, Layout l, LocalDate date) {
        drawTitle(g, l, date);
    }

    /**
     * The actor's colour mixed with white by the strength of its hold: a bare majority is pale,
     * full control is the palette colour itself. Solid colours rather than transparency, so the
     * picture is the same on any background and the animation's palette stays small.
     */
    static Color cellColour(Actor actor, double share) {
        double strength = Math.max(0, Math.min(1, (share - 0.3) / 0.7));
        double mix = 0.35 + 0.65 * strength;
        Color c = RunCharts.colour(actor);
        return new Color(blend(c.getRed(), mix), blend(c.getGreen(), mix), blend(c.getBlue(), mix));
    }

    private static int blend(int channel, double mix) {
        return (int) Math.round(255 - (255 - channel) * mix);
    }

    /**
     * The solid colours a map is painted with besides the cells' colours ({@link #cellColour}):
     * ground, lines, symbols, type, and the convoy losses' translucent red over the usual grounds.
     * Antialiased edges mix them; an animation's palette starts from these.
     */
    static List<Color> inks(List<Actor> sides) {
        List<Color> inks = new ArrayList<>(List.of(Color.WHITE, Color.BLACK, ChartStyle.INK, OUTSIDE, FRAME,
                CONTESTED_FILL, HATCH, ROAD, REGION_LINE, NEIGHBOUR_INK, MINE_INK, NOTE_INK, LOSS, PlaceSymbols.OUTLINE,
                PlaceSymbols.KIND_KEY));
        List<Color> grounds = new ArrayList<>(List.of(Color.WHITE, OUTSIDE, CONTESTED_FILL, HATCH));
        for (Actor side : sides) grounds.add(cellColour(side, 0.65));
        for (Color ground : grounds) {
            inks.add(over(LOSS_FILL, ground));
            // the edges of thin lines and rings, a third and two thirds over the ground
            for (Color line : List.of(ROAD, LOSS)) {
                inks.add(over(new Color(line.getRed(), line.getGreen(), line.getBlue(), 85), ground));
                inks.add(over(new Color(line.getRed(), line.getGreen(), line.getBlue(), 170), ground));
            }
        }
        return inks;
    }

    /** A translucent colour painted over a solid one. */
    private static Color over(Color top, Color ground) {
        double a = top.getAlpha() / 255.0;
        return new Color((int) Math.round(top.getRed() * a + ground.getRed() * (1 - a)),
                (int) Math.round(top.getGreen() * a + ground.getGreen() * (1 - a)),
                (int) Math.round(top.getBlue() * a + ground.getBlue() * (1 - a)));
    }

    /**
     * The contested cells' grey with diagonal lines, as a paint: filling the contested cells with
     * it is much cheaper than clipping lines to their outline, and the lines run on across cells.
     */
    private static TexturePaint hatching(Layout l) {
        int step = (int) Math.max(4, Math.round(9 * l.u));
        BufferedImage tile = new BufferedImage(step, step, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = tile.createGraphics();
        try {
            PictureFiles.smooth(g);
            g.setColor(CONTESTED_FILL);
            g.fillRect(0, 0, step, step);
            g.setColor(HATCH);
            g.setStroke(new BasicStroke((float) Math.max(1, 1.4 * l.u)));
            for (int k = -step; k <= step; k += step) g.draw(new Line2D.Double(k, step, k + step, 0));
        } finally {
            g.dispose();
        }
        return new TexturePaint(tile, new Rectangle2D.Double(l.mapLeft, l.mapTop, step, step));
    }

    private void drawOverlayLines(Graphics2D g, Layout l) {
        for (MapOverlay.LineKind kind : new MapOverlay.LineKind[]{MapOverlay.LineKind.ROAD,
                MapOverlay.LineKind.MAIN_ROAD, MapOverlay.LineKind.REGION_BORDER, MapOverlay.LineKind.COUNTRY_BORDER}) {
            for (MapOverlay.Line line : overlay.lines()) {
                if (line.kind() != kind) continue;
                Path2D path = new Path2D.Double();
                boolean first = true;
                for (MapOverlay.LonLat p : line.points()) {
                    if (first) path.moveTo(l.x(p.lon()), l.y(p.lat()));
                    else path.lineTo(l.x(p.lon()), l.y(p.lat()));
                    first = false;
                }
                switch (kind) {
                    case ROAD -> stroke(g, path, ROAD, 1.2 * l.u, null);
                    case MAIN_ROAD -> {
                        stroke(g, path, Color.WHITE, 4.5 * l.u, null);
                        stroke(g, path, ROAD, 2.4 * l.u, null);
                    }
                    case REGION_BORDER -> stroke(g, path, REGION_LINE, 1.3 * l.u,
                            new float[]{(float) (7 * l.u), (float) (4 * l.u)});
                    case COUNTRY_BORDER -> stroke(g, path, Color.BLACK, 3 * l.u, null);
                }
            }
        }
    }

    private static void stroke(Graphics2D g, Shape s, Color c, double width, float[] dash) {
        g.setColor(c);
        g.setStroke(dash == null
                ? new BasicStroke((float) Math.max(1, width), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                : new BasicStroke((float) Math.max(1, width), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, dash, 0f));
        g.draw(s);
    }

    /**
     * The overlay's names and, on a run without places, its symbols for the capital, the
     * regional capitals and the mines; with places drawn, their names only, beside the places'
     * symbols.
     */
    private void drawPlaces(Graphics2D g, Layout l, boolean namesOnly) {
        for (MapOverlay.Place p : overlay.places()) {
            double x = l.x(p.at().lon());
            double y = l.y(p.at().lat());
            if (namesOnly && p.kind() != MapOverlay.PlaceKind.NEIGHBOUR) {
                String kind = switch (p.kind()) {
                    case CAPITAL -> "capital";
                    case TOWN -> "regional_capital";
                    default -> "mine";
                };
                double beside = x + (PlaceSymbols.radius(kind) + 6) * l.u;
                switch (p.kind()) {
                    case CAPITAL -> haloText(g, p.name(), l.font(Font.BOLD, 24), beside, y, Color.BLACK, false, l);
                    case TOWN -> haloText(g, p.name(), l.font(Font.PLAIN, 20), beside, y, Color.BLACK, false, l);
                    default -> haloText(g, p.name(), l.font(Font.ITALIC, 17), beside, y, new Color(0x4D3B00), false, l);
                }
                continue;
            }
            switch (p.kind()) {
                case NEIGHBOUR -> {
                    Font f = l.font(Font.ITALIC, 24);
                    haloText(g, p.name().toUpperCase(Locale.ROOT), f, x, y, NEIGHBOUR_INK, true, l);
                }
                case CAPITAL -> {
                    double r = 9 * l.u;
                    g.setColor(Color.WHITE);
                    g.fill(new Rectangle2D.Double(x - r - 2 * l.u, y - r - 2 * l.u, 2 * r + 4 * l.u, 2 * r + 4 * l.u));
                    g.setColor(Color.BLACK);
                    g.fill(new Rectangle2D.Double(x - r, y - r, 2 * r, 2 * r));
                    haloText(g, p.name(), l.font(Font.BOLD, 24), x + r + 6 * l.u, y, Color.BLACK, false, l);
                }
                case TOWN -> {
                    double r = 5.5 * l.u;
                    g.setColor(Color.WHITE);
                    g.fill(new java.awt.geom.Ellipse2D.Double(x - r - 2 * l.u, y - r - 2 * l.u, 2 * r + 4 * l.u, 2 * r + 4 * l.u));
                    g.setColor(Color.BLACK);
                    g.fill(new java.awt.geom.Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                    haloText(g, p.name(), l.font(Font.PLAIN, 20), x + r + 5 * l.u, y, Color.BLACK, false, l);
                }
                case MINE -> {
                    Path2D tri = mineSymbol(x, y, 9 * l.u);
                    g.setColor(Color.WHITE);
                    g.setStroke(new BasicStroke((float) (4 * l.u)));
                    g.draw(tri);
                    g.setColor(MINE_INK);
                    g.fill(tri);
                    haloText(g, p.name(), l.font(Font.ITALIC, 17), x + 11 * l.u, y, MINE_INK, false, l);
                }
            }
        }
    }

    private static Path2D mineSymbol(double x, double y, double r) {
        Path2D tri = new Path2D.Double();
        tri.moveTo(x, y - r);
        tri.lineTo(x + r, y + r * 0.8);
        tri.lineTo(x - r, y + r * 0.8);
        tri.closePath();
        return tri;
    }

    /** Text with a white halo, so it reads over any fill; vertically centred on y. */
    private static void haloText(Graphics2D g, String text, Font font, double x, double y, Color colour,
                                 boolean centred, Layout l) {
        if (text.isEmpty()) return;
        TextLayout layout = new TextLayout(text, font, g.getFontRenderContext());
        double w = layout.getAdvance();
        double bx = centred ? x - w / 2 : x;
        double by = y + (layout.getAscent() - layout.getDescent()) / 2;
        Shape outline = layout.getOutline(AffineTransform.getTranslateInstance(bx, by));
        g.setColor(new Color(255, 255, 255, 225));
        g.setStroke(new BasicStroke((float) Math.max(2, 4 * l.u), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(outline);
        g.setColor(colour);
        g.fill(outline);
    }

    private void drawTicks(Graphics2D g, Layout l) {
        g.setFont(l.font(Font.PLAIN, 18));
        FontMetrics fm = g.getFontMetrics();
        g.setColor(ChartStyle.INK);
        g.setStroke(new BasicStroke((float) Math.max(1, l.u * 1.5)));
        double tick = 8 * l.u;
        double step = tickStep(grid.lonMax() - grid.lonMin());
        for (double lon = Math.ceil(grid.lonMin() / step) * step; lon <= grid.lonMax() + 1e-9; lon += step) {
            double x = l.x(lon);
            g.draw(new Line2D.Double(x, l.mapBottom, x, l.mapBottom + tick));
            g.draw(new Line2D.Double(x, l.mapTop, x, l.mapTop - tick));
            String s = degrees(lon, "E", "W");
            g.drawString(s, (float) (x - fm.stringWidth(s) / 2.0), (float) (l.mapBottom + tick + fm.getAscent()));
        }
        step = tickStep(grid.latMax() - grid.latMin());
        for (double lat = Math.ceil(grid.latMin() / step) * step; lat <= grid.latMax() + 1e-9; lat += step) {
            double y = l.y(lat);
            g.draw(new Line2D.Double(l.mapLeft - tick, y, l.mapLeft, y));
            g.draw(new Line2D.Double(l.mapRight, y, l.mapRight + tick, y));
            String s = degrees(lat, "N", "S");
            g.drawString(s, (float) (l.mapLeft - tick - 4 * l.u - fm.stringWidth(s)), (float) (y + fm.getAscent() / 2.0 - 2));
        }
    }

    private static double tickStep(double span) {
        if (span > 30) return 10;
        if (span > 12) return 4;
        if (span > 6) return 2;
        return 1;
    }

    static String degrees(double v, String positive, String negative) {
        long r = Math.round(v);
        if (r == 0) return "0°";
        return Math.abs(r) + "°" + (r > 0 ? positive : negative);
    }

    private void drawScaleBar(Graphics2D g, Layout l) {
        double midLat = Math.toRadians((grid.latMax() + grid.latMin()) / 2);
        double kmPerPx = KM_PER_DEGREE * Math.cos(midLat) / l.pxPerLon;
        double targetKm = kmPerPx * (l.mapRight - l.mapLeft) / 5;
        double km = niceNumber(targetKm);
        double len = km / kmPerPx;
        double x = l.mapLeft + 22 * l.u;
        double y = l.mapBottom - 30 * l.u;
        double h = 9 * l.u;
        g.setColor(new Color(255, 255, 255, 230));
        g.fill(new Rectangle2D.Double(x - 10 * l.u, y - 34 * l.u, len + 20 * l.u, 52 * l.u));
        g.setColor(Color.BLACK);
        g.fill(new Rectangle2D.Double(x, y, len / 2, h));
        g.setStroke(new BasicStroke((float) Math.max(1, l.u * 1.5)));
        g.draw(new Rectangle2D.Double(x, y, len, h));
        g.setFont(l.font(Font.PLAIN, 18));
        String s = String.format(Locale.ROOT, "%d km", Math.round(km));
        g.drawString(s, (float) (x + len / 2 - g.getFontMetrics().stringWidth(s) / 2.0), (float) (y - 8 * l.u));
    }

    /** 1, 2 or 5 times a power of ten, at most {@code v}. */
    static double niceNumber(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[]{5, 2, 1}) if (m * p <= v) return m * p;
        return p;
    }

    private void drawTitle(Graphics2D g, Layout l, LocalDate date) {
        g.setColor(ChartStyle.INK);
        g.setFont(l.font(Font.BOLD, 34));
        g.drawString("Control on " + DAY.format(date), (float) l.mapLeft, (float) (52 * l.u));
        g.setFont(l.font(Font.PLAIN, 23));
        g.setColor(NOTE_INK);
        g.drawString(run.manifest().title() + " · seed " + run.manifest().seed(), (float) l.mapLeft, (float) (92 * l.u));
    }

    private void drawLegend(Graphics2D g, Layout l) {
        double x = l.mapRight + 45 * l.u;
        double y = l.mapTop + 10 * l.u;
        double sw = 34 * l.u;
        double line = 50 * l.u;
        g.setFont(l.font(Font.BOLD, 23));
        g.setColor(ChartStyle.INK);
        g.drawString("Who holds the cell", (float) x, (float) (y + 20 * l.u));
        y += 45 * l.u;
        Font label = l.font(Font.PLAIN, 22);
        for (Actor actor : run.actors().territorial()) {
            Rectangle2D r = new Rectangle2D.Double(x, y, sw, sw);
            if (actor.equals(run.actors().contested())) {
                g.setColor(CONTESTED_FILL);
                g.fill(r);
                Path2D p = new Path2D.Double(r);
                Shape clip = g.getClip();
                g.clip(r);
                hatchRect(g, r, l);
                g.setClip(clip);
                g.setColor(FRAME);
                g.setStroke(new BasicStroke((float) Math.max(1, l.u)));
                g.draw(p);
            } else {
                g.setColor(RunCharts.colour(actor));
                g.fill(r);
                if (actor.equals(run.actors().ungoverned())) {
                    g.setColor(FRAME);
                    g.setStroke(new BasicStroke((float) Math.max(1, l.u)));
                    g.draw(r);
                }
            }
            g.setColor(ChartStyle.INK);
            g.setFont(label);
            g.drawString(actor.label(), (float) (x + sw + 14 * l.u),
                    (float) (y + sw / 2 + g.getFontMetrics().getAscent() / 2.0 - 3 * l.u));
            y += line;
        }
        y += 25 * l.u;
        g.setFont(l.font(Font.BOLD, 23));
        g.drawString("Strength of the hold", (float) x, (float) (y + 20 * l.u));
        y += 40 * l.u;
        double[] shares = {0.4, 0.6, 0.8, 1.0};
        double rw = 62 * l.u;
        g.setFont(l.font(Font.PLAIN, 19));
        for (int i = 0; i < shares.length; i++) {
            g.setColor(cellColour(run.actors().sides().get(0), shares[i]));
            g.fill(new Rectangle2D.Double(x + i * rw, y, rw, sw));
            g.setColor(ChartStyle.INK);
            String s = Math.round(shares[i] * 100) + "%";
            g.drawString(s, (float) (x + i * rw + rw / 2 - g.getFontMetrics().stringWidth(s) / 2.0),
                    (float) (y + sw + 24 * l.u));
        }
        y += sw + 32 * l.u;
        g.setFont(l.font(Font.PLAIN, 18));
        g.setColor(NOTE_INK);
        for (String s : new String[]{"share of the cell held by the", "dominant actor (paler = weaker)"}) {
            y += 24 * l.u;
            g.drawString(s, (float) x, (float) y);
        }
        y += 40 * l.u;
        if (hasPlaces) y = drawPlaceLegend(g, l, x, y);
        drawOverlayLegend(g, l, x, y);
    }

    /**
     * The key to the places: their kinds' shapes (those the run has, in two columns), an empty
     * place and a siege's ring. Returns where the next block starts.
     */
    private double drawPlaceLegend(Graphics2D g, Layout l, double x, double y) {
        g.setFont(l.font(Font.BOLD, 23));
        g.setColor(ChartStyle.INK);
        g.drawString("Places, in the holder's colour", (float) x, (float) (y + 20 * l.u));
        y += 52 * l.u;
        java.util.Set<String> present = new java.util.HashSet<>();
        run.places().ifPresent(list -> list.forEach(p -> present.add(p.kind())));
        List<String> kinds = PlaceRecord.KINDS.stream().filter(present::contains).toList();
        double line = 36 * l.u;
        double column = 205 * l.u;
        Font font = l.font(Font.PLAIN, 19);
        int rows = (kinds.size() + 1) / 2;
        for (int i = 0; i < kinds.size(); i++) {
            double cx = x + (i / rows) * column;
            double cy = y + (i % rows) * line;
            PlaceSymbols.paint(g, kinds.get(i), PlaceSymbols.KIND_KEY, null, cx + 14 * l.u, cy, l.u);
            legendLabel(g, font, PlaceSymbols.kindLabel(kinds.get(i)), cx + 34 * l.u, cy);
        }
        y += rows * line + 6 * l.u;
        PlaceSymbols.paint(g, "regional_capital", PlaceSymbols.EMPTY, null, x + 14 * l.u, y, l.u);
        legendLabel(g, font, "Held by nobody", x + 34 * l.u, y);
        y += line + 10 * l.u;
        PlaceSymbols.paint(g, "town", PlaceSymbols.KIND_KEY, new Color(0x444444), x + 14 * l.u, y, l.u);
        legendLabel(g, font, "Besieged: ring in the besieger's colour", x + 34 * l.u, y);
        return y + 50 * l.u;
    }

    private static void hatchRect(Graphics2D g, Rectangle2D r, Layout l) {
        g.setColor(HATCH);
        g.setStroke(new BasicStroke((float) Math.max(1, 1.4 * l.u)));
        double step = Math.max(4, 9 * l.u);
        for (double x = r.getX() - r.getHeight(); x < r.getMaxX(); x += step) {
            g.draw(new Line2D.Double(x, r.getMaxY(), x + r.getHeight(), r.getY()));
        }
    }

    /** Weeks of convoy losses a map shows, up to its date. */
    static final int LOSS_WEEKS = 13;
    private static final Color LOSS = new Color(0xB2182B);
    private static final Color LOSS_FILL = new Color(LOSS.getRed(), LOSS.getGreen(), LOSS.getBlue(), 70);

    /**
     * Fuel convoys hit in the {@link #LOSS_WEEKS} weeks up to the map's date, from fuel.csv.gz: a red
     * ring where each corridor's convoys were hit, its area proportional to the tankers lost.
     */
    private void drawConvoyLosses(Graphics2D g, Layout l, LocalDate date) {
        if (losses.isEmpty()) return;
        LocalDate from = date.minusWeeks(LOSS_WEEKS);
        Object aa = g.getRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_ON);
        for (FuelRecord f : losses) {
            if (f.date().isAfter(date) || !f.date().isAfter(from)) continue;
            double r = (4 + 2.2 * Math.sqrt(f.tankersLost())) * l.u;
            double x = l.x(f.hitLon());
            double y = l.y(f.hitLat());
            java.awt.geom.Ellipse2D ring = new java.awt.geom.Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
            g.setColor(LOSS_FILL);
            g.fill(ring);
            g.setColor(LOSS);
            g.setStroke(new BasicStroke((float) (2 * l.u)));
            g.draw(ring);
        }
        if (aa != null) g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, aa);
    }

    /** Whether the run has any convoy loss to draw. */
    private boolean hasLosses() {
        return !losses.isEmpty();
    }

    /** Symbols for what the overlay holds, and only those. */
    private void drawOverlayLegend(Graphics2D g, Layout l, double x, double y) {
        boolean[] lines = new boolean[MapOverlay.LineKind.values().length];
        boolean[] places = new boolean[MapOverlay.PlaceKind.values().length];
        overlay.lines().forEach(line -> lines[line.kind().ordinal()] = true);
        overlay.places().forEach(p -> places[p.kind().ordinal()] = true);
        double line = 40 * l.u;
        double sw = 44 * l.u;
        Font font = l.font(Font.PLAIN, 20);
        for (MapOverlay.LineKind k : MapOverlay.LineKind.values()) {
            if (!lines[k.ordinal()]) continue;
            Path2D p = new Path2D.Double();
            p.moveTo(x, y);
            p.lineTo(x + sw, y);
            switch (k) {
                case COUNTRY_BORDER -> stroke(g, p, Color.BLACK, 3 * l.u, null);
                case REGION_BORDER -> stroke(g, p, REGION_LINE, 1.3 * l.u,
                        new float[]{(float) (7 * l.u), (float) (4 * l.u)});
                case MAIN_ROAD -> stroke(g, p, ROAD, 2.4 * l.u, null);
                case ROAD -> stroke(g, p, ROAD, 1.2 * l.u, null);
            }
            legendLabel(g, font, switch (k) {
                case COUNTRY_BORDER -> "National border";
                case REGION_BORDER -> "Region border";
                case MAIN_ROAD -> "Main road";
                case ROAD -> "Road";
            }, x + sw + 14 * l.u, y);
            y += line;
        }
        boolean symbols = !hasPlaces; // with places drawn, their key is above
        for (MapOverlay.PlaceKind k : MapOverlay.PlaceKind.values()) {
            if (!symbols || !places[k.ordinal()] || k == MapOverlay.PlaceKind.NEIGHBOUR) continue;
            double cx = x + sw / 2;
            g.setColor(k == MapOverlay.PlaceKind.MINE ? MINE_INK : Color.BLACK);
            switch (k) {
                case CAPITAL -> g.fill(new Rectangle2D.Double(cx - 9 * l.u, y - 9 * l.u, 18 * l.u, 18 * l.u));
                case TOWN -> g.fill(new java.awt.geom.Ellipse2D.Double(cx - 5.5 * l.u, y - 5.5 * l.u, 11 * l.u, 11 * l.u));
                case MINE -> g.fill(mineSymbol(cx, y, 9 * l.u));
                default -> { }
            }
            legendLabel(g, font, switch (k) {
                case CAPITAL -> "Capital";
                case TOWN -> "Town";
                case MINE -> "Mine";
                case NEIGHBOUR -> "";
            }, x + sw + 14 * l.u, y);
            y += line;
        }
        if (hasLosses()) {
            double cx = x + sw / 2;
            double r = 10 * l.u;
            java.awt.geom.Ellipse2D ring = new java.awt.geom.Ellipse2D.Double(cx - r, y - r, 2 * r, 2 * r);
            g.setColor(LOSS_FILL);
            g.fill(ring);
            g.setColor(LOSS);
            g.setStroke(new BasicStroke((float) (2 * l.u)));
            g.draw(ring);
            legendLabel(g, font, "Fuel convoys hit (last " + LOSS_WEEKS + " weeks)", x + sw + 14 * l.u, y);
        }
    }

    private static void legendLabel(Graphics2D g, Font font, String text, double x, double centreY) {
        g.setFont(font);
        g.setColor(ChartStyle.INK);
        g.drawString(text, (float) x, (float) (centreY + g.getFontMetrics().getAscent() / 2.0 - 3));
    }

    /** Pixel position of a lon/lat on a map of the given width; for tests and image maps. */
    public Point2D project(double lon, double lat, int width) {
        Layout l = new Layout(width, height(width));
        return new Point2D.Double(l.x(lon), l.y(lat));
    }
}
