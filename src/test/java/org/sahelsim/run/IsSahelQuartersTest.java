package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Force;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.actors.ArmedActor;
import org.sahelsim.model.actors.Insurgency;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * IS Sahel's war in the tri-border, quarter by quarter (docs/ODD.md §8.3, "Beyond Ménaka"): its
 * fighters, its recruits and losses from the troop ledger, its ceiling and headroom, where its
 * fighters stand (Ménaka, Gao, elsewhere, on operations), the state's side's, JNIM's and the
 * separatists' troops in the two regions, how many of their cells an enemy stands in, and the
 * support, administration and control in the Gao cells IS Sahel held at the start. The check:
 * over each quarter its strength moves by exactly what the ledger says came and went
 * ({@code recruited + arrived − departed − killed − lost}), so the tallies the trace reads are the
 * whole of it. {@code -Dsahelsim.trace=true} prints the quarters ({@code -Dsahelsim.trace.seeds=1,2},
 * {@code -Dsahelsim.trace.scenario=...}).
 */
class IsSahelQuartersTest {
    private static final int QUARTER = 13;

    @Test
    void isSahelsStrengthMovesByWhatItsLedgerSaysEveryQuarter() {
        String scenario = System.getProperty("sahelsim.trace.scenario", "is-sahel-tri-border");
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load(scenario, List.of());
        boolean print = Boolean.getBoolean("sahelsim.trace");
        for (String seed : System.getProperty("sahelsim.trace.seeds", "1").split(",")) {
            List<String> quarters = quarters(entry, Long.parseLong(seed.trim()));
            assertTrue(quarters.size() > 20, "a quarter's line for every quarter of the run: " + quarters.size());
            if (print) {
                System.out.println(scenario + ", seed " + seed);
                quarters.forEach(System.out::println);
            }
        }
    }

    private static List<String> quarters(ScenarioLibrary.Entry entry, long seed) {
        Geography map = Mali.map();
        SahelSim sim = new SahelSim(entry.scenario(), map, seed);
        int menaka = map.regionIndex("menaka");
        int gao = map.regionIndex("gao");
        int f = Force.IS_SAHEL.ordinal();
        int is = Side.IS_SAHEL.ordinal();
        List<String> out = new ArrayList<>();
        List<Integer> heldInGao = new ArrayList<>();
        double[] tally = new double[4];
        double[] start = {Double.NaN};
        sim.addObserver(new RunObserver() {
            @Override
            public void week(WeekRecord r, WorldState w) {
                tally[0] += w.troops.recruited[f];
                tally[1] += w.troops.killed[f];
                tally[2] += w.troops.lost[f];
                tally[3] += w.troops.arrived[f] - w.troops.departed[f];
                if (Double.isNaN(start[0])) {
                    // The first week: its own tallies are in the strength it ends with.
                    start[0] = w.strength[f] - w.troops.net(f);
                    for (int c = 0; c < w.cells; c++) if (map.region(c) == gao && w.control[is][c] > 0.6) heldInGao.add(c);
                }
                if (r.tick() % QUARTER != QUARTER - 1) return;
                double net = tally[0] + tally[3] - tally[1] - tally[2];
                assertEquals(start[0] + net, w.strength[f], 1e-6 * Math.max(1, w.strength[f]),
                        "IS Sahel's strength against its ledger, quarter to " + r.date());
                out.add(line(r, w, sim, tally, menaka, gao, heldInGao));
                java.util.Arrays.fill(tally, 0);
                start[0] = w.strength[f];
            }
        });
        sim.runToEnd();
        return out;
    }

    private static String line(WeekRecord r, WorldState w, SahelSim sim, double[] tally, int menaka, int gao, List<Integer> heldInGao) {
        int f = Force.IS_SAHEL.ordinal();
        Insurgency isSahel = null;
        for (ArmedActor a : sim.submodels().decisions().actors()) if (a instanceof Insurgency i && i.force() == Force.IS_SAHEL) isSahel = i;
        double[][] field = new double[3][Force.COUNT];
        int[][] opposed = new int[2][2];
        for (int c = 0; c < w.cells; c++) {
            int region = w.geo.region(c);
            int where = region == menaka ? 0 : region == gao ? 1 : 2;
            for (int k = 0; k < Force.COUNT; k++) field[where][k] += w.presence[k][c];
            if (where < 2) opposed[where][unopposed(w, c) ? 0 : 1]++;
        }
        double state0 = 0;
        double state1 = 0;
        for (Force k : Force.values()) {
            if (k.side() != Side.STATE) continue;
            state0 += field[0][k.ordinal()];
            state1 += field[1][k.ordinal()];
        }
        double[] held = new double[6];
        int is = Side.IS_SAHEL.ordinal();
        for (int c : heldInGao) {
            held[0] += w.standing[is][c];
            held[1] += w.administration[is][c];
            held[2] += w.support[is][c];
            held[3] += w.control[is][c];
            held[4] += w.control[Side.STATE.ordinal()][c];
            held[5] += w.administration[Side.JNIM.ordinal()][c];
        }
        int n = Math.max(1, heldInGao.size());
        int j = Force.JNIM.ordinal();
        int sep = Force.SEPARATISTS.ordinal();
        return String.format("%s fighters %.0f recruited %.0f killed %.0f lost %.0f | ceiling %.0f headroom %.2f"
                        + " | its field Ménaka %.0f Gao %.0f elsewhere %.0f, on operations %.0f"
                        + " | state's side Ménaka %.0f Gao %.0f, JNIM %.0f %.0f, separatists %.0f %.0f"
                        + " | cells no enemy stands in: Ménaka %d of %d, Gao %d of %d"
                        + " | its %d Gao cells: standing %.2f administration %.2f support %.2f control %.2f, state's control %.2f, JNIM's administration %.2f"
                        + " | its share: Ménaka %.3f Gao %.3f Mali %.3f",
                r.date(), w.strength[f], tally[0], tally[1], tally[2], isSahel.ceiling(w), isSahel.headroom(w),
                field[0][f], field[1][f], field[2][f], w.onOperations(f), state0, state1, field[0][j], field[1][j], field[0][sep], field[1][sep],
                opposed[0][0], opposed[0][0] + opposed[0][1], opposed[1][0], opposed[1][0] + opposed[1][1],
                heldInGao.size(), held[0] / n, held[1] / n, held[2] / n, held[3] / n, held[4] / n, held[5] / n,
                r.regionTerritory()[menaka][is], r.regionTerritory()[gao][is], r.territory()[is]);
    }

    /** Whether no enemy of IS Sahel stands in cell {@code c} at a tenth of a cell or more (the tri-border's pastoral_hold.opposed_at). */
    private static boolean unopposed(WorldState w, int c) {
        int is = Side.IS_SAHEL.ordinal();
        for (int t = 0; t < Side.COUNT; t++) if (t != is && w.hostile[is][t] && w.standing[t][c] >= 0.1) return false;
        return true;
    }
}
