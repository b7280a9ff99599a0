package org.sahelsim.model.submodels;

import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.ControlParams;
import org.sahelsim.model.params.Forces;
import org.sahelsim.model.params.PlaceParams;
import org.sahelsim.model.world.Geography;

/**
 * Competitive control per cell (Kilcullen's coercion, persuasion and administration; Athena's
 * support → influence → control).
 *
 * <p>A side's influence in a cell is {@code coercion × C + persuasion × support + spread × N},
 * where C is its armed presence (quality-weighted) over the density that gives full coercive
 * weight ({@code troopsPerKm2} for the state, {@code insurgentTroopsPerKm2} for an insurgent
 * group, times the area; capped at 1), and N the mean control it holds in the
 * neighbouring cells, with {@code roadSpread} added along roads. The control a cell's influences
 * imply is a contest success function (Tullock 1980; Hirshleifer 1989): each side's influence
 * over its own plus that of the others plus {@code contestedWeight}, where a partner under a truce
 * or in alliance counts without its armed part (its presence and its places' projection): a truce
 * stops combat, and stops a partner's guns counting against a side's hold, not its people's
 * support or its administration (the shares are scaled back to sum to at most 1 where they
 * together claim more than the cell); where
 * nobody has much influence, the cell stays contested. Administration (the {@link Administration}
 * stock) joins the influence with its own weight. Control closes {@code adjustRate} of the gap each week, which keeps
 * the shares in the simplex (a convex combination of two points in it).
 */
public final class Control extends Submodel {
    private static final long serialVersionUID = 1L;

    private final ControlParams p;
    /** The control held places project (null: places project nothing). */
    private final Projection projection;
    private final double projectionWeight;
    /** Weight of a side's administration of each cell in its influence there (null: administration does not count). */
    private final double[] administrationWeight;
    private transient double[][] projected;
    /** The same from the garrisons of each side's own forces only (for the state, its army, not its foreign partners'). */
    private transient double[][] governing;
    /** The forces whose garrisons' reach carries their side's officials: each side's own, not the state's foreign partners. */
    private final boolean[] own = ownForces();
    /** Scratch kept from week to week: next week's control. */
    private transient double[][] next;
    /** The held places' garrisons by cell, and the garrisoned town's rule (null until the first update). */
    private transient Garrisons garrisons;
    /** Each side's armed presence by cell in the last update ({@link SideTroops#armed}), before garrisons. */
    private transient double[][] armedBySide;
    /** How far support and the neighbours' control reach each cell, by its people (0–1); per map. */
    private transient double[] reach;
    /** The map's neighbours as the contest walks them ({@link Neighbourhood}); per map. */
    private transient Neighbourhood around;
    /** Each side's armed presence of full coercion by cell; per map. */
    private transient FullCoercion coercions;
    /** The contest's tables by side and cell, written block by block. */
    private transient Scratch scratch;
    /** The raiders' holds on pastoral ground nobody else holds ({@link PastoralHold}); none by default. */
    private List<PastoralHold> pastoral = List.of();

    /** Each side's hold of the ground it governs where no enemy stands (null: none, the hold is its fighters'). */
    private GovernedHold governedHold;

    /** Control without places (the cell contest alone). */
    public Control(ControlParams params) {
        this.p = params;
        this.projection = null;
        this.projectionWeight = 0;
        this.administrationWeight = null;
    }

    /** Control anchored by the places of the map: a held place's projection joins its side's influence. */
    public Control(ControlParams params, PlaceParams places, Geography geo) {
        this(params, places, geo, null);
    }

    /**
     * Control anchored by places, with each side's administration of a cell joining its influence
     * at that cell's weight (null: administration does not count).
     */
    public Control(ControlParams params, PlaceParams places, Geography geo, double[] administrationWeight) {
        this.p = params;
        this.projection = new Projection(geo, places);
        this.projectionWeight = places.projection();
        this.administrationWeight = administrationWeight;
    }

