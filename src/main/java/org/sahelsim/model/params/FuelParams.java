package org.sahelsim.model.params;

import java.util.Map;

/**
 * Fuel: imports by corridor, convoys, stocks and prices.
 *
 * @param dailyDemandLitres   Mali's normal consumption, litres a day
 * @param normalPriceCfa      normal pump price, CFA francs per litre
 * @param stockDaysStart      stock at the start, in days of normal demand
 * @param targetStockDays     the stock importers aim to hold, in days of demand
 * @param refillWeeks         importers and depots close the gap to their target stock over this many weeks
 * @param mobilityFloor       the state forces' mobility factor with empty stocks (it rises to 1 with Bamako's stock at target)
 * @param priceElasticity     how steeply price rises as stock falls below target
 * @param informalPrice       the informal market's price as a multiple of the normal price: what a litre costs
 *                            once the stations are dry, the height the price approaches as they run dry
 * @param securityStockDays   days of demand the state keeps back in a depot (its security stock): stations run
 *                            dry with that much left, and the price reads the stock above it
 * @param tankerLitres        litres per tanker truck
 * @param convoyTankers       tankers in an ordinary convoy
 * @param interdiction        weekly chance an unescorted convoy is hit per fully insurgent-held road cell
 * @param blockadeMultiplier  how many times more often convoys are hit under a declared blockade
 * @param escortProtection    share of interdiction an escort prevents per 100 escorting troops
 * @param lossPerHit          share of a convoy's tankers destroyed when it is hit
 * @param ruralRestriction    share of rural demand refused while rural fuel sales are restricted
 * @param ruralRestrictionRegions the regions whose rural areas the restriction covers (its hardship,
 *                            the demand refused and the insurgents' lost mobility are there only)
 * @param militaryLitresPerTroopDay fuel a deployed soldier's operations burn each day
 * @param escortTroopsPerConvoy troops the state puts on a convoy it escorts (taken from FAMa's field army while it escorts)
 * @param blockadeRoadFocus   share of JNIM's fighters it sends onto the blockaded roads while the blockade lasts
 * @param ambushBand          fighters that make full presence on a road cell whatever its size (a band at the
 *                            road); absent: full presence is the insurgents' troops per km² times the cell's area
 * @param halfDispatchLoss    the share of its tankers a corridor's road lost over the last four weeks (as if
 *                            unescorted) at which its importers send half their loads, holding the rest at the
 *                            border (with an escort running, the danger they weigh is what it leaves); absent:
 *                            they ship whatever the danger
 * @param corridors           per corridor id
 * @param source              where the numbers come from
 */
public record FuelParams(@Bounds(min = 0, max = 1e9) double dailyDemandLitres,
                         @Bounds(min = 0) double normalPriceCfa,
                         @Bounds(min = 0) double stockDaysStart,
                         @Bounds(min = 0) double targetStockDays,
                         @Bounds(min = 1) double refillWeeks,
                         @Bounds(min = 0, max = 1) double mobilityFloor,
                         @Bounds(min = 0) double priceElasticity,
                         @Bounds(min = 1.01) double informalPrice,
                         @Bounds(min = 0) double securityStockDays,
                         @Bounds(min = 1) double tankerLitres,
                         @Bounds(min = 1) double convoyTankers,
                         @Bounds(min = 0, max = 1) double interdiction,
                         @Bounds(min = 1) double blockadeMultiplier,
                         @Bounds(min = 0, max = 1) double escortProtection,
                         @Bounds(min = 0, max = 1) double lossPerHit,
                         @Bounds(min = 0, max = 1) double ruralRestriction,
                         RegionScope ruralRestrictionRegions,
                         @Bounds(min = 0) double militaryLitresPerTroopDay,
                         @Bounds(min = 0) double escortTroopsPerConvoy,
                         @Bounds(min = 0, max = 1) double blockadeRoadFocus,
                         @Optional @Bounds(min = 1) Double ambushBand,
                         @Optional @Bounds(min = 1e-6, max = 1) Double halfDispatchLoss,
                         Map<String, CorridorParams> corridors,
                         @Optional String source) implements Validated, java.io.Serializable {
    /** {@link #ambushBand}, 0 where absent (full presence by density). */
    public double ambushBandFighters() {
        return ambushBand == null ? 0 : ambushBand;
    }

    /** Whether importers hold tankers at the border as a road grows dangerous ({@link #halfDispatchLoss} set). */
    public boolean bordersWait() {
        return halfDispatchLoss != null;
    }

    @Override
    public void validate(Checker check) {
        check.require(securityStockDays < targetStockDays, "security_stock_days", String.valueOf(securityStockDays),
                "a security stock smaller than target_stock_days (" + targetStockDays + ")");
        double sum = 0;
        for (CorridorParams c : corridors.values()) sum += c.share();
        check.require(Math.abs(sum - 1) <= 1e-6, "corridors", String.format(java.util.Locale.ROOT, "shares summing to %.4f", sum),
                "corridor shares of normal imports that sum to 1");
    }

}
