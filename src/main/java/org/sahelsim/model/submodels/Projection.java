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
     * @param troopsPerKm2 the density of full coercion per side
     */
    void project(WorldState w, double[] troopsPerKm2, double[][] all, boolean[] counted, double[][] own) {
        Places places = w.places;
        int n = places.count();
        if (holder == null || holder.length != n) {
            holder = new int[n];
            keptShare = new double[n];
            wholeReach = new double[n];
            wholeEdge = new double[n];
            mineReach = new double[n];
            mineEdge = new double[n];
            twin = new boolean[n];
        }
        for (int p = 0; p < n; p++) {
            int s = places.holder[p];
            holder[p] = s;
            if (s == Places.NOBODY) continue;
            double whole = places.sideGarrison(Side.of(s), p);
            double mine = 0;
            if (own != null) for (int f = 0; f < counted.length; f++) if (counted[f] && Force.of(f).side().ordinal() == s) mine += places.garrison[f][p];
            keptShare[p] = kept(places, p);
            // A garrison's disc, and exp(R / decay): one exponential a place, not one a cell.
            wholeReach[p] = whole > 0 ? Math.sqrt(whole / (Math.PI * troopsPerKm2[s])) : -1;
            wholeEdge[p] = whole > 0 ? Math.exp(wholeReach[p] / decayKm) : 0;
            twin[p] = own != null && mine == whole && officials[p] == 1;
            boolean apart = own != null && mine > 0 && !twin[p] && officials[p] > 0;
            mineReach[p] = apart ? Math.sqrt(mine / (Math.PI * troopsPerKm2[s])) : -1;
            mineEdge[p] = apart ? Math.exp(mineReach[p] / decayKm) : 0;
        }
        w.cellSweep().sweep(w.cells, (from, to) -> {
            for (double[] row : all) Arrays.fill(row, from, to, 0);
            if (own != null) for (double[] row : own) Arrays.fill(row, from, to, 0);
            for (int p = 0; p < n; p++) {
                int s = holder[p];
                if (s == Places.NOBODY) continue;
                if (wholeReach[p] >= 0) spread(p, wholeReach[p], wholeEdge[p], keptShare[p], all[s], twin[p] ? own[s] : null, from, to);
                if (mineReach[p] >= 0) spread(p, mineReach[p], mineEdge[p], keptShare[p] * officials[p], own[s], null, from, to);
            }
        });
    }

    /** This week's held places, by place: holder, share of the projection kept, and each garrison's disc and edge factor; scratch. */
    private transient int[] holder;
    private transient double[] keptShare;
    private transient double[] wholeReach;
    private transient double[] wholeEdge;
    private transient double[] mineReach;
    private transient double[] mineEdge;
    /** Whether a place's counted garrison is its whole garrison (one spread writes both tables). */
    private transient boolean[] twin;

    /**
     * Adds place {@code p}'s projection from a garrison whose disc has radius {@code reach} km to
     * {@code row} (and, if not null, to {@code twin} alike), in cells {@code from} to {@code to − 1}.
     */
    private void spread(int p, double reach, double edge, double kept, double[] row, double[] twin, int from, int to) {
        int[] cs = cells[p];
        double[] ds = km[p];
        double[] fs = fall[p];
        // A place's cells are in the cells' order: its first in the block, then on to the block's end.
        // (From cell 0 that is the place's first cell: no search.)
        int i = from == 0 ? 0 : Arrays.binarySearch(cs, from);
        if (i < 0) i = -i - 1;
        // exp(−(d − R) / decay) as exp(−d / decay), kept with the map, times exp(R / decay) (the
        // same to rounding; at most 1).
        for (; i < cs.length && cs[i] < to; i++) {
            double pr = kept * (ds[i] <= reach ? 1 : Math.min(1, fs[i] * edge));
            row[cs[i]] = 1 - (1 - row[cs[i]]) * (1 - pr);
            if (twin != null) twin[cs[i]] = 1 - (1 - twin[cs[i]]) * (1 - pr);
        }
    }
}
