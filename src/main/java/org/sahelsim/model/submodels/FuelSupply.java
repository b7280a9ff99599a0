package org.sahelsim.model.submodels;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.FuelLedger;
import org.sahelsim.model.RoadThreat;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.CorridorParams;
import org.sahelsim.model.params.FuelParams;
import org.sahelsim.model.world.Corridor;
import org.sahelsim.model.world.Geography;
import org.sahelsim.model.world.Region;
import org.sahelsim.model.world.RoadSegment;
import org.sahelsim.model.world.Town;

/**
 * Fuel as logistics: imports by corridor, convoys on the road network, interdiction, depots,
 * consumption and prices.
 *
 * <p>Each week importers ship the national demand plus a quarter of the gap to the target stock,
 * split over the open corridors by their normal shares weighted by the chance a tanker gets
 * through; a corridor carries at most {@code surge} times its normal flow, so closing or
 * endangering one pushes fuel onto the others until they saturate; a corridor whose origin state
 * restricts its border carries at most its {@code corridorFlow} share of that. Fuel moves in convoys of {@code convoyTankers} tankers from the border crossing to
 * Bamako, on the safest road route (length weighted by danger), then from Bamako to each
 * region's depot. On each road cell a convoy is hit with probability {@code interdiction ×
 * threat}, the threat being the insurgents' control of the cell plus their fighters' density
 * there (capped at 1) (times {@code blockadeMultiplier} in a blockaded region), reduced by an
 * escort; a hit destroys a binomial share {@code lossPerHit} of its tankers. Depots consume
 * their region's demand (less the refused rural share under the restriction, plus the army's
 * operations); with {@code halfDispatchLoss} set, importers hold at the border the loads a road's
 * recent losses make too dangerous to send ({@link #dispatch}); the price rises as the stock the stations and the informal market can sell from
 * falls below its target ({@link #price}).
 */
public final class FuelSupply extends Submodel {
    private static final long serialVersionUID = 1L;

    private final FuelParams p;
    private final Geography geo;
    private final FuelLedger ledger;
    private final List<Corridor> corridors;
    private final double[] corridorShare;
    private final double[] corridorSurge;
    private final int bamakoDepot;
    private final double[] ruralShare;

    private final RoadThreat threat;
    /** This week's safest routes by the node they leave from (predecessor segments), whether each is searched yet, and scratch for their lengths. */
    private transient int[][] routesFrom;
    private transient boolean[] routeSearched;
    private transient double[] routeKm;
    /** Scratch kept from week to week: each cell's danger, each segment's cost, each depot's military use. */
    private transient double[] danger;
    private transient double[] segCost;
    private transient double[] military;
    /** The state's troops in each cell this week; scratch kept from week to week. */
    private transient double[] stateTroops;
    /** The run's threads for its cells (the same results on any number). */
    private final CellSweep cells;

