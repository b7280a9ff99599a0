package org.sahelsim.model.actors;

import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.world.Earth;

/**
 * What the armed groups read of the ground when they weigh their aims: where their fighters meet
 * another side's, how well the state's side holds a region, how far a group holds it.
 * {@code troopsPerKm2} is the density of fighters that counts as full presence in a cell.
 */
final class Contact {
    private Contact() {
    }

    /** How fully {@code troops} fill cell {@code c}, 0–1. */
    static double fill(WorldState w, double troops, int c, double troopsPerKm2) {
        return Math.min(1, troops / (troopsPerKm2 * w.geo.areaKm2(c)));
    }

    /**
     * The share of {@code force}'s field fighters that stand where {@code other}'s troops are
     * (each cell's fighters weighted by how fully the other side fills it): how much of the group
     * meets that side.
     */
    static double meets(WorldState w, Force force, Side other, double troopsPerKm2) {
        double[] mine = w.presence[force.ordinal()];
        double met = 0;
        double total = 0;
        for (int c = 0; c < w.cells; c++) {
            if (mine[c] <= 0) continue;
            total += mine[c];
            met += mine[c] * fill(w, w.sidePresence(other, c), c, troopsPerKm2);
        }
        return total > 0 ? met / total : 0;
    }

    /** Troops of the state's side in region {@code r}: in the field and in the garrisons of its places there. */
    static double stateTroopsIn(WorldState w, int r) {
        double t = 0;
        for (int c = 0; c < w.cells; c++) if (w.geo.region(c) == r) t += w.sidePresence(Side.STATE, c);
        for (int q = 0; q < w.places.count(); q++) {
            if (w.places.place(q).region() != r) continue;
            for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side() == Side.STATE) t += w.places.garrison[f][q];
        }
        return t;
    }

    /** Region {@code r}'s area, km². */
    static double areaOf(WorldState w, int r) {
        double a = 0;
        for (int c = 0; c < w.cells; c++) if (w.geo.region(c) == r) a += w.geo.areaKm2(c);
        return a;
    }

    /** {@code side}'s mean control of region {@code r}, by area. */
    static double held(WorldState w, Side side, int r) {
        double a = 0;
        double h = 0;
        for (int c = 0; c < w.cells; c++) {
            if (w.geo.region(c) != r) continue;
            a += w.geo.areaKm2(c);
            h += w.geo.areaKm2(c) * w.control[side.ordinal()][c];
        }
        return a > 0 ? h / a : 0;
    }

    /** {@code force}'s foothold in region {@code r}: its side's control plus its fighters' fill, capped at 1 per cell, by area. */
    static double foothold(WorldState w, Force force, int r, double troopsPerKm2) {
        double a = 0;
        double h = 0;
        int s = force.side().ordinal();
        for (int c = 0; c < w.cells; c++) {
            if (w.geo.region(c) != r) continue;
            double area = w.geo.areaKm2(c);
            a += area;
            h += area * Math.min(1, w.control[s][c] + fill(w, w.presence[force.ordinal()][c], c, troopsPerKm2));
        }
        return a > 0 ? h / a : 0;
    }

    /** The cells of region {@code r}. */
    static boolean[] cellsOf(WorldState w, int r) {
        boolean[] out = new boolean[w.cells];
        for (int c = 0; c < w.cells; c++) out[c] = w.geo.region(c) == r;
        return out;
    }

    /** The cells within {@code km} of the places marked in {@code places}. */
    static boolean[] nearPlaces(WorldState w, boolean[] places, double km) {
        boolean[] out = new boolean[w.cells];
        for (int q = 0; q < w.places.count(); q++) {
            if (!places[q]) continue;
            var p = w.places.place(q);
            for (int c = 0; c < w.cells; c++) {
                if (!out[c] && Earth.distanceKm(w.geo.lon(c), w.geo.lat(c), p.lon(), p.lat()) <= km) out[c] = true;
            }
        }
        return out;
    }
}