    /** The same control with the insurgent groups' pastoral holds of {@code forces} ({@code forces.*.pastoral_hold}, ODD §7.3). */
    public Control pastoralHolds(Forces forces) {
        this.pastoral = PastoralHold.of(forces);
        return this;
    }

    @Override
    public void step(WorldState w, Week week) {
        update(w);
    }

    /**
     * Lets the sides with a governed hold count their administration of a cell as standing
     * presence where no enemy stands ({@link GovernedHold}); null or a hold of no side: none.
     */
    public Control governing(GovernedHold hold) {
        this.governedHold = hold != null && hold.any() ? hold : null;
        return this;
    }

    /**
     * The control each side's held places projected in the last update, {@code [side][cell]}
     * (0–1, before the projection weight), or null when the places project nothing. Read-only.
     */
    double[][] projected() {
        return projection == null ? null : projected;
    }

    /**
     * Each side's armed presence by cell in the last update, {@code [side][cell]}, without the
     * garrisons ({@link SideTroops#armed}): what administration, run next with the same troops,
     * reads too. Read-only.
     */
    double[][] armed() {
        return armedBySide;
    }

    /**
     * The control projected by the garrisons of each side's own forces in the last update: the
     * reach of its officials (a foreign partner's base carries none of the state's), or null when
     * the places project nothing. Read-only.
     */
    double[][] governing() {
        return projection == null ? null : governing;
    }

    /**
     * One week's update of every cell, on the run's threads ({@link WorldState#cellSweep}): the
     * places' garrisons and projection first, once for the map; then each cell's contest, which
     * reads last week's control of its neighbours and writes only its own cell's next control and
     * standing presence, so the result is the same on any number of threads.
     */
    public void update(WorldState w) {
        int n = w.cells;
        if (next == null || next[0].length != n) {
            next = new double[Side.COUNT][n];
            garrisons = new Garrisons(n);
            reach = reach(w.geo, p.reachPeoplePerKm2());
            around = new Neighbourhood(w.geo);
            // A group's rural hold on its home ground lowers the presence it needs there (RuralHold).
            coercions = new FullCoercion(w.geo, p.troopsPerKm2(), p.insurgentTroopsPerKm2(), RuralHold.shares(w, reach, p.ruralHoldOrNone()));
            scratch = new Scratch(n);
        }
        // A raider holds the pastoral ground no enemy stands on more thinly (PastoralHold), as last week left it.
        for (PastoralHold hold : pastoral) hold.weigh(w, reach, coercions);
        armedBySide = SideTroops.sized(armedBySide, n);
        if (governedHold != null) governedHold.prepare(n);
        if (projection != null) {
            garrisons.gather(w);
            if (projected == null || projected[0].length != n) projected = new double[Side.COUNT][n];
            double[] density = new double[Side.COUNT];
            for (int s = 0; s < Side.COUNT; s++) density[s] = s == Side.STATE.ordinal() ? p.troopsPerKm2() : p.insurgentTroopsPerKm2();
            if (governing == null || governing[0].length != n) governing = new double[Side.COUNT][n];
            projection.project(w, density, projected, own, governing);
        }
        w.cellSweep().sweep(n, (from, to) -> update(w, from, to));
        for (int s = 0; s < Side.COUNT; s++) System.arraycopy(next[s], 0, w.control[s], 0, n);
    }

