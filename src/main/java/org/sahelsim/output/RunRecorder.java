package org.sahelsim.output;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.FuelLedger;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;

/**
 * Turns each week of a run into the rows of the output files (see docs/OUTPUT.md), in memory;
 * {@link RunWriter} writes them out. Numbers are formatted with a fixed pattern and
 * {@link Locale#ROOT}, so identical runs give identical bytes.
 */
public final class RunRecorder implements RunObserver {
    /** Weeks between two snapshots of the grid in cells.csv. */
    private final int snapshotEvery;
    private final Geography geo;
    private final List<WeekRecord> weeks = new ArrayList<>();
    private final StringBuilder national = new StringBuilder();
    private final StringBuilder regions = new StringBuilder();
    private final StringBuilder cells = new StringBuilder();
    private final StringBuilder fuel = new StringBuilder();
    private final StringBuilder places = new StringBuilder();
    private int[] lastHolder;
    private int[] lastBesieger;
    private final List<LocalDate> snapshotDates = new ArrayList<>();
    private WorldState lastWorld;
    private LocalDate lastDate;
    private boolean lastSnapshotTaken;

    public RunRecorder(Geography geo, int snapshotEvery) {
        this.geo = geo;
        this.snapshotEvery = snapshotEvery;
        national.append(NationalColumns.header()).append('\n');
        regions.append("date,region,actor,territory,population\n");
        cells.append("date,col,row,lon,lat,region,state,jnim,is_sahel,separatists,dominant\n");
        fuel.append("date,kind,id,deliveries_litres,convoys_sent,convoys_lost,tankers_lost,stock_days,price_cfa,hit_lon,hit_lat\n");
        places.append("date,place,kind,region,holder");
        for (Force f : Force.values()) places.append(",garrison_").append(f.key());
        places.append(",supply_days,besieged_by,roads_cut\n");
    }

    /** The actor keys of the share columns, in order: the four sides, then {@code contested}. */
    public static List<String> keys() {
        List<String> k = new ArrayList<>();
        for (Side s : Side.values()) k.add(s.key());
        k.add("contested");
        return k;
    }

    @Override
    public void week(WeekRecord r, WorldState w) {
        weeks.add(r);
        String date = r.date().toString();
        NationalColumns.appendRow(national, r);
        national.append('\n');
        List<String> k = keys();
        for (int g = 0; g < r.regionTerritory().length; g++) {
            String id = geo.regions().get(g).id();
            for (int a = 0; a < k.size(); a++) {
                regions.append(date).append(',').append(id).append(',').append(k.get(a)).append(',')
                        .append(share(r.regionTerritory()[g][a])).append(',').append(share(r.regionPopulation()[g][a])).append('\n');
            }
        }
        FuelLedger l = w.fuel;
        if (l != null) {
            for (int d = 0; d < l.depots; d++) {
                fuel.append(date).append(",depot,").append(geo.regions().get(d).id()).append(',')
                        .append(num(l.received[d], 0)).append(",0,0,0,")
                        .append(num(l.stockDays(d), 2)).append(',').append(num(l.price[d], 1)).append(",,\n");
            }
            for (int c = 0; c < l.corridors; c++) {
                fuel.append(date).append(",corridor,").append(geo.corridors().get(c).id()).append(',')
                        .append(num(l.delivered[c], 0)).append(',').append(l.convoysSent[c]).append(',')
                        .append(l.convoysHit[c]).append(',').append(l.tankersLost[c]).append(",,,");
                int hit = l.hitCell[c];
                if (hit >= 0) fuel.append(num(geo.lon(hit), 3)).append(',').append(num(geo.lat(hit), 3));
                else fuel.append(',');
                fuel.append('\n');
            }
        }
        placesRows(date, w, r.tick() % snapshotEvery == 0);
        lastDate = r.date();
        lastWorld = w;
        lastSnapshotTaken = r.tick() % snapshotEvery == 0;
        if (lastSnapshotTaken) {
            cells.append(cellsBlock(date, w));
            snapshotDates.add(r.date());
        }
    }