    /**
     * @param troopsPerKm2 the density of armed presence that counts as full presence on a road cell
     * @param cells        the run's threads for its cells
     */
    public FuelSupply(FuelParams params, WorldState w, double troopsPerKm2, CellSweep cells) {
        this.cells = cells;
        this.p = params;
        this.threat = new RoadThreat(troopsPerKm2, params.ambushBandFighters());
        this.geo = w.geo;
        this.corridors = geo.corridors();
        int regions = geo.regions().size();
        this.ledger = new FuelLedger(regions, corridors.size());
        w.fuel = ledger;
        corridorShare = new double[corridors.size()];
        corridorSurge = new double[corridors.size()];
        for (int k = 0; k < corridors.size(); k++) {
            CorridorParams cp = params.corridors().get(corridors.get(k).id());
            if (cp == null) {
                throw new IllegalArgumentException("fuel.corridors has no entry for corridor '" + corridors.get(k).id()
                        + "'; expected one of each of " + corridors.stream().map(Corridor::id).toList());
            }
            corridorShare[k] = cp.share();
            corridorSurge[k] = cp.surge();
            ledger.corridorOpen[k] = cp.open();
        }
        for (String id : params.corridors().keySet()) {
            if (corridors.stream().noneMatch(c -> c.id().equals(id))) {
                throw new IllegalArgumentException("fuel.corridors." + id + ": no such corridor on the map; expected one of "
                        + corridors.stream().map(Corridor::id).toList());
            }
        }
        double totalPop = geo.totalPopulation();
        double[] regionPop = new double[regions];
        double[] regionRural = new double[regions];
        for (int c = 0; c < w.cells; c++) {
            regionPop[geo.region(c)] += geo.population(c);
            if (w.rural[c]) regionRural[geo.region(c)] += geo.population(c);
        }
        ruralShare = new double[regions];
        int bamako = -1;
        for (Region r : geo.regions()) {
            int i = r.index();
            ledger.dailyDemand[i] = p.dailyDemandLitres() * regionPop[i] / totalPop;
            ruralShare[i] = regionPop[i] > 0 ? regionRural[i] / regionPop[i] : 0;
            Town capital = capitalOf(r);
            ledger.depotNode[i] = capital == null ? -1 : geo.roads().nodeIndex(capital.id());
            ledger.stock[i] = ledger.dailyDemand[i] * p.stockDaysStart();
            ledger.price[i] = p.normalPriceCfa();
            if (r.id().equals("bamako")) bamako = i;
        }
        if (bamako < 0 || ledger.depotNode[bamako] < 0) throw new IllegalArgumentException("the map has no Bamako depot on the road network");
        bamakoDepot = bamako;
    }

    private Town capitalOf(Region r) {
        for (Town t : geo.towns()) if (t.capital() && t.region() == r.index()) return t;
        return null;
    }

    public FuelLedger ledger() {
        return ledger;
    }

    public int bamakoDepot() {
        return bamakoDepot;
    }

    public void setCorridorOpen(String id, boolean open) {
        for (int k = 0; k < corridors.size(); k++) if (corridors.get(k).id().equals(id)) ledger.corridorOpen[k] = open;
    }

    /** How many times its normal flow corridor {@code k} can carry when the others fall short. */
    public double corridorSurge(int k) {
        return corridorSurge[k];
    }

    /** Corridor {@code k}'s surge capacity becomes {@code surge} (its origin state takes on diverted trade). */
    public void setCorridorSurge(int k, double surge) {
        corridorSurge[k] = surge;
    }

    /** Corridor {@code k}'s normal share of Mali's imports. */
    public double corridorShare(int k) {
        return corridorShare[k];
    }

    /** Origin countries of the corridors, for sanctions by a bloc. */
    public List<Corridor> corridors() {
        return corridors;
    }