    /**
     * The contest of cells {@code from} to {@code to − 1}: each writes its own next control and standing presence only.
     *
     * <p>Done in passes over the block: the neighbours' control gathered, side by side and cell by
     * cell (the one irregular part), then each side's arithmetic over the block's cells, then the contest and the
     * shares, each pass a loop over cells with no branch, which the compiler may do several cells
     * at a time. Every cell gets the bits it got when it was worked out alone: each cell's sums
     * are added in the same order, and a branch is replaced only where the arithmetic gives the
     * same bits (a zero over a positive number is that zero; a division by 1 is the number).
     */
    private void update(WorldState w, int from, int to) {
        final int sides = Side.COUNT;
        double[] reach = this.reach;
        double standingRate = 1 / p.holdWeeks();
        double coercion = p.coercion();
        double persuasion = p.persuasion();
        double spread = p.spread();
        double roadSpread = p.roadSpread();
        double contestedWeight = p.contestedWeight();
        double adjustRate = p.adjustRate();
        Scratch x = scratch;
        SideTroops.armed(w, armedBySide, from, to);
        // Garrisons are armed presence in their own place's cell, and a garrisoned town's
        // besiegers do not govern it (the places' rule, Garrisons).
        double[][] armed = x.armed;
        for (int s = 0; s < sides; s++) System.arraycopy(armedBySide[s], from, armed[s], from, to - from);
        garrisons.armedPresence(w, from, to, armed);
        gather(w.control, from, to);
        double[] admWeight = administrationWeight != null ? administrationWeight : x.noWeight;
        double[][] admin = administrationWeight != null ? w.administration : x.none;
        double[][] placed = projection != null ? projected : x.none;
        GovernedHold governed = governedHold;
        if (governed != null) governed.oppose(w, from, to);
        for (int s = 0; s < sides; s++) {
            double[] coercive = x.coercive;
            coercions.weigh(s, armed[s], coercive, from, to);
            double[] near = x.near[s];
            double[] nearRoad = x.nearRoad[s];
            double[] standing = w.standing[s];
            double[] support = w.support[s];
            double[] administration = admin[s];
            double[] projectedRow = placed[s];
            double[] influence = x.influence[s];
            double[] unarmedOf = x.unarmed[s];
            double[] held = x.held[s];
            for (int c = from; c < to; c++) {
                double force = coercive[c];
                double meanNear = near[c];
                double meanRoad = nearRoad[c];
                // Its forces count toward its own hold only as far as they have stood in the cell;
                // against the others' hold they count in full at once (a column contests a cell).
                double stood = standing[c];
                double standingNow = stood + standingRate * (force - stood);
                stood = Math.min(force, standingNow);
                standing[c] = stood;
                double projectedHere = projectionWeight * projectedRow[c];
                double armedInfluence = coercion * force + projectedHere;
                double unarmed = reach[c] * (persuasion * support[c] + spread * meanNear + roadSpread * meanRoad);
                unarmed += admWeight[c] * administration[c];
                double all = armedInfluence + unarmed;
                influence[c] = all;
                unarmedOf[c] = all - armedInfluence;
                held[c] = coercion * stood + projectedHere + unarmed;
            }
            if (governed != null && governed.share(s) > 0) {
                // Ground it governs is ground it holds, where no enemy stands (GovernedHold).
                for (int c = from; c < to; c++) {
                    double stood = standing[c];
                    double by = governed.held(s, c, stood, administration[c]);
                    held[c] += coercion * (by - stood);
                }
            }
        }
        // A side's share is contested by the whole influence of the sides at war with it, but
        // only by the unarmed part (support, spread, administration) of a partner under a
        // truce or in alliance: a truce stops a partner's guns and garrisons counting against
        // it. The shares are scaled back into the simplex when together they exceed the cell.
        double[] total = x.total;
        java.util.Arrays.fill(total, from, to, 0);
        for (int s = 0; s < sides; s++) {
            double[] held = x.held[s];
            double[] norm = x.norm;
            for (int c = from; c < to; c++) norm[c] = held[c] + contestedWeight;
            boolean[] atWar = w.hostile[s];
            for (int t = 0; t < sides; t++) {
                if (t == s) continue;
                double[] against = atWar[t] ? x.influence[t] : x.unarmed[t];
                for (int c = from; c < to; c++) norm[c] += against[c];
            }
            double[] target = x.target[s];
            if (contestedWeight > 0) {
                // Every term is at least zero, so the contest is at least the contested weight:
                // positive, and the hold over it needs no check.
                for (int c = from; c < to; c++) target[c] = held[c] / norm[c];
            } else {
                // Nobody exerts any influence (possible with a zero contested weight): contested.
                for (int c = from; c < to; c++) {
                    double hold = held[c];
                    target[c] = norm[c] > 0 ? (hold == 0 ? hold : hold / norm[c]) : 0;
                }
            }
            for (int c = from; c < to; c++) total[c] += target[c];
        }
        for (int s = 0; s < sides; s++) {
            double[] target = x.target[s];
            double[] now = w.control[s];
            double[] next = this.next[s];
            // Shares that together claim at most the cell are kept (a division by 1 is the share itself).
            for (int c = from; c < to; c++) {
                double share = target[c] / Math.max(total[c], 1);
                next[c] = now[c] + adjustRate * (share - now[c]);
            }
        }
    }

