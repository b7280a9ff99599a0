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

    @BeforeAll
    static void runTheDefaultScenario() {
        SahelSim sim = new SahelSim(Mali.defaultScenario().scenario(), Mali.map(), 1);
        sim.addObserver(new RunObserver() {
            @Override
            public void week(WeekRecord record, WorldState state) {
                WEEKS.add(Week.of(record, state.fuel));
            }
        });
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
    }

    @Test
    void everyDepotBalancesEveryWeek() {
        for (Week w : WEEKS) {
            for (int d = 0; d < w.stock().length; d++) {
                double change = w.stock()[d] - w.stockBefore()[d];
                double flows = w.received()[d] - w.shipped()[d] - w.consumed()[d];
                double scale = Math.max(1, w.stockBefore()[d] + w.received()[d]);
                assertEquals(flows, change, 1e-6 * scale, w.date() + ", depot " + d + ": stock change vs received − shipped − consumed");
                assertTrue(w.stock()[d] >= 0, w.date() + ", depot " + d + " has a negative stock " + w.stock()[d]);
                assertTrue(w.received()[d] >= 0 && w.shipped()[d] >= 0 && w.consumed()[d] >= 0 && w.destroyedInbound()[d] >= 0,
                        w.date() + ", depot " + d + ": negative flow: received " + w.received()[d] + ", shipped " + w.shipped()[d]
                                + ", consumed " + w.consumed()[d] + ", destroyed inbound " + w.destroyedInbound()[d]);
            }
        }
    }

    @Test
    void theNationBalancesEveryWeek() {
        for (Week w : WEEKS) {
            double change = sum(w.stock()) - sum(w.stockBefore());
            double flows = sum(w.imported()) + w.extraImported() - sum(w.consumed())
                    - sum(w.corridorDestroyed()) - sum(w.destroyedInbound());
            double scale = Math.max(1, sum(w.stockBefore()) + sum(w.imported()) + w.extraImported());
            assertEquals(flows, change, 1e-6 * scale,
                    w.date() + ": Δ stock vs imported + one-off deliveries − consumed − destroyed");
        }
    }

    @Test
    void corridorsAndConvoysAddUp() {
        for (Week w : WEEKS) {
            for (int k = 0; k < w.imported().length; k++) {
                assertEquals(w.imported()[k], w.delivered()[k] + w.corridorDestroyed()[k], 1e-6 * Math.max(1, w.imported()[k]),
                        w.date() + ", corridor " + k + ": imported = delivered + destroyed");
            }
            double shipped = sum(w.shipped());
            double arrived = 0;
            for (int d = 0; d < w.received().length; d++) arrived += w.received()[d] + w.destroyedInbound()[d];
            double intoBamako = sum(w.delivered()) + w.extraImported();
            // Whatever left Bamako arrived somewhere or burned on the way.
            assertEquals(shipped + intoBamako, arrived, 1e-6 * Math.max(1, arrived), w.date() + ": shipped fuel accounted for");
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
