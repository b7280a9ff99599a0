package org.sahelsim.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.sahelsim.model.actors.ArmedActor;
import java.util.HashMap;
import java.util.Map;
import org.sahelsim.model.params.ForceParams;
import org.sahelsim.model.params.PlaceKindParams;
import org.sahelsim.model.params.PlaceParams;
import org.sahelsim.model.params.PlaceWorth;
import org.sahelsim.model.world.Mine;
import org.sahelsim.model.world.Place;
import org.sahelsim.model.world.PlaceKind;
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

    /**
     * The world at the start, before any force is placed.
     *
     * @param random the run's generator: each cell's initial control varies around its region's
     *               shares ({@code control.initial_variation})
     */
    public static WorldState world(Scenario scenario, Geography geo, ec.util.MersenneTwisterFast random) {
        WorldState w = new WorldState(geo);
        var a = scenario.attitudes();
        var pol = scenario.politics();
        w.legitimacy = a.legitimacyStart();
        w.cohesion = pol.cohesionStart();
        w.treasuryUsd = scenario.economy().treasuryUsd();
        w.goldUsdPerTonne = scenario.economy().goldUsdPerTonne();
        w.freeDecisions = scenario.decisions() == org.sahelsim.model.params.DecisionMode.FREE;
        // In a free run no patron is called in yet: the junta decides whether and when.
        if (w.freeDecisions && scenario.forces().russia().strength() <= 0) w.russiaContract = false;
        w.insurgentFuelDependence = scenario.strategy().jnim().fuelDependence();
        w.normalFuelPrice = scenario.fuel().normalPriceCfa();
        // Every pair is at war but those the scenario lists as under a truce or allied.
        for (int s = 0; s < Side.COUNT; s++) {
            for (int t = 0; t < Side.COUNT; t++) w.hostile[s][t] = s != t;
        }
        w.relations.start(w, scenario.relations());
        java.util.Arrays.fill(w.ruralRestrictionScope, false);
        for (String id : scenario.fuel().ruralRestrictionRegions().regions()) {
            int r = geo.regionIndex(id);
            if (r < 0) throw new IllegalArgumentException("fuel.rural_restriction_regions: '" + id + "' is not a region id");
            w.ruralRestrictionScope[r] = true;
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
            w.speedKmWeek[i] = fp.speedKmWeek();
            w.mandate[i] = fp.strength();
        }
        seedControl(w, scenario, random);
        for (int s = 0; s < Side.COUNT; s++) System.arraycopy(w.control[s], 0, w.support[s], 0, w.cells);
        // A side administers at the start the ground it holds at the start.
        for (int s = 0; s < Side.COUNT; s++) System.arraycopy(w.control[s], 0, w.administration[s], 0, w.cells);
        // A side has stood on the ground it holds at the start as long as it has held it.
        for (int s = 0; s < Side.COUNT; s++) System.arraycopy(w.control[s], 0, w.standing[s], 0, w.cells);
        w.places = places(w, scenario);
        garrison(w, scenario);
        Arrays.fill(w.fuelPrice, scenario.fuel().normalPriceCfa());
        w.bamakoPrice = scenario.fuel().normalPriceCfa();
        w.bamakoStockDays = scenario.fuel().stockDaysStart();
        return w;
    }

    /**
     * Each place's worth to each side, defences, ordinary garrison and supply capacity, from its
     * kind and what lies there (people, gold), and who holds it: the scenario's named holders;
     * a foreign base its operator's side; else the side that dominates its cell; else, on
     * contested ground, the state for towns, camps, mines and crossings and nobody for junctions.
     */
    static Places places(WorldState w, Scenario scenario) {
        PlaceParams pp = scenario.places();
        List<Place> all = w.geo.places();
        int n = all.size();
        double[][] worth = new double[Side.COUNT][n];
        double[] defences = new double[n];
        double[] garrison = new double[n];
        double[] capacity = new double[n];
        double[] political = new double[n];
        double[] military = new double[n];
        Map<String, Double> tonnes = new HashMap<>();
        for (Mine m : w.geo.mines()) tonnes.put(m.id(), Double.isNaN(m.tonnesPerYear()) ? 0 : m.tonnesPerYear());
        for (Place p : all) {
            PlaceKindParams k = pp.kind(p.kind());
            int i = p.index();
            defences[i] = k.defences();
            garrison[i] = k.garrison();
            capacity[i] = k.supplyDays();
            political[i] = k.political();
            military[i] = k.military();
            double economic = k.economic() + pp.economicPerMillion() * w.geo.population(p.cell()) / 1e6
                    + pp.economicPerTonne() * tonnes.getOrDefault(p.id(), 0.0);
            for (Side s : Side.values()) {
                PlaceWorth pw = pp.worth().get(s.key());
                double v = pw.political() * k.political() + pw.economic() * economic + pw.military() * k.military();
                Map<String, Double> sym = pp.symbolic() == null ? null : pp.symbolic().get(p.id());
                if (sym != null && sym.get(s.key()) != null) v += sym.get(s.key());
                worth[s.ordinal()][i] = v * ground(scenario, s, pw, w.geo.regions().get(p.region()).id());
            }
        }
        if (pp.symbolic() != null) for (String id : pp.symbolic().keySet()) placeIndex(w, "places.symbolic", id);
        Places places = new Places(all, worth, political, military, defences, garrison, capacity);
        String[] regionIds = new String[w.geo.regions().size()];
        for (Region r : w.geo.regions()) regionIds[r.index()] = r.id();
        places.regionIds(regionIds);
        double dominance = scenario.control().dominance();
        for (Place p : all) {
            int i = p.index();
            Side d = w.dominant(p.cell(), dominance);
            if (p.operator() != null) {
                Force op = Force.byKey(p.operator());
                places.holder[i] = op == null ? Places.NOBODY : op.side().ordinal();
            } else if (d != null) {
                places.holder[i] = d.ordinal();
            } else {
                places.holder[i] = p.kind() == PlaceKind.JUNCTION ? Places.NOBODY : Side.STATE.ordinal();
            }
        }
        if (pp.holders() != null) {
            for (var e : pp.holders().entrySet()) {
                int i = placeIndex(w, "places.holders", e.getKey());
                places.holder[i] = e.getValue().equals("none") ? Places.NOBODY : sideByKey(e.getValue()).ordinal();
            }
        }
        return places;
    }

    /**
     * Puts each force's {@code garrison_share} of its troops into the places its side holds (a
     * foreign force: its own bases), in proportion to each place's ordinary garrison. A held place
     * left with no garrison at all stands empty.
     */
    private static void garrison(WorldState w, Scenario scenario) {
        Places places = w.places;
        for (Force f : Force.values()) {
            ForceParams fp = scenario.forces().of(f);
            double troops = fp.garrisonShare() * w.strength[f.ordinal()];
            if (troops <= 0) continue;
            double total = 0;
            double[] weight = new double[places.count()];
            for (int p = 0; p < places.count(); p++) {
                Place pl = places.place(p);
                boolean own = pl.operator() == null ? !isForeign(f) : pl.operator().equals(f.key());
                if (places.holder[p] != f.side().ordinal() || !own) continue;
                weight[p] = places.standardGarrison[p];
                total += weight[p];
            }
            if (total <= 0) continue;
            for (int p = 0; p < places.count(); p++) places.garrison[f.ordinal()][p] = troops * weight[p] / total;
        }
        for (int p = 0; p < places.count(); p++) {
            if (places.held(p) && places.garrisonTotal(p) <= 0) places.holder[p] = Places.NOBODY;
        }
    }

    /** Foreign forces garrison only their own bases. */
    private static boolean isForeign(Force f) {
        return f == Force.FRANCE || f == Force.MINUSMA || f == Force.EU || f == Force.AES;
    }

    private static int placeIndex(WorldState w, String key, String id) {
        int i = w.geo.placeIndex(id);
        if (i < 0) throw new IllegalArgumentException(key + "." + id + ": no such place on the map");
        return i;
    }

    private static Side sideByKey(String key) {
        for (Side s : Side.values()) if (s.key().equals(key)) return s;
        throw new IllegalArgumentException("not a side: " + key);
    }

    /** Places every force with troops at its first plan. */
    public static void deploy(WorldState w, List<ArmedActor> actors, Week week) {
        for (ArmedActor a : actors) {
            int f = a.force().ordinal();
            if (w.strength[f] <= 0) continue;
            a.decide(w, week);
            System.arraycopy(w.plannedPresence[f], 0, w.presence[f], 0, w.cells);
            w.presenceMoved(f);
        }
        w.recountStrength();
    }

    /**
     * Turns each region's initial shares into cells: the state holds the cells nearest its
     * capital and roads, the contested band comes next, and the insurgent sides hold the cells
     * farthest out, in the order JNIM, IS Sahel, separatists from the centre outward, each taking
     * its share of the region's area. A held cell starts at control {@code (1 + dominance)/2}, a
     * contested cell at its region's shares times {@code dominance}; each varies by up to
     * {@code control.initial_variation} of that, drawn from the run's generator. Empty ground is
     * nobody's: in a cell with fewer people per km² than {@code control.reach_people_per_km2} each
     * side's starting control is scaled down by its people (the contest's reach), so the empty
     * desert starts ungoverned, as the contest would leave it, unless a force or place holds it.
     */
    private static void seedControl(WorldState w, Scenario scenario, ec.util.MersenneTwisterFast random) {
        Geography geo = w.geo;
        double dominance = scenario.control().dominance();
        double v = scenario.control().initialVariation();
        double held = (1 + dominance) / 2;
        double[] reach = org.sahelsim.model.submodels.Control.reach(geo, scenario.control().reachPeoplePerKm2());
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
                    // held: between just above the threshold and full control
                    double x = held * (1 + v * (2 * random.nextDouble() - 1));
                    w.control[owner[band]][c] = Math.min(1, Math.max(dominance + 0.01 * (1 - dominance), x));
                } else {
                    // contested: each side's share varies around the region's, and the cell stays contested
                    double[] shares = rc.shares();
                    for (int s = 0; s < Side.COUNT; s++) {
                        double x = shares[s] * dominance * (1 + v * (2 * random.nextDouble() - 1));
                        w.control[s][c] = Math.min(0.99 * dominance, x);
                    }
                    double total = 0;
                    for (int s = 0; s < Side.COUNT; s++) total += w.control[s][c];
                    if (total > 1) for (int s = 0; s < Side.COUNT; s++) w.control[s][c] /= total; // stays in the simplex
                }
                for (int s = 0; s < Side.COUNT; s++) w.control[s][c] *= reach[c];
            }
        }
    }

    /**
     * How much a place in region {@code region} is worth to {@code side} for the region it is in:
     * {@code (1 − g) + g × affinity / greatest affinity}, where {@code g} is the side's
     * {@link PlaceWorth#groundWeight} and the affinities are its forces' priorities for regions
     * (the greatest over its forces; 1 where a region is not named); 1 when {@code g} is 0.
     */
    static double ground(Scenario scenario, Side side, PlaceWorth pw, String region) {
        double g = pw.groundWeight();
        if (g <= 0) return 1;
        double here = 0;
        double most = 0;
        for (Force f : Force.values()) {
            if (f.side() != side) continue;
            Map<String, Double> regions = scenario.forces().of(f).priorities().regions();
            if (regions == null || regions.isEmpty()) return 1;
            here = Math.max(here, regions.getOrDefault(region, 1.0));
            for (double a : regions.values()) most = Math.max(most, a);
        }
        return most > 0 ? (1 - g) + g * here / most : 1;
    }
}
