package org.sahelsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.sahelsim.model.actors.ArmedActor;
import org.sahelsim.model.params.ForceParams;
import org.sahelsim.model.params.RegionControl;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.world.Geography;
import org.sahelsim.model.world.Region;

/**
 * The world at the scenario's start (ODD §5): legitimacy, cohesion and the treasury; who fights
 * whom; each force's strength and qualities; control laid out from each region's initial shares;
 * support equal to control; fuel at its normal price and starting stock; and the forces placed at
 * their first monthly plan.
 */
public final class Initialisation {
    private Initialisation() {
    }

    /** The world at the start, before any force is placed. */
    public static WorldState world(Scenario scenario, Geography geo) {
        WorldState w = new WorldState(geo);
        var a = scenario.attitudes();
        var pol = scenario.politics();
        w.legitimacy = a.legitimacyStart();
        w.cohesion = pol.cohesionStart();
        w.treasuryUsd = scenario.economy().treasuryUsd();
        // The state fights every insurgent group, IS Sahel fights everyone; JNIM and the separatists do not fight each other.
        for (int s = 0; s < Side.COUNT; s++) {
            for (int t = s + 1; t < Side.COUNT; t++) {
                boolean h = s == Side.STATE.ordinal() || (Side.of(s) == Side.IS_SAHEL || Side.of(t) == Side.IS_SAHEL);
                w.hostile[s][t] = h;
                w.hostile[t][s] = h;
            }
        }
        for (Force f : Force.values()) {
            ForceParams fp = scenario.forces().of(f);
            int i = f.ordinal();
            w.strength[i] = fp.strength();
            w.quality[i] = fp.quality();
            w.airPower[i] = fp.airPower();
            w.isr[i] = fp.isr();
            w.engagement[i] = fp.engagement();
            w.civilianHarm[i] = fp.civilianHarm();
        }
        seedControl(w, scenario);
        for (int s = 0; s < Side.COUNT; s++) System.arraycopy(w.control[s], 0, w.support[s], 0, w.cells);
        Arrays.fill(w.fuelPrice, scenario.fuel().normalPriceCfa());
        w.bamakoPrice = scenario.fuel().normalPriceCfa();
        w.bamakoStockDays = scenario.fuel().stockDaysStart();
        return w;
    }

    /** Places every force with troops at its first plan. */
    public static void deploy(WorldState w, List<ArmedActor> actors, Week week) {
        for (ArmedActor a : actors) {
            int f = a.force().ordinal();
            if (w.strength[f] <= 0) continue;
            a.decide(w, week);
            System.arraycopy(w.plannedPresence[f], 0, w.presence[f], 0, w.cells);
        }
        w.recountStrength();
    }

    /**
     * Turns each region's initial shares into cells: the state holds the cells nearest its
     * capital and roads, the contested band comes next, and the insurgent sides hold the cells
     * farthest out, in the order JNIM, IS Sahel, separatists from the centre outward, each taking
     * its share of the region's area. A held cell starts at control {@code (1 + dominance)/2}.
     */
    private static void seedControl(WorldState w, Scenario scenario) {
        Geography geo = w.geo;
        double dominance = scenario.control().dominance();
        double held = (1 + dominance) / 2;
        var byRegion = scenario.initialControl().byRegion();
        for (Region r : geo.regions()) {
            RegionControl rc = byRegion.get(r.id());
            if (rc == null) throw new IllegalArgumentException("initial_control has no entry for region '" + r.id() + "'");
            double sum = rc.state() + rc.jnim() + rc.isSahel() + rc.separatists();
            if (sum > 1 + 1e-9) throw new IllegalArgumentException("initial_control." + r.id() + ": shares sum to " + sum + ", expected at most 1");
            var town = geo.towns().stream().filter(t -> t.capital() && t.region() == r.index()).findFirst().orElse(null);
            double lon0 = town == null ? 0 : town.lon();
            double lat0 = town == null ? 0 : town.lat();
            List<Integer> cells = new ArrayList<>();
            double area = 0;
            for (int c = 0; c < w.cells; c++) {
                if (geo.region(c) == r.index()) {
                    cells.add(c);
                    area += geo.areaKm2(c);
                }
            }
            // Distance from the capital, shortened for road and town cells (the state's grip follows them).
            cells.sort(Comparator.comparingDouble((Integer c) -> {
                double d = Math.hypot(geo.lon(c) - lon0, (geo.lat(c) - lat0));
                return geo.hasRoad(c) || !w.rural[c] ? d / 2 : d;
            }).thenComparingInt(c -> c));
            double[] bands = {rc.state(), 1 - sum, rc.jnim(), rc.isSahel(), rc.separatists()};
            int[] owner = {Side.STATE.ordinal(), -1, Side.JNIM.ordinal(), Side.IS_SAHEL.ordinal(), Side.SEPARATISTS.ordinal()};
            double acc = 0;
            int band = 0;
            double limit = bands[0] * area;
            for (int c : cells) {
                while (band < bands.length - 1 && acc >= limit - 1e-9) {
                    band++;
                    limit += bands[band] * area;
                }
                acc += geo.areaKm2(c);
                if (owner[band] >= 0) {
                    w.control[owner[band]][c] = held;
                } else {
                    double[] shares = rc.shares();
                    for (int s = 0; s < Side.COUNT; s++) w.control[s][c] = shares[s] * dominance;
                }
            }
        }
    }
}
