package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.params.FuelParams;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The fuel price against its closed form: the normal price with the stock at target, the price
 * doubled to the power of the elasticity with half the sellable stock (the stock above the
 * security stock) left, and the black-market cap once the stations can sell nothing.
 */
class FuelPriceTest {
    private static final FuelParams P = ScenarioLibrary.standard().load("default", List.of()).scenario().fuel();

    @Test
    void atTargetFuelSellsAtTheNormalPrice() {
        assertEquals(P.normalPriceCfa(), FuelSupply.price(P, P.targetStockDays()), 1e-9);
        assertEquals(P.normalPriceCfa(), FuelSupply.price(P, 2 * P.targetStockDays()), 1e-9);
    }

    @Test
    void withHalfTheSellableStockLeftThePriceRisesByTwoToTheElasticity() {
        double half = P.securityStockDays() + (P.targetStockDays() - P.securityStockDays()) / 2;
        assertEquals(P.normalPriceCfa() * Math.pow(2, P.priceElasticity()), FuelSupply.price(P, half), 1e-6);
    }

    @Test
    void whenOnlyTheSecurityStockIsLeftTheStationsAreDryAndTheInformalMarketSetsThePrice() {
        assertEquals(P.normalPriceCfa() * P.blackMarketCap(), FuelSupply.price(P, P.securityStockDays()), 1e-9);
        assertEquals(P.normalPriceCfa() * P.blackMarketCap(), FuelSupply.price(P, 0), 1e-9);
        double nearlyDry = P.securityStockDays() + 0.5;
        assertEquals(P.normalPriceCfa() * P.blackMarketCap(), FuelSupply.price(P, nearlyDry), 1e-9);
    }
}
