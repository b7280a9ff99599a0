package org.sahelsim.model.actors;

import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;

/** What the actors read of the war at a glance: who holds how much ground and how many people. */
final class Sides {
    private Sides() {
    }

    /** Share of the territory the insurgent sides dominate (at {@code dominance}). */
    static double insurgentTerritory(WorldState w, double dominance) {
        double held = 0;
        double total = 0;
        for (int c = 0; c < w.cells; c++) {
            double a = w.geo.areaKm2(c);
            total += a;
            Side d = w.dominant(c, dominance);
            if (d != null && d.insurgent()) held += a;
        }
        return total > 0 ? held / total : 0;
    }

    /**
     * How firmly the junta's Russian patron holds, 0–1: its forces' strength over {@code fullTroops}
     * (at most 1), or 0 when the contract is over or its operations are suspended.
     */
    static double russianHold(WorldState w, double fullTroops) {
        if (!w.russiaContract || w.russiaSuspended) return 0;
        return Math.min(1, w.strength[org.sahelsim.model.Force.RUSSIA.ordinal()] / fullTroops);
    }

    /** Share of the territory the sides at war with the state dominate (not those under truce). */
    static double enemyTerritory(WorldState w, double dominance) {
        double held = 0;
        double total = 0;
        for (int c = 0; c < w.cells; c++) {
            double a = w.geo.areaKm2(c);
            total += a;
            Side d = w.dominant(c, dominance);
            if (d != null && w.hostile[Side.STATE.ordinal()][d.ordinal()]) held += a;
        }
        return total > 0 ? held / total : 0;
    }

    /** Share of the rural people in the rural fuel restriction's regions ({@code fuel.rural_restriction_regions}) that the insurgent sides dominate. */
    static double insurgentRuralPeople(WorldState w, double dominance) {
        double held = 0;
        double total = 0;
        for (int c = 0; c < w.cells; c++) {
            if (!w.rural[c] || !w.ruralRestrictionScope[w.geo.region(c)]) continue;
            double pop = w.geo.population(c);
            total += pop;
            Side d = w.dominant(c, dominance);
            if (d != null && d.insurgent()) held += pop;
        }
        return total > 0 ? held / total : 0;
    }

    /** Number of places a side holds. */
    static int placesHeld(WorldState w, Side side) {
        int n = 0;
        for (int q = 0; q < w.places.count(); q++) if (w.places.holder[q] == side.ordinal()) n++;
        return n;
    }

    /** Whether anybody holds place {@code q}. */
    static boolean held(WorldState w, int q) {
        return w.places.holder[q] != Places.NOBODY;
    }
}
