package org.sahelsim.model.submodels;

import java.util.Arrays;
import org.sahelsim.model.Force;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.PlaceParams;
import org.sahelsim.model.world.Earth;
import org.sahelsim.model.world.Geography;
import org.sahelsim.model.world.Place;
import org.sahelsim.model.world.RoadSegment;

/**
 * The control a held place projects around it (ODD §7.9). A garrison of {@code G} troops holds
 * the ground it can cover at the density that gives full coercion, a disc of radius
 * {@code R = √(G / (π ρ))} km (ρ: its side's troops per km²); beyond it the projection falls by a
 * factor e every {@code projection_decay_km}. Along the roads that lead from the place, patrols
 * reach {@code road_reach} times farther: a road cell's distance is the road distance divided by
 * that factor, if shorter than the straight one. Several places of a side combine as independent
 * chances, {@code 1 − Π (1 − p)}. Distances are computed once per map. A besieged place projects
 * {@code besieged_projection} of this times the share of its supplies left: nothing beyond its
 * walls once they run out. A garrison cut off on the roads ({@code Places#cutOff}) projects the
 * share of its supplies left.
 */
public final class Projection implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final double decayKm;
    private final double maxKm;
    private final double besiegedKept;
    /** For each place, the cells within reach and their effective distance, km. */
    private final int[][] cells;
    private final double[][] km;
    /** For each place and cell within reach, {@code exp(−km / projection_decay_km)}: the decay beyond a garrison's disc is this over its value at the disc's edge. */
    private final double[][] fall;
    /** For each place, how far its holder's officials govern from it (its kind's {@code officials}, 0–1). */
    private final double[] officials;

    Projection(Geography geo, PlaceParams p) {
        this.officials = new double[geo.places().size()];
        for (Place place : geo.places()) officials[place.index()] = p.kind(place.kind()).officials();
        this.decayKm = p.projectionDecayKm();
        this.maxKm = p.projectionMaxKm();
        this.besiegedKept = p.besiegedProjection();
        double max = p.projectionMaxKm();
        double roadReach = p.roadReach();
        double decay = p.projectionDecayKm();
        Tables t = geo.derived(new Key(max, roadReach, decay), () -> tables(geo, max, roadReach, decay));
        cells = t.cells();
        km = t.km();
        fall = t.fall();
    }

    /** What the tables depend on besides the map. */
    private record Key(double maxKm, double roadReach, double decayKm) {
    }

    private record Tables(int[][] cells, double[][] km, double[][] fall) {
    }

    /** The tables of a map, computed once and shared by its runs ({@link Geography#derived}). */
    private static Tables tables(Geography geo, double maxKm, double roadReach, double decayKm) {
        int n = geo.places().size();
        int[][] cells = new int[n][];
        double[][] km = new double[n][];
        double[] roadKm = new double[geo.cellCount()];
        double[] nodeKm = new double[geo.roads().nodes().size()];
        double[] lengths = geo.roads().lengthsKm();
        for (Place place : geo.places()) {
            Arrays.fill(roadKm, Double.POSITIVE_INFINITY);
            if (place.roadNode() >= 0) {
                geo.roads().shortestPaths(place.roadNode(), lengths, nodeKm);
                double link = Earth.distanceKm(place.lon(), place.lat(), geo.roads().nodes().get(place.roadNode()).lon(),
                        geo.roads().nodes().get(place.roadNode()).lat());
                for (RoadSegment s : geo.roads().segments()) {
                    double a = nodeKm[s.from()];
                    double b = nodeKm[s.to()];
                    if (Double.isInfinite(a) && Double.isInfinite(b)) continue;
                    int k = s.cells().length;
                    for (int i = 0; i < k; i++) {
                        double f = k == 1 ? 0.5 : i / (double) (k - 1);
                        double along = Math.min(a + f * s.lengthKm(), b + (1 - f) * s.lengthKm());
                        int c = s.cells()[i];
                        roadKm[c] = Math.min(roadKm[c], (link + along) / roadReach);
                    }
                }
            }
            int[] cs = new int[geo.cellCount()];
            double[] ds = new double[geo.cellCount()];
            int m = 0;
            for (int c = 0; c < geo.cellCount(); c++) {
                double d = c == place.cell() ? 0 : Math.min(Earth.distanceKm(place.lon(), place.lat(), geo.lon(c), geo.lat(c)), roadKm[c]);
                if (d > maxKm) continue;
                cs[m] = c;
                ds[m] = d;
                m++;
            }
            cells[place.index()] = Arrays.copyOf(cs, m);
            km[place.index()] = Arrays.copyOf(ds, m);
        }
        double[][] fall = new double[n][];
        for (int q = 0; q < n; q++) {
            fall[q] = new double[km[q].length];
            for (int i = 0; i < fall[q].length; i++) fall[q][i] = Math.exp(-km[q][i] / decayKm);
        }
        return new Tables(cells, km, fall);
    }

    /**
     * The share of its projection a place keeps: all of it unless besieged; under siege
     * {@code besieged_projection} times the share of its supplies left (its patrols stay inside
     * the walls, its officials cannot travel the cut roads, and a starving garrison holds nothing
     * beyond them).
     */
    double kept(Places places, int p) {
        double supplies = places.supplyCapacity[p] > 0 ? Math.min(1, places.supplyDays[p] / places.supplyCapacity[p]) : 0;
        // A garrison cut off on the roads patrols on what it has left (ODD §7.10).
        if (places.besiegedBy[p] == Places.NOBODY) return places.cutOff[p] ? supplies : 1;
        return besiegedKept * supplies;
    }

    /**
     * Writes each side's projected control into {@code all[side][cell]} (0–1), from the places it
     * holds and their whole garrisons, and into {@code own} (if not null) the same from the
     * garrisons of the forces {@code counted} marks (by ordinal) only, times the place's
     * {@code officials}: the reach of a side's own officials, who sit in its towns, not its camps.
     * Each held place's garrisons and reach are worked out once, in the places' order; then the
     * cells are swept on the run's threads, each cell taking the places' share in the places'
     * order, so the result is the same on any number of threads. Where a place's counted garrison
     * is its whole garrison (every insurgent place, and the state's without foreign troops) and its
     * officials govern its whole reach, both tables get the same numbers in the same order.
     *
     * <p>From week to week most places keep their holder, garrisons and supplies. A place's share of
     * each cell in its reach ({@code 1 − p}) is worked out again only when one of these changed,
     * and only the cells in the reach of such a place are worked out again: the others keep last
     * week's numbers, which are what the same places' same shares in the same order give again.
     *
     * @param troopsPerKm2 the density of full coercion per side
     */
    void project(WorldState w, double[] troopsPerKm2, double[][] all, boolean[] counted, double[][] own) {
        Places places = w.places;
        int n = places.count();
        // Tables written elsewhere or never (a new run, a run restored, a new map): every cell afresh.
        boolean fresh = holder == null || holder.length != n || all != lastAll || own != lastOwn || marks == null || marks.length != w.cells;
        if (fresh) {
            holder = new int[n];
            keptShare = new double[n];
            wholeReach = new double[n];
            wholeEdge = new double[n];
            mineReach = new double[n];
            mineEdge = new double[n];
            twin = new boolean[n];
            whole = new double[n][];
            mine = new double[n][];
            marks = new int[w.cells];
            Arrays.fill(marks, EVERY_SIDE);
            todo = null;
            count = new int[n];
            lastAll = all;
            lastOwn = own;
        }
        boolean any = fresh;
        for (int p = 0; p < n; p++) {
            int s = places.holder[p];
            double kept = 0;
            double reach = -1;
            double edge = 0;
            double reachMine = -1;
            double edgeMine = 0;
            boolean same = false;
            if (s != Places.NOBODY) {
                double garrison = places.sideGarrison(Side.of(s), p);
                double counts = 0;
                if (own != null) for (int f = 0; f < counted.length; f++) if (counted[f] && Force.of(f).side().ordinal() == s) counts += places.garrison[f][p];
                kept = kept(places, p);
                // A garrison's disc, and exp(R / decay): one exponential a place, not one a cell.
                reach = garrison > 0 ? Math.sqrt(garrison / (Math.PI * troopsPerKm2[s])) : -1;
                edge = garrison > 0 ? Math.exp(reach / decayKm) : 0;
                same = own != null && counts == garrison && officials[p] == 1;
                boolean apart = own != null && counts > 0 && !same && officials[p] > 0;
                reachMine = apart ? Math.sqrt(counts / (Math.PI * troopsPerKm2[s])) : -1;
                edgeMine = apart ? Math.exp(reachMine / decayKm) : 0;
            }
            if (!fresh && s == holder[p] && same == twin[p] && bits(kept) == bits(keptShare[p]) && bits(reach) == bits(wholeReach[p])
                    && bits(edge) == bits(wholeEdge[p]) && bits(reachMine) == bits(mineReach[p]) && bits(edgeMine) == bits(mineEdge[p])) continue;
            // The sides whose tables change in this place's reach: its holder's before and after.
            int sides = side(holder[p]) | side(s);
            holder[p] = s;
            keptShare[p] = kept;
            wholeReach[p] = reach;
            wholeEdge[p] = edge;
            mineReach[p] = reachMine;
            mineEdge[p] = edgeMine;
            twin[p] = same;
            any = true;
            if (!fresh) for (int c : cells[p]) marks[c] |= sides;
            if (s == Places.NOBODY) continue;
            if (reach >= 0) whole[p] = shares(p, reach, edge, kept, whole[p]);
            if (reachMine >= 0) mine[p] = shares(p, reachMine, edgeMine, kept * officials[p], mine[p]);
        }
        if (!any) return;
        list(w.cells);
        w.cellSweep().sweep(w.cells, (from, to) -> fold(all, own, from, to));
    }

    /** Every side's bit ({@link #side}): a cell whose every table is to be worked out again. */
    private static final int EVERY_SIDE = (1 << Side.COUNT) - 1;

    /** A side's bit among a cell's {@link #marks}; none for nobody. */
    private static int side(int s) {
        return s == Places.NOBODY ? 0 : 1 << s;
    }

    /**
     * Lists each held place's cells marked for its holder's tables, in the cells' order
     * ({@link #todo}), with no branch on the marks: each cell of a place's reach is written into
     * its next slot, and kept there only if it is marked for its holder (a place's slots have room
     * for one more than its reach, so the last cell not kept overwrites nothing).
     */
    private void list(int n) {
        if (room == null) room = room(cells);
        int[] room = this.room;
        if (todo == null) todo = new int[room[room.length - 1]];
        int[] todo = this.todo;
        int[] marks = this.marks;
        int marked = 0;
        for (int c = 0; c < n; c++) marked |= marks[c];
        for (int p = 0; p < holder.length; p++) {
            int s = holder[p];
            count[p] = 0;
            if (s == Places.NOBODY || (marked >>> s & 1) == 0) continue;
            int[] cs = cells[p];
            int at = room[p];
            int k = 0;
            for (int i = 0; i < cs.length; i++) {
                todo[at + k] = i;
                k += marks[cs[i]] >>> s & 1;
            }
            count[p] = k;
        }
    }

    private static long bits(double x) {
        return Double.doubleToRawLongBits(x);
    }

    /** This week's held places, by place: holder, share of the projection kept, and each garrison's disc and edge factor, as last worked out. */
    private transient int[] holder;
    private transient double[] keptShare;
    private transient double[] wholeReach;
    private transient double[] wholeEdge;
    private transient double[] mineReach;
    private transient double[] mineEdge;
    /** Whether a place's counted garrison is its whole garrison (its share goes into both tables). */
    private transient boolean[] twin;
    /** By place and cell in its reach: {@code 1 − p} of its whole garrison, and of its counted one (null until it has one). */
    private transient double[][] whole;
    private transient double[][] mine;
    /** By cell: the sides ({@link #side}'s bits) whose tables are to be worked out again there, in the reach of a place whose share changed. */
    private transient int[] marks;
    /** By place: where its slots in {@link #todo} start, one more than its reach apart ({@link #room(int[][])}). */
    private transient int[] room;
    /** By place, from {@link #room} on: its {@link #count} cells to be worked out again, by their place in {@link #cells}, in the cells' order (made with the first list). */
    private transient int[] todo;
    private transient int[] count;
    /** The tables written last (others, or none yet: every cell afresh). */
    private transient double[][] lastAll;
    private transient double[][] lastOwn;

    /**
     * Place {@code p}'s {@code 1 − p} in each cell of its reach from a garrison whose disc has
     * radius {@code reach} km, into {@code out} (a new table if null), which it returns.
     */
    private double[] shares(int p, double reach, double edge, double kept, double[] out) {
        double[] ds = km[p];
        double[] fs = fall[p];
        if (out == null) out = new double[ds.length];
        // exp(−(d − R) / decay) as exp(−d / decay), kept with the map, times exp(R / decay) (the
        // same to rounding; at most 1).
        for (int i = 0; i < ds.length; i++) {
            double pr = kept * (ds[i] <= reach ? 1 : Math.min(1, fs[i] * edge));
            out[i] = 1 - pr;
        }
        return out;
    }

    /**
     * Works out again the cells from {@code from} to {@code to − 1} marked for a side: that side's
     * {@code 1 − Π (1 − p)} over its places in reach, place by place in the places' order, each
     * place's cells in the cells' order (the other cells and sides keep last week's numbers).
     */
    private void fold(double[][] all, double[][] own, int from, int to) {
        int[] marks = this.marks;
        for (int c = from; c < to; c++) {
            int m = marks[c];
            if (m == 0) continue;
            for (int s = 0; s < all.length; s++) {
                if ((m >>> s & 1) == 0) continue;
                all[s][c] = 0;
                if (own != null) own[s][c] = 0;
            }
        }
        for (int p = 0; p < holder.length; p++) {
            int s = holder[p];
            if (s == Places.NOBODY || count[p] == 0) continue;
            if (wholeReach[p] >= 0) spread(p, whole[p], all[s], twin[p] ? own[s] : null, from, to);
            if (mineReach[p] >= 0) spread(p, mine[p], own[s], null, from, to);
        }
        Arrays.fill(marks, from, to, 0);
    }

    /**
     * Adds place {@code p}'s projection, its {@code 1 − p} by cell of its reach in {@code shares},
     * to {@code row} (and, if not null, to {@code twin} alike), in its cells listed to be worked
     * out again ({@link #todo}) among {@code from} to {@code to − 1}.
     */
    private void spread(int p, double[] shares, double[] row, double[] twin, int from, int to) {
        int[] cs = cells[p];
        int at = room[p];
        int end = at + count[p];
        // The list is in the cells' order: its first in the block, then on to the block's end.
        // (From cell 0 that is the list's first: no search.)
        int j = at;
        if (from > 0) {
            int i = Arrays.binarySearch(cs, from);
            j = Arrays.binarySearch(todo, at, end, i < 0 ? -i - 1 : i);
            if (j < 0) j = -j - 1;
        }
        for (; j < end; j++) {
            int i = todo[j];
            int c = cs[i];
            if (c >= to) break;
            double q = shares[i];
            row[c] = 1 - (1 - row[c]) * q;
            if (twin != null) twin[c] = 1 - (1 - twin[c]) * q;
        }
    }

    /**
     * Where each place's slots start in a list of cells by place: place {@code p}'s from
     * {@code room[p]}, one more than its reach (a list's spare slot, {@link #list}); the last
     * entry is the list's length.
     */
    private static int[] room(int[][] reach) {
        int[] room = new int[reach.length + 1];
        for (int p = 0; p < reach.length; p++) room[p + 1] = room[p] + reach[p].length + 1;
        return room;
    }
}
