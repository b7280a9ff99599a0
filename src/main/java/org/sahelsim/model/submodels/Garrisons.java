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
    /** The cells in which a held place stands this week, ascending, each once: the only cells a garrisoned town's rule touches. */
    private int[] towns = new int[0];

    Garrisons(int cells) {
        byCell = new double[Side.COUNT][cells];
        for (int f = 0; f < Force.COUNT; f++) sideOf[f] = Force.of(f).side().ordinal();
    }

    int cells() {
        return byCell[0].length;
    }

    /** This week's garrisons of every held place, in the places' order. */
    void gather(WorldState w) {
        for (int s = 0; s < Side.COUNT; s++) {
            if (holds[s]) Arrays.fill(byCell[s], 0);
            holds[s] = false;
        }
        Places places = w.places;
        for (int q = 0; q < places.count(); q++) {
            int hs = places.holder[q];
            if (hs < 0) continue;
            holds[hs] = true;
            int cell = places.place(q).cell();
            for (int f = 0; f < Force.COUNT; f++) if (sideOf[f] == hs) byCell[hs][cell] += places.garrison[f][q] * w.quality[f];
        }
        int[] held = new int[places.count()];
        int k = 0;
        for (int q = 0; q < places.count(); q++) if (places.holder[q] >= 0) held[k++] = places.place(q).cell();
        towns = Arrays.stream(held, 0, k).sorted().distinct().toArray();
    }

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
        for (int c : towns) {
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
