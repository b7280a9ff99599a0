package org.sahelsim.bench;

import java.util.SplittableRandom;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.world.Geography;

/**
 * A yardstick for the model's speed, not a model: a plain sweep over flat arrays that does, per
 * cell and week, arithmetic of the kind and amount the model's weekly step does, with none of its
 * structure (no objects per actor, no maps, no allocation in the loop). The model's time for a
 * run is reported as a multiple of this kernel's time for the same grid and weeks, a figure that
 * carries from one machine to another better than seconds.
 *
 * <p>Each week, over every cell:
 * <ol>
 * <li>side sums: each side's troops in the cell, from its forces';</li>
 * <li>force movement: each force's troops close part of the gap to where it wants them, a mix of
 *     people, people out of its side's hold, enemies and the edge of its side's ground (which
 *     reads its side's control in the neighbouring cells), and keep the force's strength;</li>
 * <li>a cheap combat check for each pair of sides present together: one uniform draw against
 *     the probability of no engagement, exp(−λ) with λ from both sides' strengths; an engagement
 *     takes a share of each side's troops;</li>
 * <li>control: each side's share moves towards its share of the troops;</li>
 * <li>attitudes: grievance against the state follows the hold of the others and the violence;
 *     support for each side follows its control, less the grievance its violence causes;</li>
 * <li>recruitment: each armed group recruits from the people in proportion to its support and
 *     the grievance.</li>
 * </ol>
 * Its rates are round numbers chosen to keep every array bounded and the arithmetic busy, not
 * estimates of anything.
 */
final class ReferenceKernel {
    private static final int FORCES = Force.COUNT;
    private static final int SIDES = Side.COUNT;

    private final int n;
    private final int[] neighbourStart;
    private final int[] neighbours;
    private final double[] people;
    private final double[] latitude;
    private final int[] sideOf = new int[FORCES];

    private final double[] troops;
    /** Scratch: per cell, the enemies and the edge of the force being scratch. */
    private final double[] scratch;
    private final double[] sideTroops;
    private final double[] control;
    private final double[] support;
    private final double[] grievance;
    private final double[] violence;

    ReferenceKernel(Geography geo) {
        n = geo.cellCount();
        neighbourStart = new int[n + 1];
        int links = 0;
        for (int c = 0; c < n; c++) links += geo.neighbourCount(c);
        neighbours = new int[links];
        people = new double[n];
        latitude = new double[n];
        int k = 0;
        for (int c = 0; c < n; c++) {
            neighbourStart[c] = k;
            for (int j = 0; j < geo.neighbourCount(c); j++) neighbours[k++] = geo.neighbour(c, j);
            people[c] = geo.population(c);
            latitude[c] = geo.lat(c);
        }
        neighbourStart[n] = k;
        for (Force f : Force.values()) sideOf[f.ordinal()] = f.side().ordinal();
        troops = new double[FORCES * n];
        scratch = new double[2 * n];
        sideTroops = new double[SIDES * n];
        control = new double[SIDES * n];
        support = new double[SIDES * n];
        grievance = new double[n];
        violence = new double[n];
    }

    /** A run of the given weeks from a fixed start; returns a checksum of the final state. */
    double run(long seed, int weeks) {
        start();
        SplittableRandom random = new SplittableRandom(seed);
        for (int w = 0; w < weeks; w++) week(random);
        double sum = 0;
        for (double t : troops) sum += t;
        for (double s : control) sum += s;
        return sum;
    }

    private void start() {
        double total = 0;
        for (double p : people) total += p;
        for (int c = 0; c < n; c++) {
            boolean north = latitude[c] > 16;
            for (int f = 0; f < FORCES; f++) {
                boolean state = sideOf[f] == Side.STATE.ordinal();
                double weight = state ? people[c] / total : (north ? 2.0 : 0.5) / n;
                troops[f * n + c] = (state ? 20_000 : 5_000) * weight;
            }
            control[c] = north ? 0.3 : 0.7;
            for (int s = 1; s < SIDES; s++) control[s * n + c] = (1 - control[c]) / (SIDES - 1);
            for (int s = 0; s < SIDES; s++) support[s * n + c] = control[s * n + c];
            grievance[c] = 0.2;
            violence[c] = 0;
        }
    }

    private void week(SplittableRandom random) {
        sideSums();
        move();
        sideSums();
        combat(random);
        controlAndAttitudes();
        recruit();
    }

