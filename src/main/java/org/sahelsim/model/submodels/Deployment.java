package org.sahelsim.model.submodels;

import java.util.Map;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.Priorities;
import org.sahelsim.model.world.Geography;
import org.sahelsim.model.world.Mine;
import org.sahelsim.model.world.Region;

/**
 * Where a force wants its troops, and how they get there.
 *
 * <p>Planning (monthly): each priority is a feature of the cells normalised to sum to one over
 * the map, so a weight reads as "the share of the force given to this concern" (capital 0.3:
 * nearly a third guards Bamako). The weighted mix is multiplied by the force's regional
 * affinity and by a mask (cells the force may not enter), then scaled to its strength.
 *
 * <p>Movement (weekly): presence closes {@code mobility × fuelFactor} of the gap to the plan,
 * then is rescaled so the force's total is conserved.
 *
 * <p>One a run, built by the run's schedule and given to the actors whose forces it places: it
 * keeps what depends on the map alone (Bamako, the mines' output by cell), its table of the
 * cells' features, and the run's threads for the cells.
 */
public final class Deployment implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The priorities' features, in the order their terms are added to a cell's plan. */
    private static final int CAPITAL = 0;
    private static final int POPULATION = 1;
    private static final int MINES = 2;
    private static final int ROADS = 3;
    private static final int THREAT = 4;
    private static final int GRIEVANCE = 5;
    private static final int WEAKNESS = 6;
    private static final int FRONTIER = 7;
    private static final int HELD = 8;
    private static final int FEATURES = 9;

    private final Geography geo;
    /** Bamako's cell (−1: none on the map) and region. */
    private final int bamako;
    private final int capitalRegion;
    /**
     * The cells with a mine, in order, and their output, summed per cell in the mines' order: a
     * mine weighs its output; an artisanal site of unknown output weighs as one tonne a year.
     */
    private final int[] mineCells;
    private final double[] mineOutput;
    /** The run's threads for its cells (the same results on any number). */
    private final CellSweep cells;
    /** Each cell's features while a force plans, {@code [feature][cell]}; scratch, kept from plan to plan (a plan reads only what it wrote). */
    private transient double[][] features;

    /** The run's deployment on {@code geo}, sweeping its cells with {@code cells}. */
    public Deployment(Geography geo, CellSweep cells) {
        this.geo = geo;
        this.cells = cells;
        this.bamako = geo.town("bamako") != null ? geo.town("bamako").cell() : -1;
        this.capitalRegion = geo.regionIndex("bamako");
        this.mineCells = geo.mines().stream().mapToInt(Mine::cell).distinct().sorted().toArray();
        this.mineOutput = new double[mineCells.length];
        for (Mine m : geo.mines()) {
            mineOutput[java.util.Arrays.binarySearch(mineCells, m.cell())] += Double.isNaN(m.tonnesPerYear()) ? 1 : m.tonnesPerYear();
        }
    }

    /** The run's threads for its cells. */
    public CellSweep cells() {
        return cells;
    }

    /** A column of zeros, {@code n} cells long (never written). */
    private transient double[] zeros;

    private double[] zeros(int n) {
        if (zeros == null || zeros.length != n) zeros = new double[n];
        return zeros;
    }

    /** The features that depend on the map alone, cell by cell (built once a map). */
    private static final class Fixed {
        final double[] capital;
        final double[] people;
        final double[] mines;
        final double[] roads;

        Fixed(double[] capital, double[] people, double[] mines, double[] roads) {
            this.capital = capital;
            this.people = people;
            this.mines = mines;
            this.roads = roads;
        }
    }

    private transient Fixed fixed;

    private Fixed fixed(int n) {
        if (fixed == null || fixed.people.length != n) {
            double[] capital = new double[n];
            double[] people = new double[n];
            double[] mines = new double[n];
            double[] roads = new double[n];
            for (int c = 0; c < n; c++) {
                capital[c] = c == bamako || geo.region(c) == capitalRegion ? 1 : 0;
                people[c] = geo.population(c);
                roads[c] = geo.hasRoad(c) ? 1 : 0;
            }
            for (int i = 0; i < mineCells.length; i++) mines[mineCells[i]] = mineOutput[i];
            fixed = new Fixed(capital, people, mines, roads);
        }
        return fixed;
    }

    private double[][] features(int n) {
        if (features == null || features[0].length != n) features = new double[FEATURES][n];
        return features;
    }

    /**
     * Writes the force's planned presence into {@code w.plannedPresence[force]}.
     *
     * <p>Two passes over the cells: the first works out each feature the force weighs in each
     * cell it may enter, keeps it, and adds it up over the map; the second adds each cell's
     * weighted, normalised features to its plan, in the features' order.
     *
     * @param mask cells the force may enter (null: all)
     */
    public void plan(WorldState w, Force force, Priorities pr, boolean[] mask) {
        int n = w.cells;
        Side own = force.side();
        double[] weights = {pr.capital(), pr.population(), pr.mines(), pr.roads(), pr.threat(), pr.grievance(), pr.weakness(), pr.frontier(), pr.held()};
        double[] affinity = new double[geo.regions().size()];
        Map<String, Double> aff = pr.regions();
        for (Region r : geo.regions()) {
            Double a = aff == null ? null : aff.get(r.id());
            affinity[r.index()] = a == null ? 1.0 : a;
        }
        boolean[] hostile = w.hostile[own.ordinal()];
        // The forces whose troops threaten this one, in the forces' order.
        int[] enemy = new int[Force.COUNT];
        int enemies = 0;
        for (int f = 0; f < Force.COUNT; f++) if (hostile[Force.of(f).side().ordinal()]) enemy[enemies++] = f;
        int enemyCount = enemies;
        double[] ownControl = w.control[own.ordinal()];
        double[] stateControl = w.control[Side.STATE.ordinal()];
        // The features the force weighs, in their order.
        int[] weighed = new int[FEATURES];
        int weighs = 0;
        for (int k = 0; k < FEATURES; k++) if (weights[k] > 0) weighed[weighs++] = k;
        int kinds = weighs;
        // Each feature's column: the map's own for those that depend on the map alone, else worked
        // out in the first pass, feature by feature, each cell's own on the run's threads (every cell's,
        // the same number as worked out alone; a cell the force may not enter is never read).
        double[][] scratch = features(n);
        double[][] col = new double[FEATURES][];
        Fixed fixed = fixed(n);
        col[CAPITAL] = fixed.capital;
        col[POPULATION] = fixed.people;
        col[MINES] = fixed.mines;
        col[ROADS] = fixed.roads;
        for (int k = THREAT; k < FEATURES; k++) col[k] = scratch[k];
        double[] people = fixed.people;
        boolean threat = weights[THREAT] > 0;
        boolean grievance = weights[GRIEVANCE] > 0;
        boolean weakness = weights[WEAKNESS] > 0;
        boolean frontier = weights[FRONTIER] > 0;
        boolean held = weights[HELD] > 0;
        if (threat || grievance || weakness || frontier || held) {
            cells.sweep(n, (from, to) -> {
                if (threat) {
                    double[] near = col[THREAT];
                    java.util.Arrays.fill(near, from, to, 0);
                    for (int i = 0; i < enemyCount; i++) {
                        double[] x = w.presence[enemy[i]];
                        for (int c = from; c < to; c++) near[c] += x[c];
                    }
                }
                if (grievance) {
                    double[] out = col[GRIEVANCE];
                    double[] g = w.grievanceState;
                    for (int c = from; c < to; c++) out[c] = g[c] * people[c];
                }
                // Weakness: people out of the state's reach (recruits, zakat, food), not empty sand.
                if (weakness) {
                    double[] out = col[WEAKNESS];
                    for (int c = from; c < to; c++) out[c] = people[c] * (1 - stateControl[c]);
                }
                if (frontier) {
                    double[] out = col[FRONTIER];
                    for (int c = from; c < to; c++) {
                        if (mask != null && !mask[c]) continue;
                        double near = 0;
                        int deg = geo.neighbourCount(c);
                        for (int k = 0; k < deg; k++) near += ownControl[geo.neighbour(c, k)];
                        out[c] = deg > 0 ? (near / deg) * (1 - ownControl[c]) + 1e-6 : 0;
                    }
                }
                if (held) {
                    double[] out = col[HELD];
                    for (int c = from; c < to; c++) out[c] = ownControl[c] * people[c];
                }
            });
        }
        // Each weighed feature's total over the cells the force may enter, every total in the
        // cells' order (four features a pass, side by side: each total's additions are those of its
        // own loop; a missing fourth reads a column of zeros and is dropped).
        double[] total = new double[FEATURES];
        for (int u = 0; u < kinds; u += 4) {
            double[] x0 = col[weighed[u]];
            double[] x1 = u + 1 < kinds ? col[weighed[u + 1]] : zeros(n);
            double[] x2 = u + 2 < kinds ? col[weighed[u + 2]] : zeros(n);
            double[] x3 = u + 3 < kinds ? col[weighed[u + 3]] : zeros(n);
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int c = 0; c < n; c++) {
                if (mask != null && !mask[c]) continue;
                double a = affinity[geo.region(c)];
                s0 += x0[c] * a;
                s1 += x1[c] * a;
                s2 += x2[c] * a;
                s3 += x3[c] * a;
            }
            total[weighed[u]] = s0;
            if (u + 1 < kinds) total[weighed[u + 1]] = s1;
            if (u + 2 < kinds) total[weighed[u + 2]] = s2;
            if (u + 3 < kinds) total[weighed[u + 3]] = s3;
        }
        double[] plan = w.plannedPresence[force.ordinal()];
        double weightSum = 0;
        for (double x : weights) weightSum += x;
        boolean any = false;
        for (int k = 0; k < FEATURES; k++) any |= weights[k] > 0 && total[k] > 0;
        // Each weight's share, divided once a plan rather than once a cell (the same number: the
        // term below divides it first).
        double[] share = new double[FEATURES];
        for (int k = 0; k < FEATURES; k++) share[k] = weights[k] / weightSum;
        // The features that add to a plan, in their order.
        int[] used = new int[FEATURES];
        int uses = 0;
        for (int k = 0; k < FEATURES; k++) if (weights[k] > 0 && total[k] > 0) used[uses++] = k;
        int terms = uses;
        if (any) {
            // The second pass: each cell's plan from its own features, on the run's threads, term
            // after term in the features' order (each cell's additions those it makes alone), then
            // 0 where the force may not go. A cell's affinity is kept in the plan's scratch row.
            double[] cellAffinity = scratch[CAPITAL];
            cells.sweep(n, (from, to) -> {
                for (int c = from; c < to; c++) cellAffinity[c] = affinity[geo.region(c)];
                java.util.Arrays.fill(plan, from, to, 0);
                for (int u = 0; u < terms; u++) {
                    int k = used[u];
                    double[] x = col[k];
                    double sk = share[k];
                    double tk = total[k];
                    for (int c = from; c < to; c++) plan[c] += sk * x[c] * cellAffinity[c] / tk;
                }
                if (mask != null) {
                    for (int c = from; c < to; c++) if (!mask[c]) plan[c] = 0;
                }
            });
        } else {
            java.util.Arrays.fill(plan, 0);
        }
        double sum = 0;
        for (double x : plan) sum += x;
        // Garrisons, columns on operations and convoy escorts are not the field army's to place.
        int fi = force.ordinal();
        double strength = Math.max(0, w.strength[fi] - w.places.garrisoned(fi) - w.onOperations(fi) - w.escorting(fi));
        if (sum <= 0) {
            if (bamako >= 0) plan[bamako] = strength;
            return;
        }
        double planned = sum;
        cells.sweep(n, (from, to) -> {
            for (int c = from; c < to; c++) plan[c] = plan[c] / planned * strength;
        });
    }

    /**
     * Moves each force toward its plan, closing the share {@code rates[i]} of the gap, conserving its
     * strength. Each force moves as if alone (no force's move reads another's): the forces' totals
     * before and after are each added up in the cells' order (four forces' at a time, side by side),
     * each cell's step and rescaling are on the run's threads.
     */
    public void move(WorldState w, Force[] forces, double[] rates) {
        int n = w.cells;
        int m = forces.length;
        // Each force's troops and plan over the map, in the cells' order.
        double[][] rows = new double[2 * m][];
        for (int i = 0; i < m; i++) {
            rows[2 * i] = w.presence[forces[i].ordinal()];
            w.presenceMoved(forces[i].ordinal());
            rows[2 * i + 1] = w.plannedPresence[forces[i].ordinal()];
        }
        double[] totals = new double[2 * m];
        cells.rowTotals(rows, n, totals);
        // The forces that move: some troops, and a plan.
        int[] moving = new int[m];
        int moves = 0;
        for (int i = 0; i < m; i++) if (totals[2 * i] > 0 && totals[2 * i + 1] > 0) moving[moves++] = i;
        if (moves == 0) return;
        int movers = moves;
        double[][] pres = new double[movers][];
        double[][] plan = new double[movers][];
        double[] before = new double[movers];
        double[] planned = new double[movers];
        double[] rate = new double[movers];
        for (int j = 0; j < movers; j++) {
            int i = moving[j];
            pres[j] = rows[2 * i];
            plan[j] = rows[2 * i + 1];
            before[j] = totals[2 * i];
            planned[j] = totals[2 * i + 1];
            rate[j] = rates[i];
        }
        cells.sweep(n, (from, to) -> {
            for (int j = 0; j < movers; j++) {
                double[] p = pres[j];
                double[] q = plan[j];
                double r = rate[j];
                double had = before[j];
                double aimed = planned[j];
                for (int c = from; c < to; c++) p[c] += r * (q[c] * had / aimed - p[c]);
            }
        });
        double[] after = new double[movers];
        cells.rowTotals(pres, n, after);
        double[] k = new double[movers];
        for (int j = 0; j < movers; j++) k[j] = after[j] > 0 ? before[j] / after[j] : 1;
        cells.sweep(n, (from, to) -> {
            for (int j = 0; j < movers; j++) {
                if (after[j] <= 0) continue;
                double[] p = pres[j];
                double kj = k[j];
                for (int c = from; c < to; c++) p[c] *= kj;
            }
        });
    }

    /** Moves one force toward its plan ({@link #move(WorldState, Force[], double[])}). */
    public void move(WorldState w, Force force, double rate) {
        move(w, new Force[] {force}, new double[] {rate});
    }
}
