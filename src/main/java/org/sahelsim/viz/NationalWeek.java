package org.sahelsim.viz;

import java.time.LocalDate;
import java.util.Map;

/**
 * One row of {@code national.csv}: the country in one week.
 *
 * @param date               the Monday that starts the week
 * @param tick               week number from 0
 * @param territory          share of Mali's area per territorial actor (and {@code contested})
 * @param population         share of Mali's population per territorial actor (and {@code contested})
 * @param fuelPriceBamako    pump price in Bamako, CFA francs per litre
 * @param fuelStockBamakoDays Bamako's fuel stock in days of normal demand
 * @param violentEvents      violent events this week
 * @param fatalities         people killed this week
 * @param civilianFatalities civilians killed this week
 * @param troops             strength per force id, in the file's column order
 */
public record NationalWeek(LocalDate date, int tick,
                           Map<String, Double> territory, Map<String, Double> population,
                           double fuelPriceBamako, double fuelStockBamakoDays,
                           double violentEvents, double fatalities, double civilianFatalities,
                           Map<String, Double> troops) {
    public NationalWeek {
        territory = Map.copyOf(territory);
        population = Map.copyOf(population);
        troops = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(troops));
    }
}
