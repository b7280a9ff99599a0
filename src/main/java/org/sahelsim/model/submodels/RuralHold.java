package org.sahelsim.model.submodels;

import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;

/**
 * The rural hold of an insurgent group on its own home ground (ODD §7.3). Its fighters know the
 * country and its people: where nobody lives, a few of them hold ground an army cannot stand on,
 * and they need only the share {@code f} ({@code control.rural_hold}) of their usual density
 * ({@code control.insurgent_troops_per_km2}) for full coercive weight there. The share rises to 1
 * with the cell's people, as the reach of support and of the neighbours' control does
 * ({@link Control#reach}): {@code f + (1 − f) × reach}. The state's forces and a group away
 * from its home ground ({@code relations.grounds}) keep their usual density.
 */
public final class RuralHold {
    private RuralHold() {
    }

    /**
     * The share of its usual density a side needs for full coercion in a cell whose reach is
     * {@code reach} (0–1), on its home ground at a rural hold of {@code f}: {@code f + (1 − f) × reach}.
     */
    public static double share(double f, double reach) {
        return f + (1 - f) * reach;
    }

    /**
     * Each side's share of its usual density in each cell of {@code w}'s map, {@code [side][cell]},
     * given each cell's reach; null when {@code f} is 1 (no rural hold).
     */
    public static double[][] shares(WorldState w, double[] reach, double f) {
        if (f >= 1) return null;
        double[][] out = new double[Side.COUNT][w.cells];
        for (Side side : Side.values()) {
            double[] row = out[side.ordinal()];
            for (int c = 0; c < w.cells; c++) {
                boolean home = side.insurgent() && w.relations.homeGround(side, w.geo.region(c));
                row[c] = home ? share(f, reach[c]) : 1;
            }
        }
        return out;
    }
}