    /**
     * Each side's control of the neighbours of cells {@code from} to {@code to − 1}, and of those
     * a road joins, each summed in the map's order from last week's control (not written until
     * every block is done), into the scratch tables. Four sides are summed in one walk over a
     * cell's neighbours: four sums apart, each in the map's order (the same bits as side by side),
     * which the processor adds side by side instead of waiting on one sum's last addition.
     */
    private void gather(double[][] control, int from, int to) {
        int s = 0;
        for (; s + 4 <= Side.COUNT; s += 4) {
            gather4(control, s, around.first, around.cell, around.degree, around.degreeInverse, scratch.near, from, to);
            gather4(control, s, around.roadFirst, around.roadCell, around.roads, around.roadsInverse, scratch.nearRoad, from, to);
        }
        for (; s < Side.COUNT; s++) {
            gather1(control[s], around.first, around.cell, around.degree, scratch.near[s], from, to);
            gather1(control[s], around.roadFirst, around.roadCell, around.roads, scratch.nearRoad[s], from, to);
        }
    }

    /**
     * Sides {@code s} to {@code s + 3}'s means of {@code last} over each cell's list in
     * {@code first}/{@code neighbour} (the sum over {@code divisor}), into {@code into}. Where the
     * divisor is a power of two, the sum is multiplied by its inverse ({@code inverse}, else 0):
     * the same number, for both round the same exact quotient, without a division's cost.
     */
    private static void gather4(double[][] last, int s, int[] first, int[] neighbour, double[] divisor, double[] inverse, double[][] into, int from, int to) {
        double[] l0 = last[s];
        double[] l1 = last[s + 1];
        double[] l2 = last[s + 2];
        double[] l3 = last[s + 3];
        double[] i0 = into[s];
        double[] i1 = into[s + 1];
        double[] i2 = into[s + 2];
        double[] i3 = into[s + 3];
        for (int c = from; c < to; c++) {
            double sum0 = 0;
            double sum1 = 0;
            double sum2 = 0;
            double sum3 = 0;
            int end = first[c + 1];
            for (int k = first[c]; k < end; k++) {
                int m = neighbour[k];
                sum0 += l0[m];
                sum1 += l1[m];
                sum2 += l2[m];
                sum3 += l3[m];
            }
            double by = inverse[c];
            if (by > 0) {
                i0[c] = sum0 * by;
                i1[c] = sum1 * by;
                i2[c] = sum2 * by;
                i3[c] = sum3 * by;
            } else {
                double d = divisor[c];
                i0[c] = sum0 / d;
                i1[c] = sum1 / d;
                i2[c] = sum2 / d;
                i3[c] = sum3 / d;
            }
        }
    }

    /** One side's means of {@code last} over each cell's list in {@code first}/{@code neighbour} (the sum over {@code divisor}), into {@code into}. */
    private static void gather1(double[] last, int[] first, int[] neighbour, double[] divisor, double[] into, int from, int to) {
        for (int c = from; c < to; c++) {
            double sum = 0;
            int end = first[c + 1];
            for (int k = first[c]; k < end; k++) sum += last[neighbour[k]];
            into[c] = sum / divisor[c];
        }
    }

