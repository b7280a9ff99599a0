package org.sahelsim.model.operations;

import java.util.Arrays;
import org.sahelsim.model.world.Earth;
import org.sahelsim.model.world.Geography;
import org.sahelsim.model.world.Place;

/**
 * For each place, the cells from which a side can gather troops for an operation against it, and
 * their distances; and the same cells, and those within half the reach, as runs of consecutive
 * cell numbers (a disc on the map is a few dozen row-long runs: sums over it can be read from
 * running totals). Computed once per map.
 */
public final class Reach implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int[][] cells;
    private final double[][] km;
    /**
     * For each place, the distance of each of its cells within reach from the cell's centre to the
     * place ({@link Earth#distanceKm} from the cell to the place, the place's own cell included), as
     * a column gathered for an operation against the place weighs it; the same numbers to the bit
     * as worked out at each launch.
     */
    private final double[][] columnKm;
    /** For each place, the runs of cells within reach, and within half of it: first and last cell of each, in pairs. */
    private final int[][] spans;
    private final int[][] nearSpans;

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
        columnKm = new double[n][];
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
            double[] toPlace = new double[m];
            for (int i = 0; i < m; i++) toPlace[i] = Earth.distanceKm(geo.lon(cs[i]), geo.lat(cs[i]), p.lon(), p.lat());
            columnKm[p.index()] = toPlace;
        }
        spans = new int[n][];
        nearSpans = new int[n][];
        for (int q = 0; q < n; q++) {
            spans[q] = spans(cells[q], km[q], Double.POSITIVE_INFINITY);
            nearSpans[q] = spans(cells[q], km[q], reachKm / 2);
        }
    }

    /** The runs of consecutive cell numbers among {@code cells} (ascending) within {@code maxKm}: first and last of each, in pairs. */
    private static int[] spans(int[] cells, double[] km, double maxKm) {
        int[] out = new int[2 * cells.length];
        int m = 0;
        for (int i = 0; i < cells.length; i++) {
            if (km[i] > maxKm) continue;
            int c = cells[i];
            if (m > 0 && out[m - 1] == c - 1) {
                out[m - 1] = c;
            } else {
                out[m++] = c;
                out[m++] = c;
            }
        }
        return Arrays.copyOf(out, m);
    }

    /** The runs of consecutive cells within reach of place {@code p}: first and last cell of each, in pairs. */
    public int[] spans(int p) {
        return spans[p];
    }

    /** The runs of consecutive cells within half the reach of place {@code p}: first and last cell of each, in pairs. */
    public int[] nearSpans(int p) {
        return nearSpans[p];
    }

    /** The cells within reach of place {@code p}. */
    public int[] cells(int p) {
        return cells[p];
    }

    /** The distances from the centres of {@link #cells} to place {@code p}, km, in the same order, as a column gathered against it weighs them. */
    public double[] columnKm(int p) {
        return columnKm[p];
    }

    /** Their distances from the place, km, in the same order. */
    public double[] km(int p) {
        return km[p];
    }
}