    @Override
    public void step(WorldState w, Week week) {
        MersenneTwisterFast random = week.random();
        FuelLedger l = ledger;
        for (int d = 0; d < l.depots; d++) {
            l.stockBefore[d] = l.stock[d];
            l.received[d] = 0;
            l.shipped[d] = 0;
            l.consumed[d] = 0;
            l.destroyedInbound[d] = 0;
        }
        java.util.Arrays.fill(l.imported, 0);
        java.util.Arrays.fill(l.delivered, 0);
        java.util.Arrays.fill(l.corridorDestroyed, 0);
        java.util.Arrays.fill(l.convoysSent, 0);
        java.util.Arrays.fill(l.convoysHit, 0);
        java.util.Arrays.fill(l.tankersLost, 0);
        java.util.Arrays.fill(l.hitCell, -1);
        // One-off deliveries announced since the last step arrive this week, and stay in the books for it.
        l.extraImported = l.extraImport;
        l.extraImport = 0;

        double[] danger = cellDanger(w);
        double escortFactor = w.escortConvoys ? Math.max(0, 1 - p.escortProtection() * p.escortTroopsPerConvoy() / 100.0) : 1.0;
        double[] segCost = segmentCosts(danger);
        // The week's safest routes, searched once from each node convoys leave from.
        int nodes = geo.roads().nodes().size();
        if (routesFrom == null) {
            routesFrom = new int[nodes][nodes];
            routeSearched = new boolean[nodes];
            routeKm = new double[nodes];
        }
        java.util.Arrays.fill(routeSearched, false);

        // 1. Imports to Bamako.
        double weekDemand = p.dailyDemandLitres() * 7;
        double gap = p.targetStockDays() * p.dailyDemandLitres() - l.totalStock();
        double wanted = Math.max(0, weekDemand + gap / p.refillWeeks());
        int bamakoNode = l.depotNode[bamakoDepot];
        double[] volumes = allocateImports(wanted, weekDemand, bamakoNode, danger, segCost, escortFactor);
        double weekHit = 0;
        double weekSent = 0;
        for (int k = 0; k < corridors.size(); k++) {
            double volume = volumes[k];
            if (volume <= 0) {
                l.recordRoad(k, 0, 0, escortFactor);
                continue;
            }
            double[] result = convoy(w, random, corridors.get(k).entryNode(), bamakoNode, volume, danger, segCost, escortFactor);
            l.imported[k] = volume;
            l.delivered[k] = result[0];
            l.corridorDestroyed[k] = volume - result[0];
            l.convoysSent[k] = (int) result[1];
            l.convoysHit[k] = (int) result[2];
            l.tankersLost[k] = (int) result[3];
            l.recordRoad(k, result[3], result[1] * p.convoyTankers(), escortFactor);
            l.received[bamakoDepot] += result[0];
            weekHit += result[3];
            weekSent += result[1] * p.convoyTankers();
            if (result[3] > 0) {
                int where = (int) result[4];
                l.hitCell[k] = where;
                String near = nearestTown(where);
                // Joined rather than formatted: the same text, at a fraction of the cost (a line most weeks).
                week.log("convoy_ambushed", geo.regions().get(geo.region(where)).id(), List.of("jnim", "state"),
                        (w.escortConvoys ? "Escorted" : "Unescorted") + " convoy" + (result[2] > 1 ? "s" : "") + " on the "
                                + corridors.get(k).name() + " corridor ambushed near " + near + ": " + (int) result[2] + " of "
                                + (int) result[1] + " convoys hit, " + (int) result[3] + " tankers lost");
            }
        }
        if (l.extraImported > 0) {
            l.received[bamakoDepot] += l.extraImported;
        }
        l.stock[bamakoDepot] += l.received[bamakoDepot];

        // 2. Distribution from Bamako to the regional depots, in region order.
        for (int d = 0; d < l.depots; d++) {
            if (d == bamakoDepot || l.depotNode[d] < 0) continue;
            double want = Math.max(0, l.dailyDemand[d] * 7 + (p.targetStockDays() * l.dailyDemand[d] - l.stock[d]) / p.refillWeeks());
            double bamakoDays = l.stockDays(bamakoDepot);
            // Bamako keeps its own week first when short: ship in proportion to its cover.
            double can = Math.max(0, l.stock[bamakoDepot] - 7 * l.dailyDemand[bamakoDepot]) * l.dailyDemand[d] / p.dailyDemandLitres();
            double ship = bamakoDays >= p.targetStockDays() ? want : Math.min(want, can);
            ship = Math.min(ship, l.stock[bamakoDepot]);
            if (ship <= 0) continue;
            l.stock[bamakoDepot] -= ship;
            l.shipped[bamakoDepot] += ship;
            double[] result = convoy(w, random, l.depotNode[bamakoDepot], l.depotNode[d], ship, danger, segCost, escortFactor);
            l.received[d] += result[0];
            l.destroyedInbound[d] += ship - result[0];
            l.stock[d] += result[0];
            weekHit += result[3];
            weekSent += result[1] * p.convoyTankers();
        }

        // 3. Consumption and prices.
        if (military == null) military = new double[l.depots];
        double[] military = this.military;
        java.util.Arrays.fill(military, 0);
        // The state's troops by cell were counted with the week's danger; each region's in the cells' order.
        double[] stateTroops = this.stateTroops;
        for (int c = 0; c < w.cells; c++) military[geo.region(c)] += stateTroops[c] * p.militaryLitresPerTroopDay() * 7;
        // Convoy escorts hold no cell; they draw their fuel where the convoys start, in Bamako.
        military[bamakoDepot] += w.escortTroops * p.militaryLitresPerTroopDay() * 7;
        for (int d = 0; d < l.depots; d++) {
            double civil = l.dailyDemand[d] * 7 * (w.ruralFuelRestriction && w.ruralRestrictionScope[d] ? 1 - p.ruralRestriction() * ruralShare[d] : 1);
            double use = Math.min(l.stock[d], civil + military[d]);
            l.consumed[d] = use;
            l.stock[d] -= use;
            double days = l.stockDays(d);
            l.price[d] = price(p, days);
        }
        double[] price = l.price;
        cells.sweep(w.cells, (from, to) -> {
            for (int c = from; c < to; c++) w.fuelPrice[c] = price[geo.region(c)];
        });
        w.bamakoPrice = l.price[bamakoDepot];
        w.bamakoStockDays = l.stockDays(bamakoDepot);
        w.fuelMobility = Math.min(1, w.bamakoStockDays / Math.max(1e-9, p.targetStockDays()) + p.mobilityFloor());

        // 4. The state's reading for its escort policy: tanker losses over the last four weeks.
        l.recordLosses(weekHit, weekSent);
    }

