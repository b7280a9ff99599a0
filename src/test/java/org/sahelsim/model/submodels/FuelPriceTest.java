package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.params.FuelParams;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The fuel price against its closed form: {@code normal × (1 + excess)} with {@code 1 / excess =
 * 1 / (r − 1) + 1 / (K − 1)}, {@code r = ((T − S) / (d − S))^e} (T the target stock, S the
 * security stock, d the depot's stock, in days of demand; e the elasticity; K the informal price
 * over the normal). The normal price at target; the closed form at half the sellable stock; a
 * price that rises with every day of shortfall and stays below the informal price while the
 * stations sell; the informal price once they are dry.
 */
class FuelPriceTest {
    private static final FuelParams P = ScenarioLibrary.standard().load("default", List.of()).scenario().fuel();

    private static FuelParams with(String... sets) {
        return ScenarioLibrary.standard().load("default", List.of(sets)).scenario().fuel();
    }

    @Test
    void atTargetFuelSellsAtTheNormalPrice() {
        assertEquals(P.normalPriceCfa(), FuelSupply.price(P, P.targetStockDays()), 1e-9);
        assertEquals(P.normalPriceCfa(), FuelSupply.price(P, 2 * P.targetStockDays()), 1e-9);
    }

    @Test
    void withHalfTheSellableStockLeftTheExcessIsTheHarmonicSumOfTheStocksAndTheInformalMarkets() {
        double half = P.securityStockDays() + (P.targetStockDays() - P.securityStockDays()) / 2;
        double stock = Math.pow(2, P.priceElasticity()) - 1;
        double informal = P.informalPrice() - 1;
        double excess = 1 / (1 / stock + 1 / informal);
        assertEquals(P.normalPriceCfa() * (1 + excess), FuelSupply.price(P, half), 1e-6);
    }

    @Test
    void withTheStationsDryALitreCostsTheInformalPrice() {
        assertEquals(P.normalPriceCfa() * P.informalPrice(), FuelSupply.price(P, P.securityStockDays()), 1e-9);
        assertEquals(P.normalPriceCfa() * P.informalPrice(), FuelSupply.price(P, 0), 1e-9);
    }

    @Test
    void thePriceRisesWithEveryDayOfShortfallWithoutAWall() {
        // Strictly rising from target down to the security stock, below the informal price while the
        // stations sell: no flat top where a weaker or a harder blockade would read the same.
        double before = FuelSupply.price(P, P.targetStockDays());
        for (double d = P.targetStockDays() - 0.25; d > P.securityStockDays(); d -= 0.25) {
            double now = FuelSupply.price(P, d);
            assertTrue(now > before, "price at " + d + " days, " + now + ", above that at " + (d + 0.25) + ", " + before);
            assertTrue(now < P.normalPriceCfa() * P.informalPrice(), "price at " + d + " days below the informal price");
            before = now;
        }
        // A day of stock above the security stock still leaves the price clearly apart from the dry price.
        double oneDay = FuelSupply.price(P, P.securityStockDays() + 1);
        double fourDays = FuelSupply.price(P, P.securityStockDays() + 4);
        assertTrue(oneDay - fourDays > 0.05 * P.normalPriceCfa(), "one day " + oneDay + " vs four days " + fourDays);
    }

    @Test
    void aDearerInformalMarketRaisesThePriceAtEveryShortfall() {
        FuelParams dear = with("fuel.informal_price=6");
        for (double d : new double[] {4, 8, 15, 25}) {
            assertTrue(FuelSupply.price(dear, d) > FuelSupply.price(P, d), "at " + d + " days");
        }
        assertEquals(FuelSupply.price(dear, P.targetStockDays()), FuelSupply.price(P, P.targetStockDays()), 1e-9);
    }
}