    @Override
    public void finished() {
        if (!lastSnapshotTaken && lastDate != null) {
            // The run ends right after its last week is observed, so the world is still that week's.
            cells.append(cellsBlock(lastDate.toString(), lastWorld));
            snapshotDates.add(lastDate);
            lastSnapshotTaken = true;
        }
    }

    /** Every place in snapshot weeks; in other weeks the places whose holder or besieger changed. */
    private void placesRows(String date, WorldState w, boolean snapshot) {
        Places pl = w.places;
        if (lastHolder == null) {
            lastHolder = pl.holder.clone();
            lastBesieger = pl.besiegedBy.clone();
            snapshot = true;
        }
        for (int p = 0; p < pl.count(); p++) {
            boolean changed = pl.holder[p] != lastHolder[p] || pl.besiegedBy[p] != lastBesieger[p];
            lastHolder[p] = pl.holder[p];
            lastBesieger[p] = pl.besiegedBy[p];
            if (!snapshot && !changed) continue;
            var place = pl.place(p);
            places.append(date).append(',').append(place.id()).append(',').append(place.kind().key()).append(',')
                    .append(geo.regions().get(place.region()).id()).append(',').append(sideKey(pl.holder[p]));
            for (int f = 0; f < Force.COUNT; f++) places.append(',').append(num(pl.garrison[f][p], 0));
            places.append(',').append(num(pl.supplyDays[p], 1)).append(',')
                    .append(pl.besiegedBy[p] == Places.NOBODY ? "" : Side.of(pl.besiegedBy[p]).key()).append(',')
                    .append(pl.roadsCut[p]).append('\n');
        }
    }

    private static String sideKey(int side) {
        return side == Places.NOBODY ? "none" : Side.of(side).key();
    }

    public String placesCsv() {
        return places.toString();
    }

    private String cellsBlock(String date, WorldState w) {
        StringBuilder b = new StringBuilder(geo.cellCount() * 64);
        double dominance = w.geo == null ? 0.5 : dominanceOf(w);
        for (int c = 0; c < geo.cellCount(); c++) {
            Side d = w.dominant(c, dominance);
            b.append(date).append(',').append(geo.col(c)).append(',').append(geo.row(c)).append(',')
                    .append(num(geo.lon(c), 4)).append(',').append(num(geo.lat(c), 4)).append(',')
                    .append(geo.regions().get(geo.region(c)).id());
            for (int s = 0; s < Side.COUNT; s++) b.append(',').append(num(w.control[s][c], 3));
            b.append(',').append(d == null ? "contested" : d.key()).append('\n');
        }
        return b.toString();
    }

    private double dominance = Double.NaN;

    /** Sets the dominance threshold used to name each cell's dominant actor. */
    public RunRecorder dominance(double threshold) {
        this.dominance = threshold;
        return this;
    }

    private double dominanceOf(WorldState w) {
        if (Double.isNaN(dominance)) throw new IllegalStateException("dominance threshold not set");
        return dominance;
    }

    public List<WeekRecord> weeks() {
        return weeks;
    }

    public List<LocalDate> snapshotDates() {
        return snapshotDates;
    }

    public String nationalCsv() {
        return national.toString();
    }

    public String regionsCsv() {
        return regions.toString();
    }

    public String cellsCsv() {
        return cells.toString();
    }

    public String fuelCsv() {
        return fuel.toString();
    }

    static String share(double v) {
        return num(v, 6);
    }


    /**
     * {@code v} with exactly {@code decimals} decimals, rounded half away from zero; empty for
     * NaN or infinity. Hand-rolled because String.format dominated the cost of recording a run;
     * the output is the same for the same double on every machine.
     */
    static String num(double v, int decimals) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return "";
        long scale = 1;
        for (int i = 0; i < decimals; i++) scale *= 10;
        double scaled = Math.abs(v) * scale;
        if (scaled >= 9e15) return String.format(Locale.ROOT, "%." + decimals + "f", v);
        long units = Math.round(scaled);
        StringBuilder b = new StringBuilder(24);
        if (v < 0 && units != 0) b.append('-'); // no negative zero
        b.append(units / scale);
        if (decimals > 0) {
            String frac = Long.toString(units % scale);
            b.append('.');
            for (int i = frac.length(); i < decimals; i++) b.append('0');
            b.append(frac);
        }
        return b.toString();
    }
}