    /**
     * Splits the week's imports over the open corridors. Importers weigh each corridor's normal
     * share by the chance a tanker gets through on its safest route to Bamako, so fuel shifts to
     * the safer corridors as a road becomes dangerous; a corridor carries at most {@code surge}
     * times its normal flow, and what it cannot carry goes to the others (water-filling).
     */
    private double[] allocateImports(double wanted, double weekDemand, int bamakoNode, double[] danger,
                                     double[] segCost, double escortFactor) {
        int n = corridors.size();
        double[] weight = new double[n];
        double[] cap = new double[n];
        for (int k = 0; k < n; k++) {
            if (!ledger.corridorOpen[k]) continue;
            ledger.dispatch[k] = p.bordersWait() ? dispatch(ledger.roadLossShare(k), escortFactor, p.halfDispatchLoss()) : 1;
            cap[k] = corridorSurge[k] * corridorShare[k] * weekDemand * ledger.corridorFlow[k] * ledger.dispatch[k];
            int[] pred = routes(corridors.get(k).entryNode(), segCost);
            if (corridors.get(k).entryNode() != bamakoNode && pred[bamakoNode] < 0) continue;
            double survive = 1;
            for (int seg : geo.roads().path(bamakoNode, pred)) {
                for (int c : geo.roads().segments().get(seg).cells()) survive *= 1 - danger[c] * escortFactor * p.lossPerHit();
            }
            weight[k] = corridorShare[k] * survive * ledger.corridorFlow[k];
        }
        double[] volume = new double[n];
        boolean[] full = new boolean[n];
        double left = wanted;
        for (int round = 0; round < n && left > 1e-9; round++) {
            double w = 0;
            for (int k = 0; k < n; k++) if (!full[k]) w += weight[k];
            if (w <= 0) break;
            double given = 0;
            for (int k = 0; k < n; k++) {
                if (full[k] || weight[k] <= 0) continue;
                double add = Math.min(cap[k] - volume[k], left * weight[k] / w);
                volume[k] += add;
                given += add;
                if (volume[k] >= cap[k] - 1e-9) full[k] = true;
            }
            left -= given;
        }
        return volume;
    }

    /**
     * The share of their loads a corridor's importers send onto its road: {@code 1 / (1 + e·L / h)},
     * where {@code L} is the share of its tankers the road lost over the last four weeks as if
     * unescorted, {@code e} the share of that danger this week's escort leaves (1 with none) and
     * {@code h} the loss at which they send half. The rest wait at the border; the importers'
     * order, made from the stock's gap, asks for them again next week, and the safer corridors
     * carry what they can of it.
     */
    public static double dispatch(double roadLoss, double escortFactor, double halfDispatchLoss) {
        return 1 / (1 + escortFactor * roadLoss / halfDispatchLoss);
    }

