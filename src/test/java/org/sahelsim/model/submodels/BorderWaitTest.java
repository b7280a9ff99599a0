package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sahelsim.model.FuelLedger;

/**
 * Importers hold tankers at the border as a road's recent losses grow ({@link FuelSupply#dispatch}):
 * the closed form, and the road's losses as the ledger keeps them (four weeks, as if unescorted).
 */
class BorderWaitTest {
    @Test
    void aSafeRoadTakesEveryLoad() {
        assertEquals(1.0, FuelSupply.dispatch(0, 1, 0.05), 1e-12);
        assertEquals(1.0, FuelSupply.dispatch(0.3, 0, 0.05), 1e-12, "an escort that leaves no danger sends every load");
    }

    @Test
    void halfTheLoadsGoAtTheHalfLoss() {
        assertEquals(0.5, FuelSupply.dispatch(0.05, 1, 0.05), 1e-12);
        assertEquals(0.5, FuelSupply.dispatch(0.2, 1, 0.2), 1e-12);
    }

    @Test
    void theClosedForm() {
        for (double loss : new double[] {0.01, 0.1, 0.5, 1}) {
            for (double escort : new double[] {0.4, 1}) {
                assertEquals(1 / (1 + escort * loss / 0.05), FuelSupply.dispatch(loss, escort, 0.05), 1e-12);
            }
        }
    }

    @Test
    void fewerLoadsGoAsTheRoadBurnsAndMoreWithAnEscort() {
        double before = 1;
        for (double loss = 0.05; loss <= 1; loss += 0.05) {
            double d = FuelSupply.dispatch(loss, 1, 0.05);
            assertTrue(d < before, "dispatch " + d + " at loss " + loss + " not below " + before);
            assertTrue(FuelSupply.dispatch(loss, 0.4, 0.05) > d, "an escort does not bring more loads onto the road at loss " + loss);
            before = d;
        }
    }

    @Test
    void theRoadsLossesAreTheLastFourWeeksAsIfUnescorted() {
        FuelLedger l = new FuelLedger(1, 2);
        assertEquals(0, l.roadLossShare(0), 1e-12, "a road nothing went on has lost nothing");
        l.recordRoad(0, 10, 100, 1);
        l.recordRoad(1, 0, 0, 1);
        assertEquals(0.1, l.roadLossShare(0), 1e-12);
        assertEquals(0, l.roadLossShare(1), 1e-12);
        // Escorted: 8 lost with 0.4 of the danger left reads as 20 unescorted.
        l.recordRoad(0, 8, 100, 0.4);
        assertEquals((10 + 20) / 200.0, l.roadLossShare(0), 1e-12);
        l.recordRoad(0, 0, 100, 1);
        l.recordRoad(0, 0, 100, 1);
        assertEquals(30 / 400.0, l.roadLossShare(0), 1e-12);
        // The fifth week pushes the first out.
        l.recordRoad(0, 0, 100, 1);
        assertEquals(20 / 400.0, l.roadLossShare(0), 1e-12);
        // At most every tanker sent.
        l.recordRoad(0, 100, 100, 0.1);
        assertTrue(l.roadLossShare(0) <= 1);
    }
}
