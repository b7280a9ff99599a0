package org.sahelsim.model.actors;

import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.operations.Planner;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.ForceParams;

/**
 * An insurgent armed group (JNIM, IS Sahel, the separatists): it deploys where grievance is high,
 * the state is weak and its side already holds the next cell, by its priorities, and recruits
 * where aggrieved people support it and its fighters are near.
 *
 * <p>Recruitment per cell and week: {@code recruitment × (population/1000) × support × grievance^γ
 * × nearness}, where nearness is its presence over the density that counts as full presence
 * (capped at 1), or its control of the cell — recruiters must be there.
 */
public class Insurgency extends ArmedActor {
    private static final long serialVersionUID = 1L;

    private final double recruitGrievance;
    private final double troopsPerKm2;
    private final Planner planner;

    /** The density of fighters that counts as full presence, per km². */
    protected double troopsPerKm2() {
        return troopsPerKm2;
    }

    /** Insurgents need fuel and food too: under the rural fuel restriction they move slower. */
    @Override
    public void move(WorldState w) {
        double fuel = w.ruralFuelRestriction ? 1 - w.insurgentFuelDependence : 1;
        org.sahelsim.model.submodels.Deployment.move(w, force, params.mobility() * fuel);
    }

    public Insurgency(Force force, ForceParams params, double recruitGrievance, double troopsPerKm2, Planner planner) {
        super(force, params);
        this.recruitGrievance = recruitGrievance;
        this.troopsPerKm2 = troopsPerKm2;
        this.planner = planner;
    }

    @Override
    public List<MenuItem> operations(WorldState w, Week week, ec.util.MersenneTwisterFast random) {
        return planner.menuItems(w, week, force.side(), List.of(force), random);
    }

    /**
     * The month's deployment, then the group's operations against places; its standing campaign
     * (a drive, a stand at its towns, terror) bends where its fighters go and what they do.
     */
    @Override
    public void decide(WorldState w, Week week) {
        super.decide(w, week);
        planner.plan(w, week, force.side(), List.of(force));
        w.campaigns.concentrate(w, force);
        w.campaigns.terrorise(w, force, troopsPerKm2);
    }

    @Override
    public void recruit(WorldState w) {
        int f = force.ordinal();
        int s = force.side().ordinal();
        for (int c = 0; c < w.cells; c++) {
            double pres = w.presence[f][c];
            double near = Math.min(1, pres / (troopsPerKm2 * w.geo.areaKm2(c)) + w.control[s][c]);
            if (near <= 0) continue;
            double grievance = force == Force.SEPARATISTS ? Math.max(w.grievanceState[c], w.support[s][c]) : w.grievanceState[c];
            double r = params.recruitment() * w.geo.population(c) / 1000.0 * w.support[s][c]
                    * Math.pow(grievance, recruitGrievance) * near;
            w.presence[f][c] += r;
            w.troops.recruited[f] += r;
        }
    }
}
