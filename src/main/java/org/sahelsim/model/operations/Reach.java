package org.sahelsim.model.operations;

import java.util.Arrays;
import org.sahelsim.model.world.Earth;
import org.sahelsim.model.world.Geography;
import org.sahelsim.model.world.Place;

/** For each place, the cells from which a side can gather troops for an operation against it, and their distances. Computed once per map. */
public final class Reach implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int[][] cells;
    private final double[][] km;

    /** The reach tables of {@code geo} for {@code reachKm}: built once per map and shared by its runs. */
    public static Reach of(Geography geo, double reachKm) {
        return geo.derived(new Key(reachKm), () -> new Reach(geo, reachKm));
    }

    private record Key(double reachKm) {
    }

    private Reach(Geography geo, double reachKm) {
        int n = geo.places().size();
        cells = new int[n][];
        km = new double[n][];
        int[] cs = new int[geo.cellCount()];
        double[] ds = new double[geo.cellCount()];
        for (Place p : geo.places()) {
            int m = 0;
            for (int c = 0; c < geo.cellCount(); c++) {
                double d = c == p.cell() ? 0 : Earth.distanceKm(p.lon(), p.lat(), geo.lon(c), geo.lat(c));
                if (d > reachKm) continue;
                cs[m] = c;
                ds[m] = d;
                m++;
            }
            cells[p.index()] = Arrays.copyOf(cs, m);
            km[p.index()] = Arrays.copyOf(ds, m);
        }
    }

    /** The cells within reach of place {@code p}. */
    public int[] cells(int p) {
        return cells[p];
    }

    /** Their distances from the place, km, in the same order. */
    public double[] km(int p) {
        return km[p];
    }
}
