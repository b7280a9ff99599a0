package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Force;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.Invariants;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The invariants hold every week of seeded runs, and a world broken on purpose, one invariant at
 * a time, is reported: by kind, with the week and what was found.
 */
class InvariantCheckTest {
    @Test
    void seededRunsKeepEveryInvariantEveryWeek() {
        InvariantCheck tally = InvariantCheck.run(Mali.coarseScenario(), Mali.coarseMap(), 4, 1, 2, Progress.none());
        assertEquals(0, tally.violations(), tally.summary());
        assertEquals(4, tally.runs());
        assertEquals(4L * 291, tally.weeks(), "every week of every run");
        assertTrue(tally.checks() > 100 * tally.weeks(), tally.summary());
        assertTrue(tally.summary().contains("No violation."), tally.summary());
    }

    @Test
    void theCommandSaysWhatItCheckedAndExitsZeroWhenAllHolds() {
        StringWriter out = new StringWriter();
        int exit = org.sahelsim.cli.Main.execute(new String[] {"check", "--runs", "2", "--set", "period.end=2022-06-27", "--set", "events=[]"},
                new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertEquals(0, exit, out.toString());
        assertTrue(out.toString().contains("on a 0.4-degree grid"), "coarse by default: " + out);
        assertTrue(out.toString().contains("default: 2 runs (seeds 1..2)") && out.toString().contains("No violation."), out.toString());
    }

    /** Breaks one thing in the world a given week, lets the invariants look, and puts it back. */
    @Test
    void aWorldBrokenOnPurposeIsReportedKindByKind() {
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.4", "period.end=2022-06-27", "events=[]"));
        SahelSim sim = new SahelSim(entry.scenario(), Mali.coarseMap(), 3);
        Invariants invariants = new Invariants("seed 3");
        Breaker breaker = new Breaker();
        sim.addObserver(breaker);
        sim.addObserver(invariants);
        sim.addObserver(breaker.mender());
        sim.runToEnd();

        InvariantCheck tally = InvariantCheck.of("default", 3, List.of(invariants));
        for (Invariants.Kind k : Invariants.Kind.values()) {
            assertTrue(tally.violations(k) > 0, k + " was not reported:\n" + tally.summary());
            assertNotNull(tally.firstExample(k), k.toString());
        }
        assertTrue(tally.firstExample(Invariants.Kind.FINITE).contains("seed 3, 2021-07-05: WorldState.fuelPrice[3] = NaN"),
                tally.firstExample(Invariants.Kind.FINITE));
        assertTrue(tally.firstExample(Invariants.Kind.TROOPS_POOLED).contains("2021-07-12, fama: strength"),
                tally.firstExample(Invariants.Kind.TROOPS_POOLED));
        assertTrue(tally.firstExample(Invariants.Kind.PEOPLE).contains("national population shares sum to 1.2"),
                tally.firstExample(Invariants.Kind.PEOPLE));
        assertTrue(tally.summary().contains("violations; the first of each kind"), tally.summary());
    }

    /** Week 4: a NaN price; 5: troops from nowhere; 6: fuel from nowhere; 7: support above one; 8: shares that do not add up. */
    private static final class Breaker implements RunObserver {
        private Runnable mend = () -> { };

        @Override
        public void week(WeekRecord r, WorldState w) {
            int fama = Force.FAMA.ordinal();
            switch (r.tick()) {
                case 4 -> {
                    double was = w.fuelPrice[3];
                    w.fuelPrice[3] = Double.NaN;
                    mend = () -> w.fuelPrice[3] = was;
                }
                case 5 -> {
                    w.strength[fama] += 100;
                    mend = () -> w.strength[fama] -= 100;
                }
                case 6 -> {
                    w.fuel.stock[0] += 1e6;
                    w.fuel.delivered[0] += 1e5;
                    mend = () -> {
                        w.fuel.stock[0] -= 1e6;
                        w.fuel.delivered[0] -= 1e5;
                    };
                }
                case 7 -> {
                    double was = w.support[1][2];
                    w.support[1][2] = 1.5;
                    mend = () -> w.support[1][2] = was;
                }
                case 8 -> {
                    r.territory()[0] += 0.25;
                    r.population()[0] += 0.25;
                }
                default -> mend = () -> { };
            }
        }

        RunObserver mender() {
            return (r, w) -> {
                mend.run();
                mend = () -> { };
            };
        }
    }
}