    private void sideSums() {
        java.util.Arrays.fill(sideTroops, 0);
        for (int f = 0; f < FORCES; f++) {
            int s = sideOf[f] * n;
            int base = f * n;
            for (int c = 0; c < n; c++) sideTroops[s + c] += troops[base + c];
        }
    }

    /**
     * Each force's wanted presence is a mix of four features of the cells, each normalised over
     * the map (people, people out of its side's hold, enemies, the edge of its side's ground);
     * its troops close part of the gap to it, then are rescaled so the force keeps its strength.
     */
    private void move() {
        for (int f = 0; f < FORCES; f++) {
            int side = sideOf[f];
            int own = side * n;
            int base = f * n;
            double people = 0;
            double weak = 0;
            double enemy = 0;
            double edge = 0;
            double strength = 0;
            for (int c = 0; c < n; c++) {
                double enemies = 0;
                for (int s = 0; s < SIDES; s++) if (s != side) enemies += sideTroops[s * n + c];
                double near = 0;
                int degree = neighbourStart[c + 1] - neighbourStart[c];
                for (int j = neighbourStart[c]; j < neighbourStart[c + 1]; j++) near += control[own + neighbours[j]];
                double front = degree > 0 ? near / degree * (1 - control[own + c]) + 1e-6 : 0;
                scratch[c] = enemies;
                scratch[n + c] = front;
                people += this.people[c];
                weak += this.people[c] * (1 - control[own + c]);
                enemy += enemies;
                edge += front;
                strength += troops[base + c];
            }
            if (strength <= 0) continue;
            double after = 0;
            for (int c = 0; c < n; c++) {
                double want = 0.4 * this.people[c] / people + 0.3 * (weak > 0 ? this.people[c] * (1 - control[own + c]) / weak : 0)
                        + 0.2 * (enemy > 0 ? scratch[c] / enemy : 0) + 0.1 * scratch[n + c] / edge;
                troops[base + c] += 0.3 * (want * strength - troops[base + c]);
                after += troops[base + c];
            }
            double scale = strength / after;
            for (int c = 0; c < n; c++) troops[base + c] *= scale;
        }
    }

    private void combat(SplittableRandom random) {
        for (int c = 0; c < n; c++) {
            double killed = 0;
            for (int a = 0; a < SIDES; a++) {
                double ta = sideTroops[a * n + c];
                if (ta < 1) continue;
                for (int b = a + 1; b < SIDES; b++) {
                    double tb = sideTroops[b * n + c];
                    if (tb < 1) continue;
                    double lambda = 0.004 * ta * tb / (ta + tb);
                    if (random.nextDouble() <= Math.exp(-lambda)) continue; // no engagement this week
                    double la = 0.05 * tb / (ta + tb);
                    double lb = 0.05 * ta / (ta + tb);
                    killed += la * ta + lb * tb;
                    for (int f = 0; f < FORCES; f++) {
                        if (sideOf[f] == a) troops[f * n + c] *= 1 - la;
                        else if (sideOf[f] == b) troops[f * n + c] *= 1 - lb;
                    }
                    sideTroops[a * n + c] *= 1 - la;
                    sideTroops[b * n + c] *= 1 - lb;
                }
            }
            violence[c] = 0.7 * violence[c] + killed / Math.max(1000, people[c]);
        }
    }

    private void controlAndAttitudes() {
        int state = Side.STATE.ordinal();
        for (int c = 0; c < n; c++) {
            double total = 1;
            for (int s = 0; s < SIDES; s++) total += sideTroops[s * n + c];
            double others = 0;
            for (int s = 0; s < SIDES; s++) {
                int i = s * n + c;
                control[i] += 0.1 * (sideTroops[i] / total - control[i]);
                if (s != state) others += control[i];
            }
            double g = 0.95 * grievance[c] + 0.05 * Math.min(1, others + 10 * violence[c]);
            grievance[c] = g;
            for (int s = 0; s < SIDES; s++) {
                int i = s * n + c;
                double pull = control[i] - (s == state ? g : 0.5 * violence[c]);
                support[i] += 0.1 * (1 / (1 + Math.exp(-4 * pull)) - support[i]);
            }
        }
    }

    private void recruit() {
        int state = Side.STATE.ordinal();
        for (int f = 0; f < FORCES; f++) {
            int s = sideOf[f];
            if (s == state) continue;
            int base = f * n;
            for (int c = 0; c < n; c++) {
                troops[base + c] += 2e-6 * people[c] * support[s * n + c] * grievance[c];
            }
        }
    }
}
