package org.sahelsim.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.sahelsim.data.CsvTable;
import org.sahelsim.data.DataFormatException;
import org.sahelsim.model.Force;
import org.sahelsim.model.FuelLedger;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ParameterCatalog;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The one writer of a run folder ({@link RunFiles}, {@code docs/OUTPUT.md}). The model's
 * observation feeds it a week at a time; it keeps the rows in memory and writes the folder at
 * the end, whole or not at all ({@link RunFolder}). Numbers are written with a fixed number of
 * decimals ({@link RunFiles#fixed}), so the same scenario and seed give the same bytes. It is
 * saved with the model in a run's checkpoint, so that a resumed run writes every week.
 */
public final class RunWriter implements RunObserver, java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final ScenarioLibrary.Entry entry;
    private final long seed;
    private final Geography geo;
    private final Actors actors;
    private final double dominance;
    private final double ungovernedBelow;
    /** The scenario's last week, a snapshot of every place as of the grid. */
    private final int finalTick;
    /** Rebuilt when read back from a checkpoint (its values are functions). */
    private transient List<RunFiles.Column> columns;
    private final List<WeekRecord> weeks = new ArrayList<>();
    private final StringBuilder national = new StringBuilder();
    private final StringBuilder regions = new StringBuilder();
    private final StringBuilder fuel = new StringBuilder();
    private final StringBuilder places = new StringBuilder();
    /** Each place's holder and besieger last week, to write only the places that changed between snapshots. */
    private int[] lastHolder;
    private int[] lastBesieger;
    /** Which places have a row in the latest week, and that week's world and date: the final week is a snapshot of every place too. */
    private boolean[] placeRowWritten;
    private transient WorldState lastWorld;
    private LocalDate lastDate;
    private final List<LocalDate> snapshotDates = new ArrayList<>();
    /**
     * The grid snapshots, kept as numbers and put in words when the file is written: for each
     * snapshot, each side's share of each cell in thousandths ({@code [side × cells + cell]}, as
     * {@code cells.csv.gz} writes it, negative below zero) and each cell's dominant side's
     * ordinal or -1. A share that does not fit (never seen: shares lie in [0, 1]) is kept apart,
     * exactly.
     */
    private final List<short[]> snapshotShares = new ArrayList<>();
    private final List<byte[]> snapshotDominant = new ArrayList<>();
    private final Map<Long, Double> unfitShares = new java.util.HashMap<>();
    /**
     * The last week's control, copied (the world is not to be kept), in case the final week is
     * not a regular snapshot.
     */
    private double[][] lastControl;
    private boolean lastWeekSnapshotTaken;
    /** The snapshots taken so far (counted as they are taken; {@link #snapshotShares} holds them once settled). */
    private transient int snapshotsTaken;
    private int coups;
    /**
     * {@code cells.csv.gz} and the other compressed tables compressed as the snapshots and weeks
     * come, on a thread of its own while the model runs on; none in a writer read back from a
     * checkpoint (it compresses the files when writing them, as a writer does whose compression
     * failed).
     */
    private transient FilesAsRecorded filesAsRecorded;

    /**
     * @param entry the scenario as loaded (for the manifest)
     * @param seed  the run's seed
     * @param geo   the map the run is played on
     */
    public RunWriter(ScenarioLibrary.Entry entry, long seed, Geography geo) {
        this.entry = entry;
        this.seed = seed;
        this.geo = geo;
        this.actors = Actors.standard();
        this.dominance = entry.scenario().control().dominance();
        this.ungovernedBelow = entry.scenario().control().ungovernedBelow();
        this.finalTick = new org.sahelsim.model.Calendar(entry.scenario().period().start(), entry.scenario().period().end()).weeks() - 1;
        this.columns = RunFiles.nationalColumns(actors);
        national.append(String.join(",", RunFiles.nationalHeader(actors))).append('\n');
        regions.append(String.join(",", RunFiles.REGION_COLUMNS)).append('\n');
        fuel.append(String.join(",", RunFiles.FUEL_COLUMNS)).append('\n');
        places.append(String.join(",", RunFiles.placeColumns(actors))).append('\n');
        this.filesAsRecorded = new FilesAsRecorded();
    }

    private void readObject(java.io.ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        columns = RunFiles.nationalColumns(actors);
        shareBytes = shareBytes();
    }

    @Override
    public void week(WeekRecord r, WorldState w) {
        weeks.add(r);
        coups = w.coups;
        FuelRows fuelRows = w.fuel == null ? null : new FuelRows(w.fuel);
        PlaceRows placeRows = placeRows(r.date(), w, r.tick() % RunFiles.SNAPSHOT_WEEKS == 0 || r.tick() == finalTick);
        inWords(() -> {
            tableRows(r);
            if (fuelRows != null) fuelRows.appendTo(r.date().toString());
            if (placeRows != null) placeRows.appendTo();
        });
        lastWeekSnapshotTaken = r.tick() % RunFiles.SNAPSHOT_WEEKS == 0;
        if (lastWeekSnapshotTaken) {
            snapshot(r.date(), w.control);
        } else {
            if (lastControl == null) lastControl = new double[Side.COUNT][geo.cellCount()];
            for (int s = 0; s < Side.COUNT; s++) System.arraycopy(w.control[s], 0, lastControl[s], 0, geo.cellCount());
        }
    }

    /**
     * Puts a week's rows into the tables' text: on the files' thread while the run records (the
     * week's numbers were copied for it; {@link #settle} waits for it), here otherwise.
     */
    private void inWords(Runnable rows) {
        if (filesAsRecorded == null || !filesAsRecorded.inWords(rows)) rows.run();
    }

    /** Waits until the tables' text holds every row handed over; a failure in putting them in words is thrown here. */
    private void settle() {
        if (filesAsRecorded != null) filesAsRecorded.settle();
    }

    private void writeObject(java.io.ObjectOutputStream out) throws IOException {
        settle();
        out.defaultWriteObject();
    }

    /** The week's rows of {@code national.csv} and {@code regions.csv.gz}. */
    private void tableRows(WeekRecord r) {
        String date = r.date().toString();
        national.append(date).append(',').append(r.tick());
        for (RunFiles.Column c : columns) c.appendTo(national.append(','), r);
        national.append('\n');
        String[][] regionActor = regionActorColumns(r.regionTerritory().length);
        for (int g = 0; g < regionActor.length; g++) {
            for (int a = 0; a < regionActor[g].length; a++) {
                regions.append(date).append(regionActor[g][a]);
                share(regions, r.regionTerritory()[g][a]).append(',');
                share(regions, r.regionPopulation()[g][a]).append(',').append(r.regionEvents()[g]).append(',');
                RunFiles.appendFixed(regions, r.regionFatalities()[g], 1).append('\n');
            }
        }
    }

    /** {@code ,region,actor,} for each region and territorial actor: the columns of regions.csv after the date, put in words once a run. */
    private transient String[][] regionActorColumns;

    private String[][] regionActorColumns(int regionCount) {
        if (regionActorColumns == null || regionActorColumns.length != regionCount) {
            List<Actor> territorial = actors.territorial();
            regionActorColumns = new String[regionCount][territorial.size()];
            for (int g = 0; g < regionCount; g++) {
                for (int a = 0; a < territorial.size(); a++) {
                    regionActorColumns[g][a] = "," + geo.regions().get(g).id() + "," + territorial.get(a).key() + ",";
                }
            }
        }
        return regionActorColumns;
    }

    @Override
    public void finished() {
        if (!lastWeekSnapshotTaken && lastControl != null) {
            snapshot(weeks.get(weeks.size() - 1).date(), lastControl);
            lastWeekSnapshotTaken = true;
            // The final week is a snapshot week: every place has its row, not only those that changed.
            if (lastWorld != null) {
                PlaceRows rest = new PlaceRows(lastDate.toString(), lastWorld.places, placeRowWritten.length);
                for (int p = 0; p < placeRowWritten.length; p++) {
                    if (!placeRowWritten[p]) rest.add(p, null);
                }
                inWords(rest::appendTo);
            }
        }
        if (filesAsRecorded != null) filesAsRecorded.close(snapshotsTaken);
    }

    /**
     * Keeps a grid snapshot of {@code control}, the dominant side read at the scenario's
     * threshold: while the run records, the control is copied and rounded on the files' thread,
     * in order with the weeks' rows, which compresses it there too (the snapshots are read only
     * after {@link #settle}); otherwise here.
     */
    private void snapshot(LocalDate date, double[][] control) {
        snapshotsTaken++;
        if (filesAsRecorded != null) {
            int n = geo.cellCount();
            double[][] copy = new double[Side.COUNT][];
            for (int s = 0; s < Side.COUNT; s++) copy[s] = java.util.Arrays.copyOf(control[s], n);
            if (filesAsRecorded.inWords(() -> keep(date, copy, true))) {
                filesAsRecorded.handOver();
                return;
            }
        }
        keep(date, control, false);
    }

    /** Rounds a snapshot and keeps it; {@code compressHere}: on the files' thread, which compresses its rows at once. */
    private void keep(LocalDate date, double[][] control, boolean compressHere) {
        int n = geo.cellCount();
        short[] shares = new short[Side.COUNT * n];
        byte[] dominant = new byte[n];
        int index = snapshotShares.size();
        Map<Long, Double> unfit = new java.util.HashMap<>();
        for (int s = 0; s < Side.COUNT; s++) {
            double[] row = control[s];
            for (int c = 0; c < n; c++) {
                double v = row[c];
                double scaled = Math.abs(v) * SHARE_SCALE;
                long units = Math.round(scaled);
                if (Double.isFinite(v) && units < Short.MAX_VALUE) {
                    shares[s * n + c] = (short) (v < 0 ? -units : units);
                } else {
                    shares[s * n + c] = Short.MIN_VALUE;
                    unfit.put((long) s * n + c, v);
                }
            }
        }
        for (int c = 0; c < n; c++) {
            // a side's ordinal; -1 contested; -2 ungoverned
            int k = org.sahelsim.model.submodels.Control.standingOf(control, c, dominance, ungovernedBelow);
            dominant[c] = (byte) (k < Side.COUNT ? k : k == Side.COUNT ? -1 : -2);
        }
        for (var e : unfit.entrySet()) unfitShares.put((long) index * shares.length + e.getKey(), e.getValue());
        snapshotShares.add(shares);
        snapshotDominant.add(dominant);
        snapshotDates.add(date);
        if (compressHere) filesAsRecorded.compressNow(date, shares, dominant, unfit);
        else if (filesAsRecorded != null) filesAsRecorded.add(date, shares, dominant, unfit);
    }

    /**
     * The week's rows of {@code places.csv.gz}, copied from the places' arrays (null if none): every
     * place in snapshot weeks, in other weeks the places whose holder or besieger changed.
     */
    private PlaceRows placeRows(LocalDate date, WorldState w, boolean snapshot) {
        Places pl = w.places;
        if (lastHolder == null) {
            lastHolder = pl.holder.clone();
            lastBesieger = pl.besiegedBy.clone();
            placeRowWritten = new boolean[pl.count()];
            snapshot = true;
        }
        lastWorld = w;
        lastDate = date;
        PlaceRows rows = null;
        for (int p = 0; p < pl.count(); p++) {
            boolean handsChanged = pl.holder[p] != lastHolder[p];
            boolean changed = handsChanged || pl.besiegedBy[p] != lastBesieger[p];
            lastHolder[p] = pl.holder[p];
            lastBesieger[p] = pl.besiegedBy[p];
            placeRowWritten[p] = snapshot || changed;
            if (placeRowWritten[p]) {
                if (rows == null) rows = new PlaceRows(date.toString(), pl, snapshot ? pl.count() : 4);
                rows.add(p, handsChanged ? pl.lastChange[p] : null);
            }
        }
        return rows;
    }

    /**
     * Each place's columns that do not change from week to week, put in words once a run: after
     * the date, {@code ,place,kind,region,}; after the roads cut, {@code ,name,lon,lat,}.
     */
    private transient String[] placeAfterDate;
    private transient String[] placeAfterRoads;

    /**
     * Some places' rows of {@code places.csv.gz} in one week, as numbers copied from the places'
     * arrays when the week is recorded, and put in words later, in the columns of
     * {@link RunFiles#placeColumns}: the text {@link PlaceRecord#of} would give.
     */
    private final class PlaceRows {
        private final String date;
        private final Places pl;
        private int count;
        private int[] place;
        private int[] holder;
        private int[] besiegedBy;
        private int[] roadsCut;
        private double[] supplyDays;
        private double[][] garrison;
        private org.sahelsim.model.ChangeOfHands[] how;

        PlaceRows(String date, Places pl, int capacity) {
            this.date = date;
            this.pl = pl;
            place = new int[capacity];
            holder = new int[capacity];
            besiegedBy = new int[capacity];
            roadsCut = new int[capacity];
            supplyDays = new double[capacity];
            garrison = new double[Force.COUNT][capacity];
            how = new org.sahelsim.model.ChangeOfHands[capacity];
        }

        /** Copies place {@code p}'s row; {@code how} it changed hands this week, or null. */
        void add(int p, org.sahelsim.model.ChangeOfHands how) {
            if (count == place.length) {
                int more = 2 * count;
                place = java.util.Arrays.copyOf(place, more);
                holder = java.util.Arrays.copyOf(holder, more);
                besiegedBy = java.util.Arrays.copyOf(besiegedBy, more);
                roadsCut = java.util.Arrays.copyOf(roadsCut, more);
                supplyDays = java.util.Arrays.copyOf(supplyDays, more);
                for (int f = 0; f < Force.COUNT; f++) garrison[f] = java.util.Arrays.copyOf(garrison[f], more);
                this.how = java.util.Arrays.copyOf(this.how, more);
            }
            place[count] = p;
            holder[count] = pl.holder[p];
            besiegedBy[count] = pl.besiegedBy[p];
            roadsCut[count] = pl.roadsCut[p];
            supplyDays[count] = pl.supplyDays[p];
            for (int f = 0; f < Force.COUNT; f++) garrison[f][count] = pl.garrison[f][p];
            this.how[count] = how;
            count++;
        }

        /** Appends the rows to the places' text (their unchanging columns read from the places' map). */
        void appendTo() {
            if (placeAfterDate == null || placeAfterDate.length != pl.count()) {
                placeAfterDate = new String[pl.count()];
                placeAfterRoads = new String[pl.count()];
                for (int q = 0; q < pl.count(); q++) {
                    org.sahelsim.model.world.Place site = pl.place(q);
                    placeAfterDate[q] = "," + site.id() + "," + site.kind().key() + "," + geo.regions().get(site.region()).id() + ",";
                    StringBuilder after = new StringBuilder(48).append(',').append(csv(site.name())).append(',');
                    RunFiles.appendFixed(after, site.lon(), 4).append(',');
                    RunFiles.appendFixed(after, site.lat(), 4).append(',');
                    placeAfterRoads[q] = after.toString();
                }
            }
            for (int i = 0; i < count; i++) {
                int p = place[i];
                places.append(date).append(placeAfterDate[p]).append(holder[i] == Places.NOBODY ? PlaceRecord.NOBODY : Side.of(holder[i]).key());
                for (int f = 0; f < Force.COUNT; f++) RunFiles.appendFixed(places.append(','), garrison[f][i], 0);
                RunFiles.appendFixed(places.append(','), supplyDays[i], 1).append(',');
                if (besiegedBy[i] != Places.NOBODY) places.append(Side.of(besiegedBy[i]).key());
                places.append(',').append(roadsCut[i]).append(placeAfterRoads[p]);
                if (how[i] != null) places.append(how[i].word());
                places.append('\n');
            }
        }
    }

    /** A week's rows of {@code fuel.csv.gz}, as numbers copied from the ledger when the week is recorded. */
    private final class FuelRows {
        private final double[] received;
        private final double[] stockDays;
        private final double[] price;
        private final double[] delivered;
        private final int[] convoysSent;
        private final int[] convoysHit;
        private final int[] tankersLost;
        private final int[] hitCell;

        FuelRows(FuelLedger l) {
            received = java.util.Arrays.copyOf(l.received, l.depots);
            price = java.util.Arrays.copyOf(l.price, l.depots);
            stockDays = new double[l.depots];
            for (int d = 0; d < l.depots; d++) stockDays[d] = l.stockDays(d);
            delivered = java.util.Arrays.copyOf(l.delivered, l.corridors);
            convoysSent = java.util.Arrays.copyOf(l.convoysSent, l.corridors);
            convoysHit = java.util.Arrays.copyOf(l.convoysHit, l.corridors);
            tankersLost = java.util.Arrays.copyOf(l.tankersLost, l.corridors);
            hitCell = java.util.Arrays.copyOf(l.hitCell, l.corridors);
        }

        void appendTo(String date) {
            for (int d = 0; d < received.length; d++) {
                fuel.append(date).append(",depot,").append(geo.regions().get(d).id()).append(',');
                RunFiles.appendFixed(fuel, received[d], 0).append(",0,0,0,");
                RunFiles.appendFixed(fuel, stockDays[d], 2).append(',');
                RunFiles.appendFixed(fuel, price[d], 1).append(",,\n");
            }
            for (int c = 0; c < delivered.length; c++) {
                fuel.append(date).append(",corridor,").append(geo.corridors().get(c).id()).append(',');
                RunFiles.appendFixed(fuel, delivered[c], 0).append(',').append(convoysSent[c]).append(',')
                        .append(convoysHit[c]).append(',').append(tankersLost[c]).append(",,,");
                int hit = hitCell[c];
                if (hit >= 0) RunFiles.appendFixed(RunFiles.appendFixed(fuel, geo.lon(hit), 3).append(','), geo.lat(hit), 3);
                else fuel.append(',');
                fuel.append('\n');
            }
        }
    }

    /** Thousandths: the grid's shares are written with three decimals. */
    private static final int SHARE_DECIMALS = 3;
    private static final long SHARE_SCALE = 1000;
    /**
     * A column of a share of 0 to {@code SHARE_SCALE} thousandths, its comma and its text as
     * {@link RunFiles#appendUnits} writes it, in bytes: a grid snapshot writes four a cell, and
     * copying them costs a fraction of putting each in words again.
     */
    private transient byte[][] shareBytes = shareBytes();

    private static byte[][] shareBytes() {
        byte[][] text = new byte[(int) SHARE_SCALE + 1][];
        for (int u = 0; u < text.length; u++) {
            text[u] = RowBytes.piece(RunFiles.appendUnits(new StringBuilder(8).append(','), u, SHARE_SCALE, SHARE_DECIMALS));
        }
        return text;
    }

    /**
     * Puts {@code cells.csv.gz}'s rows into {@code b}, header first, and hands {@code b} to
     * {@code out} after the header and after each snapshot; {@code out} may empty it or let the
     * rows accumulate.
     */
    private void cellRows(RowBytes b, CellSink out) throws IOException {
        byte[][] where = cellPlaces();
        cellHeader(b);
        out.accept(b);
        for (int k = 0; k < snapshotShares.size(); k++) {
            appendSnapshot(b, where, snapshotDates.get(k), snapshotShares.get(k), snapshotDominant.get(k), unfitShares,
                    (long) k * snapshotShares.get(k).length);
            out.accept(b);
        }
    }

    /** {@code cells.csv.gz}'s header line. */
    private void cellHeader(RowBytes b) {
        b.put(RowBytes.piece(String.join(",", RunFiles.cellColumns(actors)) + "\n"));
    }

    /** Each cell's columns after the date, {@code ,col,row,lon,lat,region}, in bytes. */
    private byte[][] cellPlaces() {
        int n = geo.cellCount();
        byte[][] where = new byte[n][];
        for (int c = 0; c < n; c++) {
            StringBuilder at = new StringBuilder(48).append(',').append(geo.col(c)).append(',').append(geo.row(c)).append(',');
            RunFiles.appendFixed(at, geo.lon(c), 4).append(',');
            RunFiles.appendFixed(at, geo.lat(c), 4).append(',').append(geo.regions().get(geo.region(c)).id());
            where[c] = RowBytes.piece(at);
        }
        return where;
    }

    /**
     * A snapshot's rows of {@code cells.csv.gz}; the shares that did not fit are in {@code unfit}
     * at {@code unfitBase} plus their index. Reads nothing the run goes on changing.
     */
    private void appendSnapshot(RowBytes b, byte[][] where, LocalDate day, short[] shares, byte[] dominant,
                                Map<Long, Double> unfit, long unfitBase) {
        int n = where.length;
        List<Actor> sides = actors.sides();
        byte[] date = RowBytes.piece(day.toString());
        // Each standing's last column and the line's end, put together once a snapshot: a side's
        // ordinal at 2 + ordinal, contested at 1, ungoverned at 0.
        byte[][] last = new byte[2 + sides.size()][];
        last[0] = RowBytes.piece("," + Actors.UNGOVERNED + "\n");
        last[1] = RowBytes.piece("," + Actors.CONTESTED + "\n");
        for (int k = 0; k < sides.size(); k++) last[2 + k] = RowBytes.piece("," + sides.get(k).key() + "\n");
        // Room for the snapshot's rows made once, not as they grow.
        if (n > 0) b.ensure(n * (date.length + where[0].length + 4 * 6 + 16));
        for (int c = 0; c < n; c++) {
            b.put(date).put(where[c]);
            for (int s = 0; s < Side.COUNT; s++) {
                int i = s * n + c;
                short units = shares[i];
                if (units >= 0 && units < shareBytes.length) {
                    b.put(shareBytes[units]);
                } else if (units == Short.MIN_VALUE) {
                    b.put(RowBytes.piece(RunFiles.appendFixed(new StringBuilder(","), unfit.get(unfitBase + i), SHARE_DECIMALS)));
                } else {
                    StringBuilder text = new StringBuilder(",");
                    if (units < 0) text.append('-');
                    b.put(RowBytes.piece(RunFiles.appendUnits(text, Math.abs(units), SHARE_SCALE, SHARE_DECIMALS)));
                }
            }
            b.put(last[dominant[c] + 2]);
        }
    }

    /**
     * The compressed files' bytes, compressed on a thread of its own as the run records: the
     * grid's snapshots as the run takes them, the regions', fuel and places tables a week at a
     * time. Each file gets the same text into the same compressor as {@link #write} would feed it
     * at the end (so the same bytes), while the model goes on with the weeks on the run's
     * thread. The tables' text is put in words on that thread too, from the week's numbers
     * copied for it ({@link #inWords}); the text is read only after {@link #settle}. The thread
     * ends with the run ({@link #close}). Any failure to compress leaves the files to
     * {@link #write}.
     */
    private final class FilesAsRecorded {
        private final java.util.concurrent.ExecutorService thread = java.util.concurrent.Executors.newSingleThreadExecutor(task -> {
            Thread t = new Thread(task, "sahelsim-cells");
            t.setDaemon(true);
            return t;
        });
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 20);
        private final GZIPOutputStream gzip;
        private final byte[][] where = cellPlaces();
        /** The grid's rows on their way to the compressor (used on the files' thread alone). */
        private final RowBytes rows = new RowBytes(where.length * 80);
        /** The tables, by file name: their text, how much of it was handed over, their bytes. */
        private final Map<String, Table> tables = new LinkedHashMap<>();
        /** The snapshots handed over, and those the bytes hold once closed (-1: not closed). */
        private int handed;
        private int closedAt = -1;
        private java.util.concurrent.Future<byte[]> file;
        private volatile boolean failed;
        /** The latest rows handed over to be put in words (the calling thread's), and a failure in putting them in words. */
        private java.util.concurrent.Future<?> lastWords;
        private volatile Throwable wordsFailed;

        FilesAsRecorded() {
            gzip = inMemory(bytes);
            compress(RunWriter.this::cellHeader);
            tables.put(RunFiles.REGIONS, new Table(regions));
            tables.put(RunFiles.FUEL, new Table(fuel));
            tables.put(RunFiles.PLACES, new Table(places));
            inWords(() -> { });
        }

        /**
         * Puts rows in words on the files' thread, after everything handed over before, and
         * hands the tables' new text to their compressors; false if the thread has stopped
         * (the rows are then the caller's to put in words, once {@link #settle} returns).
         */
        boolean inWords(Runnable rows) {
            if (wordsFailed != null) settle();
            if (closedAt >= 0) return false;
            try {
                lastWords = thread.submit(() -> {
                    if (wordsFailed != null) return;
                    try {
                        rows.run();
                    } catch (RuntimeException | Error e) {
                        wordsFailed = e;
                        return;
                    }
                    for (Table t : tables.values()) t.feed();
                });
                return true;
            } catch (java.util.concurrent.RejectedExecutionException e) {
                settle();
                return false;
            }
        }

        /** Waits for the rows handed over so far to be in words; a failure in putting them in words is thrown here. */
        void settle() {
            java.util.concurrent.Future<?> f = lastWords;
            if (f != null) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    wordsFailed = e.getCause(); // not thrown by the task itself, which keeps its failures
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while the run's tables were put in words", e);
                }
            }
            Throwable t = wordsFailed;
            if (t instanceof RuntimeException r) throw r;
            if (t instanceof Error err) throw err;
            if (t != null) throw new IllegalStateException(t);
        }

        /** A compressor into memory (its header written at once; writing to memory does not fail). */
        private static GZIPOutputStream inMemory(java.io.ByteArrayOutputStream bytes) {
            try {
                return RunFiles.gzip(bytes);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        /** Finishes a compressor on the files' thread: its bytes, or null (and failed) if the thread has stopped. */
        private java.util.concurrent.Future<byte[]> finish(GZIPOutputStream gzip, java.io.ByteArrayOutputStream bytes) {
            try {
                return thread.submit(() -> {
                    gzip.finish();
                    return bytes.toByteArray();
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                failed = true;
                return null;
            }
        }

        /** A table compressed as its text grows. */
        private final class Table {
            private final StringBuilder text;
            private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(1 << 17);
            private final GZIPOutputStream gzip;
            private int handed;
            private java.util.concurrent.Future<byte[]> file;

            Table(StringBuilder text) {
                this.text = text;
                gzip = inMemory(bytes);
            }

            /** Compresses the text appended since last time (on the files' thread, where the text is put in words). */
            void feed() {
                if (failed || text.length() == handed) return;
                byte[] chunk = text.substring(handed).getBytes(StandardCharsets.UTF_8);
                handed = text.length();
                try {
                    gzip.write(chunk);
                } catch (IOException | RuntimeException e) {
                    failed = true;
                }
            }

            void close() {
                file = finish(gzip, bytes);
            }

            /** The file's bytes if they hold the whole text (read once the text is settled); else null. */
            byte[] bytes() {
                if (file == null) return null;
                byte[] b = waitFor(file);
                return handed != text.length() ? null : b;
            }
        }

        /** A table's file, waiting for it if need be, if it holds the table's whole text; else null. */
        byte[] table(String name) {
            Table t = tables.get(name);
            return closedAt < 0 || t == null ? null : t.bytes();
        }

        /** Runs a step of compression on the thread, after everything handed over before. */
        private void run(Step step) {
            if (failed) return;
            try {
                thread.execute(() -> {
                    if (failed) return;
                    try {
                        step.run();
                    } catch (IOException | RuntimeException | Error e) {
                        failed = true;
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException e) {
                failed = true;
            }
        }

        /** A compression step. */
        @FunctionalInterface
        private interface Step {
            void run() throws IOException;
        }

        private byte[] waitFor(java.util.concurrent.Future<byte[]> f) {
            try {
                byte[] b = f.get();
                return failed ? null : b;
            } catch (java.util.concurrent.ExecutionException e) {
                return null;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }

        /** Hands over a snapshot just taken; its arrays are not changed afterwards. */
        void add(LocalDate date, short[] shares, byte[] dominant, Map<Long, Double> unfit) {
            if (closedAt >= 0) return;
            handed++;
            compress(rows -> appendSnapshot(rows, where, date, shares, dominant, unfit, 0));
        }

        /**
         * Counts a snapshot handed over to be rounded on this thread ({@link #inWords}), which
         * compresses it with {@link #compressNow}.
         */
        void handOver() {
            if (closedAt < 0) handed++;
        }

        /** Compresses a snapshot's rows at once, on the files' thread (in order with everything handed over before). */
        void compressNow(LocalDate date, short[] shares, byte[] dominant, Map<Long, Double> unfit) {
            if (failed) return;
            try {
                rows.clear();
                appendSnapshot(rows, where, date, shares, dominant, unfit, 0);
                rows.writeTo(gzip);
            } catch (IOException | RuntimeException | Error e) {
                failed = true;
            }
        }

        /** Puts rows together on the thread, then compresses them, after everything handed over before. */
        private void compress(java.util.function.Consumer<RowBytes> text) {
            run(() -> {
                rows.clear();
                text.accept(rows);
                rows.writeTo(gzip);
            });
        }

        /** The run has ended with {@code snapshots} snapshots: the file is finished and the thread ends. */
        void close(int snapshots) {
            if (closedAt >= 0) return;
            for (Table t : tables.values()) t.close();
            closedAt = snapshots;
            file = finish(gzip, bytes);
            thread.shutdown();
        }

        /** The file's bytes, waiting for them if need be, if they hold {@code snapshots} snapshots; else null. */
        byte[] bytes(int snapshots) {
            if (closedAt != snapshots || handed != snapshots || file == null) {
                thread.shutdown();
                return null;
            }
            return waitFor(file);
        }
    }

    /** Where the grid's rows go, a snapshot at a time. */
    @FunctionalInterface
    private interface CellSink {
        void accept(RowBytes rows) throws IOException;
    }

    private static StringBuilder share(StringBuilder b, double v) {
        return RunFiles.appendFixed(b, v, RunFiles.SHARE);
    }

    /** The weeks observed, first to last. */
    public List<WeekRecord> weeks() {
        return java.util.Collections.unmodifiableList(weeks);
    }

    /** The dates of the grid snapshots written, first to last. */
    public List<LocalDate> snapshotDates() {
        settle();
        return java.util.Collections.unmodifiableList(snapshotDates);
    }

    /** The actors the files name. */
    public Actors actors() {
        return actors;
    }

    /** {@code national.csv} as it will be written. */
    public String nationalCsv() {
        settle();
        return national.toString();
    }

    /** The grid snapshots as they will be written (before compression), put in words now. */
    public String cellsCsv() {
        settle();
        // Room for every row: about 73 characters on the default map, 80 at most.
        RowBytes all = new RowBytes((snapshotShares.size() * geo.cellCount() + 1) * 80);
        try {
            cellRows(all, rows -> { });
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // appending to memory does not fail
        }
        return all.text();
    }

    /** Draws a run's pictures into its folder (the staging folder, before it is published), from the run's data. */
    @FunctionalInterface
    public interface PictureMaker {
        void draw(Path runDir, RunResults run) throws IOException;
    }

    /**
     * Writes the run's files into a new folder under {@code outputRoot} and returns it. The
     * folder appears only when complete; a failure (or a kill) leaves nothing.
     *
     * @param events   the run's event log
     * @param pictures draws the pictures into the folder before it is published (null: none),
     *                 from the run's data as {@link RunResults#read} would read it back from the
     *                 files ({@link #results}), handed over from memory
     */
    public Path write(Path outputRoot, List<LoggedEvent> events, PictureMaker pictures) throws IOException {
        if (weeks.isEmpty()) throw new IllegalStateException("the run has not been simulated");
        settle();
        String eventsCsv = eventsCsv(events);
        String manifest = manifestJson();
        String summary = summaryJson(events);
        // The pictures' data is put together on another thread while this one writes the files.
        java.util.concurrent.CompletableFuture<RunResults> data = pictures == null ? null
                : java.util.concurrent.CompletableFuture.supplyAsync(() -> results(manifest, summary, eventsCsv), task -> {
                    Thread t = new Thread(task, "sahelsim-run-data");
                    t.setDaemon(true);
                    t.start();
                });
        try (RunFolder folder = RunFolder.open(outputRoot, folderName(entry, seed))) {
            Path dir = folder.staging();
            write(dir.resolve(RunFiles.NATIONAL), national);
            writeTable(dir, RunFiles.REGIONS, regions);
            byte[] cells = filesAsRecorded == null ? null : filesAsRecorded.bytes(snapshotShares.size());
            if (cells != null) {
                Files.write(dir.resolve(RunFiles.CELLS), cells);
            } else {
                try (OutputStream out = RunFiles.gzip(Files.newOutputStream(dir.resolve(RunFiles.CELLS)))) {
                    cellRows(new RowBytes(geo.cellCount() * 80), rows -> {
                        rows.writeTo(out);
                        rows.clear();
                    });
                }
            }
            writeTable(dir, RunFiles.FUEL, fuel);
            writeTable(dir, RunFiles.PLACES, places);
            write(dir.resolve(RunFiles.EVENTS), eventsCsv);
            write(dir.resolve(RunFiles.MANIFEST), manifest);
            write(dir.resolve(RunFiles.SUMMARY), summary);
            if (pictures != null) pictures.draw(dir, joined(data));
            return folder.publish();
        } finally {
            if (data != null) data.cancel(false);
        }
    }

    /** The value of a task, its failure thrown as it was thrown in the task. */
    private static <T> T joined(java.util.concurrent.CompletableFuture<T> task) {
        try {
            return task.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw e;
        }
    }

    /**
     * The run's data as {@link RunResults#read} reads it from the folder {@link #write} writes,
     * without reading the files back: the tables are parsed from the text the files hold, the
     * grid's snapshots taken from the numbers they are written from (the same values: a share
     * of {@code k} thousandths written as text reads back as {@code k / 1000.0}).
     *
     * @param events the run's event log
     */
    public RunResults results(List<LoggedEvent> events) {
        if (weeks.isEmpty()) throw new IllegalStateException("the run has not been simulated");
        settle();
        try {
            return results(manifestJson(), summaryJson(events), eventsCsv(events));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // putting maps into JSON text does not fail
        }
    }

    private RunResults results(String manifest, String summary, String eventsCsv) {
        return RunResults.of(Manifest.parse(manifest), Optional.of(Summary.parse(summary)),
                () -> CsvTable.parse(RunFiles.NATIONAL, national.toString()),
                () -> CsvTable.parse(RunFiles.REGIONS, regions.toString()),
                this::cellControls,
                () -> CsvTable.parse(RunFiles.EVENTS, eventsCsv),
                Optional.of(() -> CsvTable.parse(RunFiles.FUEL, fuel.toString())),
                Optional.of(() -> CsvTable.parse(RunFiles.PLACES, places.toString())));
    }

    /**
     * The rows of {@code cells.csv.gz} as {@link RunResults#read} reads them, from the snapshots'
     * numbers: each value the number its written text reads as.
     */
    private List<CellControl> cellControls(Actors read) {
        if (!read.sideKeys().equals(actors.sideKeys())) {
            throw new IllegalStateException("the run's actors " + read.sideKeys() + " are not the writer's " + actors.sideKeys());
        }
        int n = geo.cellCount();
        List<Actor> sides = actors.sides();
        double[] lon = new double[n];
        double[] lat = new double[n];
        String[] region = new String[n];
        for (int c = 0; c < n; c++) {
            lon[c] = Double.parseDouble(RunFiles.appendFixed(new StringBuilder(), geo.lon(c), 4).toString());
            lat[c] = Double.parseDouble(RunFiles.appendFixed(new StringBuilder(), geo.lat(c), 4).toString());
            region[c] = geo.regions().get(geo.region(c)).id();
        }
        String[] dominantKey = new String[Side.COUNT + 2];
        int[] dominantIndex = new int[Side.COUNT + 2];
        for (int k = -2; k < Side.COUNT; k++) {
            String key = k == -1 ? Actors.CONTESTED : k == -2 ? Actors.UNGOVERNED : sides.get(k).key();
            int d = actors.territorialIndex(key);
            dominantKey[k + 2] = key;
            dominantIndex[k + 2] = d >= sides.size() ? -1 : d;
        }
        List<CellControl> out = new ArrayList<>(snapshotShares.size() * n);
        for (int k = 0; k < snapshotShares.size(); k++) {
            LocalDate date = snapshotDates.get(k);
            short[] shares = snapshotShares.get(k);
            byte[] dominant = snapshotDominant.get(k);
            for (int c = 0; c < n; c++) {
                double[] cell = new double[Side.COUNT];
                for (int s = 0; s < Side.COUNT; s++) {
                    int i = s * n + c;
                    double v = shares[i] == Short.MIN_VALUE
                            ? writtenShare(unfitShares.get((long) k * shares.length + i))
                            : shares[i] / (double) SHARE_SCALE;
                    if (!(v >= -1e-6 && v <= 1 + 1e-6)) {
                        throw new DataFormatException(RunFiles.CELLS, 2 + k * n + c, 7 + s,
                                "expected a share between 0 and 1 in column '" + sides.get(s).key() + "', found " + v);
                    }
                    cell[s] = Math.max(0, Math.min(1, v));
                }
                out.add(new CellControl(date, geo.col(c), geo.row(c), lon[c], lat[c], region[c], cell,
                        dominantKey[dominant[c] + 2], dominantIndex[dominant[c] + 2]));
            }
        }
        return out;
    }

    /** A share that did not fit the snapshot's thousandths, as its written text reads (NaN if it writes as nothing). */
    private static double writtenShare(double v) {
        String text = RunFiles.appendFixed(new StringBuilder(), v, SHARE_DECIMALS).toString();
        return text.isEmpty() ? Double.NaN : Double.parseDouble(text);
    }

    private static void write(Path file, CharSequence text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** A compressed table: its bytes compressed as the run went, or compressed now. */
    private void writeTable(Path dir, String name, StringBuilder text) throws IOException {
        byte[] bytes = filesAsRecorded == null ? null : filesAsRecorded.table(name);
        if (bytes != null) Files.write(dir.resolve(name), bytes);
        else writeCompressed(dir.resolve(name), text);
    }

    /** Writes {@code text} gzip-compressed (a file whose name ends in {@code .gz}). */
    private static void writeCompressed(Path file, CharSequence text) throws IOException {
        try (OutputStream out = RunFiles.gzip(Files.newOutputStream(file))) {
            out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    static String eventsCsv(List<LoggedEvent> events) {
        StringBuilder b = new StringBuilder(String.join(",", RunFiles.EVENT_COLUMNS)).append('\n');
        for (LoggedEvent e : events) {
            b.append(e.date()).append(',').append(csv(e.type())).append(',').append(csv(e.region())).append(',')
                    .append(csv(String.join(";", e.actors()))).append(',').append(csv(e.description())).append(',');
            if (!Double.isNaN(e.lon())) RunFiles.appendFixed(b, e.lon(), 4);
            b.append(',');
            if (!Double.isNaN(e.lat())) RunFiles.appendFixed(b, e.lat(), 4);
            b.append(',');
            if (!Double.isNaN(e.killed())) RunFiles.appendFixed(b, e.killed(), 0);
            b.append('\n');
        }
        return b.toString();
    }

    /** A field quoted if it must be (RFC 4180). */
    static String csv(String s) {
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    /** {@code manifest.json}'s text. */
    private String manifestJson() throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(manifest()) + "\n";
    }

    /** {@code summary.json}'s text. */
    private String summaryJson(List<LoggedEvent> events) throws IOException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(summary(events)) + "\n";
    }

    Map<String, Object> manifest() {
        Map<String, Object> m = new LinkedHashMap<>();
        var s = entry.scenario();
        m.put("scenario_id", s.id());
        m.put("title", s.title());
        m.put("question", s.question());
        m.put("scenario_file", entry.sourceName());
        m.put("scenario_sha256", entry.sha256());
        m.put("extends", entry.extendsChain());
        m.put("seed", seed);
        m.put("version", "SahelSim " + version());
        m.put("first_date", weeks.get(0).date().toString());
        m.put("last_date", weeks.get(weeks.size() - 1).date().toString());
        m.put("period", List.of(s.period().start().toString(), s.period().end().toString()));
        m.put("weeks", weeks.size());
        Map<String, Object> grid = new LinkedHashMap<>();
        grid.put("lon_min", geo.lonMin());
        grid.put("lat_max", geo.latMax());
        grid.put("cell_degrees", geo.cellDegrees());
        grid.put("width", geo.width());
        grid.put("height", geo.height());
        grid.put("cells", geo.cellCount());
        m.put("grid", grid);
        m.put("snapshot_dates", snapshotDates.stream().map(LocalDate::toString).toList());
        List<Map<String, Object>> params = new ArrayList<>();
        for (ParameterCatalog.Parameter p : entry.catalog().parameters()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("path", p.path());
            row.put("value", p.value());
            row.put("range", p.range() == null ? null : List.of(p.range().low(), p.range().high()));
            row.put("source", entry.sources().get(p.path()));
            params.add(row);
        }
        m.put("parameters", params);
        List<Map<String, Object>> ev = new ArrayList<>();
        for (var e : s.eventsOrEmpty()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("date", e.date().toString());
            row.put("type", e.type().name().toLowerCase(java.util.Locale.ROOT));
            row.put("target", e.target());
            row.put("value", e.value());
            row.put("label", e.label());
            row.put("source", e.source());
            ev.add(row);
        }
        m.put("events", ev);
        m.put("actors", actors.toJson());
        return m;
    }

    Map<String, Object> summary(List<LoggedEvent> events) {
        WeekRecord first = weeks.get(0);
        WeekRecord last = weeks.get(weeks.size() - 1);
        List<String> keys = actors.territorialKeys();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scenario", entry.scenario().id());
        m.put("seed", seed);
        m.put("start", first.date().toString());
        m.put("end", last.date().toString());
        m.put("territory_start", shares(keys, first.territory()));
        m.put("territory_end", shares(keys, last.territory()));
        m.put("population_start", shares(keys, first.population()));
        m.put("population_end", shares(keys, last.population()));
        Map<String, Object> minMax = new LinkedHashMap<>();
        for (int a = 0; a < keys.size(); a++) {
            double lo = 1;
            double hi = 0;
            for (WeekRecord r : weeks) {
                lo = Math.min(lo, r.territory()[a]);
                hi = Math.max(hi, r.territory()[a]);
            }
            minMax.put(keys.get(a), List.of(round(lo), round(hi)));
        }
        m.put("territory_min_max", minMax);
        double fat = 0;
        double civ = 0;
        long violent = 0;
        double peakPrice = 0;
        String peakDate = "";
        double minStock = Double.POSITIVE_INFINITY;
        for (WeekRecord r : weeks) {
            fat += r.fatalities();
            civ += r.civilianFatalities();
            violent += r.violentEvents();
            if (r.fuelPriceBamako() > peakPrice) {
                peakPrice = r.fuelPriceBamako();
                peakDate = r.date().toString();
            }
            minStock = Math.min(minStock, r.fuelStockBamakoDays());
        }
        m.put("violent_events", violent);
        m.put("fatalities", Math.round(fat));
        m.put("civilian_fatalities", Math.round(civ));
        m.put("fuel_price_bamako_peak", Math.round(peakPrice));
        m.put("fuel_price_bamako_peak_date", peakDate);
        m.put("fuel_stock_bamako_min_days", round(minStock));
        Map<String, Object> troops = new LinkedHashMap<>();
        for (int f = 0; f < actors.forces().size(); f++) troops.put(actors.forces().get(f).key(), Math.round(last.troops()[f]));
        m.put("troops_end", troops);
        m.put("coups", coups);
        Map<String, Integer> byType = new TreeMap<>();
        for (LoggedEvent e : events) byType.merge(e.type(), 1, Integer::sum);
        m.put("events_by_type", byType);
        int state = actors.territorialIndex("state");
        m.put("state_territory_change", round(last.territory()[state] - first.territory()[state]));
        return m;
    }

    private static Map<String, Object> shares(List<String> keys, double[] v) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keys.size(); i++) m.put(keys.get(i), round(v[i]));
        return m;
    }

    private static double round(double v) {
        return Math.round(v * 1e4) / 1e4;
    }

    /** The name a run's folder is published under ({@code default-seed1}), or the first free one after it. */
    public static String folderName(ScenarioLibrary.Entry entry, long seed) {
        return entry.scenario().id() + "-seed" + seed;
    }

    /** The software version from the jar's manifest, or "dev" when run from classes. */
    public static String version() {
        String v = RunWriter.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