    /** The contest's tables by side and cell, kept from week to week; a block of cells writes its own cells only. */
    private static final class Scratch {
        final double[][] armed;
        final double[][] near;
        final double[][] nearRoad;
        final double[][] influence;
        final double[][] unarmed;
        final double[][] held;
        final double[][] target;
        final double[] coercive;
        final double[] norm;
        final double[] total;
        /** Zeros standing for the places' projection and administration where they do not count. */
        final double[][] none;
        final double[] noWeight;

        Scratch(int n) {
            armed = new double[Side.COUNT][n];
            near = new double[Side.COUNT][n];
            nearRoad = new double[Side.COUNT][n];
            influence = new double[Side.COUNT][n];
            unarmed = new double[Side.COUNT][n];
            held = new double[Side.COUNT][n];
            target = new double[Side.COUNT][n];
            coercive = new double[n];
            norm = new double[n];
            total = new double[n];
            none = new double[Side.COUNT][n];
            noWeight = new double[n];
        }
    }

    /**
     * The map's neighbours as the contest walks them: cell {@code c}'s are
     * {@code cell[first[c]]} to {@code cell[first[c + 1] − 1]}, in the map's order, and those a
     * road joins it to (a road in both cells) {@code roadCell[roadFirst[c]]} to
     * {@code roadCell[roadFirst[c + 1] − 1]}, in the same order.
     */
    private static final class Neighbourhood {
        final int[] first;
        final int[] cell;
        final int[] roadFirst;
        final int[] roadCell;
        /** By cell: its neighbours, and those a road joins it to, as divisors of their sums (1 where there are none, over which a nil sum stays nil). */
        final double[] degree;
        final double[] roads;
        /** The inverses of {@link #degree} and {@link #roads} where they are powers of two (exact), else 0. */
        final double[] degreeInverse;
        final double[] roadsInverse;

        Neighbourhood(Geography geo) {
            int n = geo.cellCount();
            first = new int[n + 1];
            roadFirst = new int[n + 1];
            for (int c = 0; c < n; c++) {
                int joined = 0;
                for (int k = 0; k < geo.neighbourCount(c); k++) if (geo.hasRoad(c) && geo.hasRoad(geo.neighbour(c, k))) joined++;
                first[c + 1] = first[c] + geo.neighbourCount(c);
                roadFirst[c + 1] = roadFirst[c] + joined;
            }
            cell = new int[first[n]];
            roadCell = new int[roadFirst[n]];
            degree = new double[n];
            roads = new double[n];
            for (int c = 0; c < n; c++) {
                int r = roadFirst[c];
                for (int k = 0; k < geo.neighbourCount(c); k++) {
                    int m = geo.neighbour(c, k);
                    cell[first[c] + k] = m;
                    if (geo.hasRoad(c) && geo.hasRoad(m)) roadCell[r++] = m;
                }
                degree[c] = Math.max(1, first[c + 1] - first[c]);
                roads[c] = Math.max(1, roadFirst[c + 1] - roadFirst[c]);
            }
            degreeInverse = exactInverses(degree);
            roadsInverse = exactInverses(roads);
        }

        /** Each count's inverse where it is a power of two (then {@code x × (1 / n)} is {@code x / n} to the bit), else 0. */
        private static double[] exactInverses(double[] counts) {
            double[] out = new double[counts.length];
            for (int c = 0; c < counts.length; c++) {
                int k = (int) counts[c];
                if (k == counts[c] && Integer.bitCount(k) == 1) out[c] = 1.0 / k;
            }
            return out;
        }
    }

    /** By force ordinal: whether it is its side's own (the state's army, FAMa, and each insurgent group). */
    private static boolean[] ownForces() {
        boolean[] out = new boolean[Force.COUNT];
        for (Force f : Force.values()) out[f.ordinal()] = f == Force.FAMA || f.side() != Side.STATE;
        return out;
    }

