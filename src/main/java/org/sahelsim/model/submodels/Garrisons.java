package org.sahelsim.model.submodels;

import java.util.Arrays;
import org.sahelsim.model.Force;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;

/**
 * The held places' garrisons as armed presence in their own cells, and what a garrisoned town
 * does to the contest for its cell (ODD §7.9): the forces of the sides at war with its holder
 * stand outside its walls and besiege it, they do not govern it; the town changes hands by an
 * operation against its garrison, not by the cell contest. Read by the control update, which
 * speaks for the places in each cell's contest through {@link #armedPresence}.
 *
 * <p>Kept from week to week: {@link #gather} is called once a week before the cells are swept;
 * the sweep then only reads it, so any number of threads may call {@link #armedPresence} at once.
 */
final class Garrisons {
    /** Each side's garrisons by cell, troops times quality: {@code [side][cell]} (a side's row is read only if it holds a place). */
    private final double[][] byCell;
    /** Whether each side holds a place this week. */
    private final boolean[] holds = new boolean[Side.COUNT];
    private final int[] sideOf = new int[Force.COUNT];
    /** The cells in which a held place stands this week, ascending, each once ({@link #towns} of them): the only cells a garrisoned town's rule touches, and the only cells of {@link #byCell} not zero. */
    private int[] town = new int[0];
    private int towns;

    Garrisons(int cells) {
        byCell = new double[Side.COUNT][cells];
        for (int f = 0; f < Force.COUNT; f++) sideOf[f] = Force.of(f).side().ordinal();
    }

    int cells() {
        return byCell[0].length;
    }

    /**
     * This week's garrisons of every held place, in the places' order. Last week's are cleared
     * from their towns' cells alone (the rest of each row is zero), and this week's towns are
     * listed by walking the places in the order of their cells ({@link #byCellOrder}), not sorted.
     */
    void gather(WorldState w) {
        for (int i = 0; i < towns; i++) {
            int c = town[i];
            for (int s = 0; s < Side.COUNT; s++) byCell[s][c] = 0;
        }
        Arrays.fill(holds, false);
        Places places = w.places;
        for (int q = 0; q < places.count(); q++) {
            int hs = places.holder[q];
            if (hs < 0) continue;
            holds[hs] = true;
            int cell = places.place(q).cell();
            for (int f = 0; f < Force.COUNT; f++) if (sideOf[f] == hs) byCell[hs][cell] += places.garrison[f][q] * w.quality[f];
        }
        int[] order = byCellOrder(places);
        if (town.length < order.length) town = new int[order.length];
        int m = 0;
        for (int q : order) {
            if (places.holder[q] < 0) continue;
            int cell = places.place(q).cell();
            if (m == 0 || town[m - 1] != cell) town[m++] = cell;
        }
        towns = m;
    }

    /** The places in the order of their cells (ascending; the places' order within a cell), worked out once for the places of a run. */
    private int[] byCellOrder(Places places) {
        if (orderOf != places) {
            Integer[] q = new Integer[places.count()];
            for (int i = 0; i < q.length; i++) q[i] = i;
            Arrays.sort(q, java.util.Comparator.comparingInt((Integer i) -> places.place(i).cell()).thenComparingInt(i -> i));
            order = new int[q.length];
            for (int i = 0; i < q.length; i++) order[i] = q[i];
            orderOf = places;
        }
        return order;
    }

    private int[] order;
    private Places orderOf;

    /**
     * Each side's armed presence in cells {@code from} to {@code to − 1} as the contest reads it,
     * written over {@code armed[side][cell]} (which holds the field forces' on entry): each side's
     * garrisons added to its row (a side that holds no place adds nothing), then, in each
     * garrisoned town of the block, the armed presence of the sides at war with its holder set to
     * zero.
     */
    void armedPresence(WorldState w, int from, int to, double[][] armed) {
        for (int s = 0; s < Side.COUNT; s++) {
            if (!holds[s]) continue;
            double[] row = armed[s];
            double[] here = byCell[s];
            for (int c = from; c < to; c++) row[c] += here[c];
        }
        for (int i = 0; i < towns; i++) {
            int c = town[i];
            if (c < from || c >= to) continue;
            int town = holder(c);
            if (town >= 0) for (int t = 0; t < Side.COUNT; t++) if (w.hostile[town][t]) armed[t][c] = 0;
        }
    }

    /** The side whose garrison stands in cell {@code c} (the larger, should two sides' stand there), or -1. */
    private int holder(int c) {
        int holder = -1;
        double most = 0;
        for (int s = 0; s < Side.COUNT; s++) {
            if (holds[s] && byCell[s][c] > most) {
                most = byCell[s][c];
                holder = s;
            }
        }
        return holder;
    }
}
