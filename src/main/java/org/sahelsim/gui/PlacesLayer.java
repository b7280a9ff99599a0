package org.sahelsim.gui;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.world.Geography;
import org.sahelsim.results.Actors;
import org.sahelsim.results.PlaceRecord;
import org.sahelsim.viz.PlaceSymbols;
import sim.portrayal.DrawInfo2D;
import sim.portrayal.FieldPortrayal2D;
import sim.portrayal.LocationWrapper;
import sim.portrayal.SimplePortrayal2D;
import sim.util.Bag;

/**
 * The places over the map: every town, camp, base, mine, crossing and junction in its holder's
 * colour, its shape by kind, a ring in the besieger's colour while it is besieged, drawn with
 * the same symbols as the run's maps ({@link PlaceSymbols}). Mirrored once a week from the
 * model, as the cell layers are; symbols keep their size in pixels when the user zooms. A
 * double-click on a place opens it in the inspector ({@link PlaceReport}).
 */
public final class PlacesLayer extends FieldPortrayal2D {
    /** Pixels to a unit of {@link PlaceSymbols}: a regional capital is about 11 pixels across. */
    static final double UNIT = 0.65;

    /** The model the window shows now (a restored run replaces it). */
    private final Supplier<SahelSim> sim;
    private final Geography geo;
    private final PlaceSymbols symbols = new PlaceSymbols(Actors.standard());
    /** The places as last mirrored, small ones first so the capitals stay on top. */
    private volatile List<PlaceRecord> places = List.of();

    PlacesLayer(Supplier<SahelSim> sim) {
        this.sim = sim;
        this.geo = sim.get().geography();
        setField(geo);
        setPortrayalForClass(PlaceReport.class, new SimplePortrayal2D());
    }

    /** Copies this week's places from the model's state. */
    void mirror(WorldState w) {
        List<PlaceRecord> now = new ArrayList<>(w.places.count());
        for (int p = 0; p < w.places.count(); p++) now.add(PlaceRecord.of(w, geo, p, sim.get().date()));
        now.sort(Comparator.comparingDouble(r -> PlaceSymbols.radius(r.kind())));
        places = List.copyOf(now);
        setDirtyField(true);
    }

    /** The places as last mirrored, for tests. */
    public List<PlaceRecord> places() {
        return places;
    }

    /** Where a place is drawn, in the pixels of the display's current drawing of the grid. */
    static double x(DrawInfo2D info, Geography geo, double lon) {
        return new AtlasLayer.Projection(info, geo).x(lon);
    }

    static double y(DrawInfo2D info, Geography geo, double lat) {
        return new AtlasLayer.Projection(info, geo).y(lat);
    }

    @Override
    public void draw(Object object, Graphics2D g, DrawInfo2D info) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            for (PlaceRecord p : places) symbols.paint(g2, p, x(info, geo, p.lon()), y(info, geo, p.lat()), UNIT);
        } finally {
            g2.dispose();
        }
    }

    /** The places whose symbol (or siege ring) the clicked area touches, as things to inspect. */
    @Override
    public void hitObjects(DrawInfo2D range, Bag putInHere) {
        Rectangle2D clip = range.clip;
        for (PlaceRecord p : places) {
            double x = x(range, geo, p.lon());
            double y = y(range, geo, p.lat());
            double r = (p.besieged() ? PlaceSymbols.ringRadius(p.kind()) : PlaceSymbols.radius(p.kind()) + 1.5) * UNIT;
            if (clip.intersects(x - r, y - r, 2 * r, 2 * r)) putInHere.add(wrapper(geo.placeIndex(p.id())));
        }
    }

    /** Place {@code p} as a thing the inspector can open. */
    LocationWrapper wrapper(int p) {
        PlaceReport report = new PlaceReport(sim.get(), p);
        return new LocationWrapper(report, geo.places().get(p), this) {
            @Override
            public String getLocationName() {
                return report.getName();
            }
        };
    }
}