    /** How far support and the neighbours' control reach each cell: {@code min(1, people per km² / reachPeoplePerKm2)}. */
    public static double[] reach(org.sahelsim.model.world.Geography geo, double reachPeoplePerKm2) {
        double[] out = new double[geo.cellCount()];
        for (int c = 0; c < out.length; c++) {
            double density = geo.areaKm2(c) > 0 ? geo.population(c) / geo.areaKm2(c) : 0;
            out[c] = reachPeoplePerKm2 > 0 ? Math.min(1, density / reachPeoplePerKm2) : 1;
        }
        return out;
    }

    /**
     * What a cell is: the ordinal of the side that dominates it; else {@code Side.COUNT},
     * contested, when the sides' shares together come to {@code ungovernedBelow} or more; else
     * {@code Side.COUNT + 1}, ungoverned: nobody's.
     */
    public static int standingOf(WorldState w, int cell, double dominance, double ungovernedBelow) {
        return standingOf(w.control, cell, dominance, ungovernedBelow);
    }

    /** What a cell of a control grid ({@code [side][cell]}) is: see {@link #standingOf(WorldState, int, double, double)}. */
    public static int standingOf(double[][] control, int cell, double dominance, double ungovernedBelow) {
        Side d = WorldState.dominant(control, cell, dominance);
        if (d != null) return d.ordinal();
        double held = 0;
        for (int s = 0; s < Side.COUNT; s++) held += control[s][cell];
        return held >= ungovernedBelow ? Side.COUNT : Side.COUNT + 1;
    }

    /**
     * Shares of area and population dominated by each side, nationally and per region, in one
     * pass over the cells: {@code [0]} national area, {@code [1]} national population, then for
     * region r {@code [2 + 2r]} area and {@code [3 + 2r]} population, each indexed by side, then
     * {@code Side.COUNT} contested and {@code Side.COUNT + 1} ungoverned (see {@link #standingOf}).
     * Each row sums to 1. Each cell's standing is worked out first in the blocks of a shared sweep
     * (each cell's own, into {@code standing}, scratch of a byte a cell), then added up in the
     * cells' order: the same bits on one thread or many.
     */
    public static double[][] allShares(WorldState w, double dominance, double ungovernedBelow, byte[] standing) {
        int regions = w.geo.regions().size();
        double[][] out = new double[2 + 2 * regions][Side.COUNT + 2];
        double[][] control = w.control;
        w.cellSweep().sweep(w.cells, (from, to) -> {
            for (int c = from; c < to; c++) standing[c] = (byte) standingOf(control, c, dominance, ungovernedBelow);
        });
        for (int c = 0; c < w.cells; c++) {
            int k = standing[c];
            double area = w.geo.areaKm2(c);
            double pop = w.geo.population(c);
            int r = w.geo.region(c);
            out[0][k] += area;
            out[1][k] += pop;
            out[2 + 2 * r][k] += area;
            out[3 + 2 * r][k] += pop;
        }
        for (double[] row : out) {
            double total = 0;
            for (double v : row) total += v;
            if (total > 0) for (int i = 0; i < row.length; i++) row[i] /= total;
            else row[Side.COUNT] = 1;
        }
        return out;
    }

    /**
     * Shares of area (or population when {@code byPopulation}) dominated by each side, with
     * index {@code Side.COUNT} for contested; sums to 1.
     */
    public static double[] shares(WorldState w, double dominance, boolean byPopulation, int region) {
        double[] out = new double[Side.COUNT + 1];
        double total = 0;
        for (int c = 0; c < w.cells; c++) {
            if (region >= 0 && w.geo.region(c) != region) continue;
            double weight = byPopulation ? w.geo.population(c) : w.geo.areaKm2(c);
            Side d = w.dominant(c, dominance);
            out[d == null ? Side.COUNT : d.ordinal()] += weight;
            total += weight;
        }
        if (total > 0) for (int i = 0; i < out.length; i++) out[i] /= total;
        else out[Side.COUNT] = 1;
        return out;
    }
}
