package org.sahelsim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.submodels.Administration;
import org.sahelsim.model.submodels.Control;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The processor time of one week's cell contest and administration, the two swept submodels
 * that read the same troops one after the other, apart from the rest of a run: the default
 * scenario is run some weeks into its war (seed 3), then a contest and an administration of
 * its own update that world again and again (the world moves a little with each update, as a
 * settling run does), and the calling thread's processor time per update is printed, the
 * median and quartiles of the rounds after the warm-up.
 *
 * <p>Run: {@code java -cp target/benchmarks.jar org.sahelsim.bench.ContestCpuTime 0.25 200}
 * (cell size in degrees, updates a round; optional: weeks run first, 150, and rounds, 12,
 * of which the first 4 warm up).
 */
public final class ContestCpuTime {
    private ContestCpuTime() {
    }

    public static void main(String[] args) {
        double degrees = args.length > 0 ? Double.parseDouble(args[0]) : 0.25;
        int updates = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        int weeks = args.length > 2 ? Integer.parseInt(args[2]) : 150;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 12;
        int warmup = Math.min(4, rounds - 1);
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=" + degrees));
        Geography geo = ScenarioRun.geographyFor(entry);
        SahelSim sim = new SahelSim(entry.scenario(), geo, 3);
        sim.start();
        for (int k = 0; k < weeks; k++) sim.schedule.step(sim);
        WorldState w = sim.world();
        Scenario sc = entry.scenario();
        Control control = new Control(sc.control(), sc.places(), geo, Administration.weights(sc.administration(), geo));
        Administration administration = new Administration(sc.administration(), sc.control().troopsPerKm2(),
                sc.control().insurgentTroopsPerKm2(), control);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] contest = new double[rounds - warmup];
        double[] administering = new double[rounds - warmup];
        for (int round = 0; round < rounds; round++) {
            long start = threads.getCurrentThreadCpuTime();
            for (int k = 0; k < updates; k++) control.update(w);
            long between = threads.getCurrentThreadCpuTime();
            for (int k = 0; k < updates; k++) administration.update(w);
            long end = threads.getCurrentThreadCpuTime();
            if (round >= warmup) {
                contest[round - warmup] = (between - start) / 1e3 / updates;
                administering[round - warmup] = (end - between) / 1e3 / updates;
            }
        }
        System.out.printf(Locale.ROOT, "%d cells, %d weeks into seed 3, %d updates a round, %d rounds after %d%n",
                geo.cellCount(), weeks, updates, rounds - warmup, warmup);
        print("control", contest);
        print("administration", administering);
    }

    private static void print(String name, double[] us) {
        double[] v = us.clone();
        Arrays.sort(v);
        System.out.printf(Locale.ROOT, "%-15s CPU us per update: median %9.1f  quartiles %9.1f %9.1f%n",
                name, v[v.length / 2], v[v.length / 4], v[(3 * v.length) / 4]);
    }
}