    /** Share of tankers lost over the last four weeks. */
    public double recentLossShare() {
        return ledger.recentLossShare();
    }

    /**
     * This week's danger of each road cell, into the world's {@code roadDanger} too, and the state's
     * troops in each cell (what its army burns), each cell's own on the run's threads.
     */
    private double[] cellDanger(WorldState w) {
        if (danger == null || danger.length != w.cells) {
            danger = new double[w.cells];
            stateTroops = new double[w.cells];
        }
        double[] danger = this.danger;
        double[] stateTroops = this.stateTroops;
        double[] roadDanger = w.roadDanger;
        // The state's forces, the insurgent sides and forces that threaten a road this week, each in
        // its order (the order their troops and control are added in).
        int[] state = new int[Force.COUNT];
        int states = 0;
        for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side() == Side.STATE) state[states++] = f;
        int[] side = new int[Side.COUNT];
        int sides = 0;
        for (int s = 0; s < Side.COUNT; s++) if (Side.of(s).insurgent() && !(s == Side.JNIM.ordinal() && w.jnimTalks)) side[sides++] = s;
        int[] force = new int[Force.COUNT];
        int forces = 0;
        for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side().insurgent() && !(Force.of(f) == Force.JNIM && w.jnimTalks)) force[forces++] = f;
        // Each region's blockade factor this week (1 where none bears: a product by 1 is the number itself).
        double[] blockade = new double[geo.regions().size()];
        for (int r = 0; r < blockade.length; r++) blockade[r] = !w.jnimTalks && w.blockade.covers(r) ? p.blockadeMultiplier() : 1;
        int stateCount = states;
        int sideCount = sides;
        int forceCount = forces;
        double interdiction = p.interdiction();
        // Each cell's danger from its own values, on the run's threads: a block's sums side by side
        // or force by force, each cell's in the same order as alone (the danger's table holds the
        // insurgents' control and the road's the fighters until the cell's danger is worked out).
        cells.sweep(w.cells, (from, to) -> {
            java.util.Arrays.fill(danger, from, to, 0);
            java.util.Arrays.fill(roadDanger, from, to, 0);
            java.util.Arrays.fill(stateTroops, from, to, 0);
            for (int i = 0; i < sideCount; i++) {
                double[] x = w.control[side[i]];
                for (int c = from; c < to; c++) danger[c] += x[c];
            }
            for (int i = 0; i < forceCount; i++) {
                double[] x = w.presence[force[i]];
                for (int c = from; c < to; c++) roadDanger[c] += x[c];
            }
            for (int i = 0; i < stateCount; i++) {
                double[] x = w.presence[state[i]];
                for (int c = from; c < to; c++) stateTroops[c] += x[c];
            }
            for (int c = from; c < to; c++) {
                // Ambushers on the road: those who hold the ground, and those who came to cut it.
                double q = interdiction * threat.threat(danger[c], roadDanger[c], geo.areaKm2(c));
                q *= blockade[geo.region(c)];
                danger[c] = Math.min(1, q);
                roadDanger[c] = danger[c];
            }
        });
        return danger;
    }

    private double[] segmentCosts(double[] danger) {
        List<RoadSegment> segs = geo.roads().segments();
        if (segCost == null) segCost = new double[segs.size()];
        double[] cost = segCost;
        for (RoadSegment s : segs) {
            double survive = 1;
            for (int c : s.cells()) survive *= 1 - danger[c];
            // Hauliers weigh distance against the chance of losing the load.
            cost[s.index()] = s.lengthKm() * (1 + (1 - survive) * segs.size());
        }
        return cost;
    }

    /**
     * Sends {@code volume} litres from one node to another in convoys. Returns {delivered litres,
     * convoys sent, convoys hit, tankers lost, cell of the last hit}.
     */
    private double[] convoy(WorldState w, MersenneTwisterFast random, int from, int to, double volume,
                            double[] danger, double[] segCost, double escortFactor) {
        int[] pred = routes(from, segCost);
        if (from != to && pred[to] < 0) return new double[] {0, 0, 0, 0, geo.roads().nodes().get(from).cell()};
        int[] path = geo.roads().path(to, pred);
        double perConvoy = p.convoyTankers() * p.tankerLitres();
        int convoys = (int) Math.ceil(volume / perConvoy);
        double lostLitres = 0;
        int hit = 0;
        int lost = 0;
        int lastCell = geo.roads().nodes().get(from).cell();
        for (int i = 0; i < convoys; i++) {
            double litres = Math.min(perConvoy, volume - i * perConvoy);
            int tankers = (int) Math.ceil(litres / p.tankerLitres());
            boolean wasHit = false;
            int tankersLeft = tankers;
            for (int s : path) {
                for (int c : geo.roads().segments().get(s).cells()) {
                    if (danger[c] <= 0) continue;
                    if (random.nextDouble() < danger[c] * escortFactor) {
                        int k = binomial(random, tankersLeft, p.lossPerHit());
                        tankersLeft -= k;
                        wasHit = true;
                        lastCell = c;
                        if (tankersLeft == 0) break;
                    }
                }
                if (tankersLeft == 0) break;
            }
            if (wasHit) hit++;
            lost += tankers - tankersLeft;
            if (tankersLeft < tankers) lostLitres += litres * (tankers - tankersLeft) / (double) tankers;
        }
        // Delivered = volume less what burned, so an untouched load arrives to the litre and the
        // destroyed share (volume − delivered) is never a rounding-negative.
        double delivered = Math.max(0, volume - lostLitres);
        return new double[] {delivered, convoys, hit, lost, lastCell};
    }

    /** The predecessor segments of the week's safest routes from {@code from}, searched on first use in the week. */
    private int[] routes(int from, double[] segCost) {
        int[] pred = routesFrom[from];
        if (!routeSearched[from]) {
            geo.roads().shortestPaths(from, segCost, routeKm, pred);
            routeSearched[from] = true;
        }
        return pred;
    }

    private static int binomial(MersenneTwisterFast random, int n, double prob) {
        int k = 0;
        for (int i = 0; i < n; i++) if (random.nextDouble() < prob) k++;
        return k;
    }

    private String nearestTown(int cell) {
        double lon = geo.lon(cell);
        double lat = geo.lat(cell);
        Town best = null;
        double bestD = Double.POSITIVE_INFINITY;
        for (Town t : geo.towns()) {
            double d = (t.lon() - lon) * (t.lon() - lon) + (t.lat() - lat) * (t.lat() - lat);
            if (d < bestD) {
                bestD = d;
                best = t;
            }
        }
        return best == null ? "the road" : best.name();
    }

    /**
     * The price of fuel at a depot holding {@code days} days of its demand, as a multiple of the
     * normal price: {@code 1 + excess}, where {@code 1 / excess = 1 / (r − 1) + 1 / (informal − 1)}
     * and {@code r = ((target − security) / (days − security))^elasticity} (no excess while
     * {@code r ≤ 1}, the informal price once {@code days ≤ security}).
     *
     * <p>The stations sell from the stock above the state's security stock ("ONAP security stock
     * = 3 days of consumption"), and run dry with that much still in the depot. As their stock
     * falls below target, buyers queue and fill up while they can, and the price rises as
     * {@code r} says; what the stations cannot sell is bought on the informal market, whose price
     * ({@code informal} times normal) the price approaches as they run dry. The excess over the
     * normal price is the harmonic sum of the two, so it rises with every day of shortfall, with no
     * step and no flat top, and is finite with the stations dry: a harder blockade that holds the
     * stock lower keeps raising it.
     */
    public static double price(FuelParams p, double days) {
        double sellable = days - p.securityStockDays();
        double informalExcess = p.informalPrice() - 1;
        if (sellable <= 0) return p.normalPriceCfa() * p.informalPrice();
        double r = Math.pow((p.targetStockDays() - p.securityStockDays()) / sellable, p.priceElasticity());
        if (r <= 1) return p.normalPriceCfa();
        double stockExcess = r - 1;
        return p.normalPriceCfa() * (1 + stockExcess * informalExcess / (stockExcess + informalExcess));
    }
}
