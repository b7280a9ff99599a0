package org.sahelsim.model.submodels;

import ec.util.MersenneTwisterFast;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.PoliticsParams;

/**
 * Junta cohesion and coups. Each month cohesion recovers {@code recovery} of its gap to 1 and
 * loses {@code territoryLoss} per ten points of national territory lost since the last month,
 * {@code fuelPain} scaled by how far Bamako's price is above normal (capped at double), and
 * {@code arrearsPain} per month of unpaid bills (up to the months after which the Russians suspend). Below {@code coupThreshold} a coup happens
 * with monthly probability {@code coupHazard × (1 − cohesion / coupThreshold)}.
 */
public final class Politics {
    private final PoliticsParams p;
    private final double normalFuelPrice;
    private double lastTerritory = Double.NaN;

    private final double arrearsCap;

    /**
     * @param arrearsCap months of arrears beyond which more arrears cost no more cohesion (the
     *                   months after which the Russians suspend operations)
     */
    public Politics(PoliticsParams params, double normalFuelPrice, double arrearsCap) {
        this.p = params;
        this.normalFuelPrice = normalFuelPrice;
        this.arrearsCap = arrearsCap;
    }

    /** Updates cohesion for the month; returns true when a coup happens. */
    public boolean month(WorldState w, double stateTerritory, MersenneTwisterFast random) {
        double lost = Double.isNaN(lastTerritory) ? 0 : Math.max(0, lastTerritory - stateTerritory);
        lastTerritory = stateTerritory;
        double fuel = Math.max(0, Math.min(1, w.bamakoPrice / normalFuelPrice - 1));
        double c = w.cohesion;
        c += p.recovery() * (1 - c);
        c -= p.territoryLoss() * lost * 10;
        c -= p.fuelPain() * fuel;
        // Unpaid bills hurt up to the point where the partner walks away; beyond it they are old news.
        c -= p.arrearsPain() * Math.min(w.arrearsMonths, arrearsCap);
        w.cohesion = Math.max(0, Math.min(1, c));
        if (w.cohesion >= p.coupThreshold()) return false;
        double hazard = p.coupHazard() * (1 - w.cohesion / p.coupThreshold());
        return random.nextDouble() < hazard;
    }

    public PoliticsParams params() {
        return p;
    }
}
