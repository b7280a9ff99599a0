package org.sahelsim.model.params;

/**
 * The state's money: gold, taxes, the army and the Russian contract, in US dollars.
 *
 * @param goldUsdPerTonne        gold price, US$ per tonne
 * @param stateGoldTake          share of a mine's output value the state collects (royalties,
 *                               taxes, its equity) where it holds the mine
 * @param securityShare          share of the state's revenue that goes to security (the army and the Russian contract)
 * @param taxUsdPerCapitaMonth   tax revenue per person a month in state-held ground at normal activity
 * @param fuelActivityElasticity how strongly economic activity falls with the fuel price
 * @param taxCutShare            share of tax revenue given up while a tax cut is in force
 * @param soldierUsdMonth        cost of a FAMa soldier a month
 * @param russiaFeeUsdMonth      the Russian contract's fee a month
 * @param treasuryUsd            cash at the start
 * @param arrearsMonthsToSuspend months of unpaid fee after which Russian forces suspend operations
 * @param source                 where the numbers come from
 */
public record EconomyParams(@Bounds(min = 0) double goldUsdPerTonne,
                            @Bounds(min = 0, max = 1) double stateGoldTake,
                            @Bounds(min = 0, max = 1) double securityShare,
                            @Bounds(min = 0, max = 1e6) double taxUsdPerCapitaMonth,
                            @Bounds(min = 0) double fuelActivityElasticity,
                            @Bounds(min = 0, max = 1) double taxCutShare,
                            @Bounds(min = 0) double soldierUsdMonth,
                            @Bounds(min = 0) double russiaFeeUsdMonth,
                            double treasuryUsd,
                            @Bounds(min = 0) double arrearsMonthsToSuspend,
                            @Optional String source) implements java.io.Serializable {
}
