package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.FuelLedger;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.Invariants;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.run.Mali;

/**
 * The fuel books over a whole default run (which has corridor ambushes, the blockade, escorts
 * and Niger's one-off convoy): every week, every depot and the nation balance.
 */
class FuelSupplyTest {
    /** What one week's ledger said, copied when the observer saw it. */
    record Week(String date, double[] stockBefore, double[] stock, double[] received, double[] shipped,
                double[] consumed, double[] destroyedInbound, double[] imported, double[] delivered,
                double[] corridorDestroyed, double extraImported) {
        static Week of(WeekRecord r, FuelLedger l) {
            return new Week(r.date().toString(), l.stockBefore.clone(), l.stock.clone(), l.received.clone(), l.shipped.clone(),
                    l.consumed.clone(), l.destroyedInbound.clone(), l.imported.clone(), l.delivered.clone(),
                    l.corridorDestroyed.clone(), l.extraImported);
        }
    }

    private static final List<Week> WEEKS = new ArrayList<>();
    private static final Invariants INVARIANTS = new Invariants("seed 1");

    @BeforeAll
    static void runTheDefaultScenario() {
        SahelSim sim = new SahelSim(Mali.defaultScenario().scenario(), Mali.map(), 1);
        sim.addObserver(new RunObserver() {
            @Override
            public void week(WeekRecord record, WorldState state) {
                WEEKS.add(Week.of(record, state.fuel));
            }
        });
        sim.addObserver(INVARIANTS);
        sim.runToEnd();
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s;
    }

    @Test
    void theRunWasObservedEveryWeek() {
        assertTrue(WEEKS.size() > 250, "weeks observed: " + WEEKS.size());
        assertEquals(WEEKS.size(), INVARIANTS.weeks());
    }

    /** Every depot, the nation and the roads balance every week, none negative ({@link Invariants}, as {@code check} checks them). */
    @Test
    void theBooksBalanceEveryWeek() {
        for (Invariants.Kind k : List.of(Invariants.Kind.FUEL_DEPOTS, Invariants.Kind.FUEL_NATION, Invariants.Kind.FUEL_ROADS)) {
            assertEquals(0, INVARIANTS.violations(k), k.label() + ": " + INVARIANTS.firstExample(k));
        }
    }

    /** The books are exercised by what they must account for: losses on the road and the one-off convoy. */
    @Test
    void theRunHasLossesAndAOneOffDelivery() {
        double lost = 0;
        double extra = 0;
        for (Week w : WEEKS) {
            lost += sum(w.corridorDestroyed()) + sum(w.destroyedInbound());
            extra += w.extraImported();
        }
        assertTrue(lost > 0, "no fuel was ever lost on the roads");
        double niger = Mali.defaultScenario().scenario().eventsOrEmpty().stream()
                .filter(e -> e.type().name().equals("FUEL_DELIVERY")).mapToDouble(e -> e.value()).sum();
        if (niger <= 0) fail("the default scenario has no fuel delivery event to account for");
        assertEquals(niger, extra, 1e-6 * niger, "one-off deliveries in the books");
    }
}
