package org.sahelsim.gui;

import java.awt.Graphics2D;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.world.Geography;
import sim.field.grid.DoubleGrid2D;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.grid.FastValueGridPortrayal2D;
import sim.util.Int2D;
import sim.util.gui.ColorMap;

/**
 * One switchable map layer: a MASON {@link DoubleGrid2D} the size of the map's bounding grid,
 * mirrored once a week from the model's flat per-cell arrays, drawn by MASON's fast value-grid
 * portrayal in a colour map. Grid positions outside Mali hold {@link ControlColours#OUTSIDE} and
 * stay transparent. Clicking a cell inspects a {@link CellReport} of it rather than the raw
 * number, and the user cannot type new values into the model's state from here.
 */
public final class CellLayer extends FastValueGridPortrayal2D {
    private final String title;
    private final String explanation;
    private final Geography geo;
    private final CellValue value;
    private final DoubleGrid2D grid;
    private final Reports reports;

    /** What a layer shows of a cell. */
    @FunctionalInterface
    public interface CellValue {
        double at(WorldState w, int cell);
    }

    /** What a layer needs from its window: reports of cells, and word that it was drawn. */
    interface Reports {
        CellReport report(int cell);

        void drawn(CellLayer layer);
    }

    /**
     * @param title       the name in the display's Layers menu and the legend
     * @param explanation one line for the legend: what the colour means
     * @param geo         the map
     * @param map         the colours
     * @param value       the value of a cell, read from the model's state each week
     */
    CellLayer(String title, String explanation, Geography geo, ColorMap map, CellValue value, Reports reports) {
        super(title, false);
        this.title = title;
        this.explanation = explanation;
        this.geo = geo;
        this.value = value;
        this.reports = reports;
        this.grid = new DoubleGrid2D(geo.width(), geo.height(), ControlColours.OUTSIDE);
        setField(grid);
        setMap(map);
        // The cells' own values pass through this portrayal only when hit-testing a click.
        setPortrayalForClass(CellReport.class, new sim.portrayal.SimplePortrayal2D());
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }

    public ColorMap colours() {
        return getMap();
    }

    /** The mirrored grid (column, row), for tests and snapshots. */
    public DoubleGrid2D grid() {
        return grid;
    }

    /** Copies this week's values from the model's state. */
    public void mirror(WorldState w) {
        double[][] f = grid.field;
        for (int c = 0; c < geo.cellCount(); c++) f[geo.col(c)][geo.row(c)] = value.at(w, c);
        setDirtyField(true);
    }

    @Override
    public double newValue(int x, int y, double v) {
        return grid.field[x][y]; // read only: the model's state is changed through the knobs
    }

    @Override
    public LocationWrapper getWrapper(double val, Int2D loc) {
        int cell = geo.cellAt(loc.x, loc.y);
        if (cell < 0) return super.getWrapper(val, loc);
        CellReport report = reports.report(cell);
        return new LocationWrapper(report, loc, this) {
            @Override
            public String getLocationName() {
                return report.getRegion() + " " + report.getPosition();
            }
        };
    }

    @Override
    public void draw(Object object, Graphics2D graphics, DrawInfo2D info) {
        super.draw(object, graphics, info);
        reports.drawn(this);
    }
}
