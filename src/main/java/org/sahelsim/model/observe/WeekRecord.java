package org.sahelsim.model.observe;

import java.time.LocalDate;

/**
 * What a week looked like, nationally and per region. Shares are indexed by {@link
 * org.sahelsim.model.Side} ordinal, with index {@code Side.COUNT} for contested and {@code Side.COUNT + 1}
 * for ungoverned (nobody's); each row sums to 1.
 *
 * @param tick                 week number from 0
 * @param date                 the week's first day
 * @param territory            national area shares
 * @param population           national population shares
 * @param regionTerritory      {@code [region][side, contested or ungoverned]} area shares
 * @param regionPopulation     {@code [region][side, contested or ungoverned]} population shares
 * @param fuelPriceBamako      CFA per litre
 * @param fuelStockBamakoDays  days of normal demand
 * @param violentEvents        violent events this week
 * @param fatalities           killed this week, all sides
 * @param civilianFatalities   civilians killed this week
 * @param troops               strength by {@link org.sahelsim.model.Force} ordinal
 * @param cohesion             junta cohesion 0–1
 * @param treasuryUsd          the state's cash
 * @param meanGrievance        population-weighted grievance against the state
 * @param legitimacy           the state's legitimacy 0–1
 * @param regionEvents         violent events this week per region (combat, assaults, raids, ambushes)
 * @param regionFatalities     killed this week per region, all sides and civilians
 */
public record WeekRecord(int tick, LocalDate date, double[] territory, double[] population,
                         double[][] regionTerritory, double[][] regionPopulation,
                         double fuelPriceBamako, double fuelStockBamakoDays,
                         int violentEvents, double fatalities, double civilianFatalities,
                         double[] troops, double cohesion, double treasuryUsd, double meanGrievance, double legitimacy,
                         int[] regionEvents, double[] regionFatalities) implements java.io.Serializable {
}
