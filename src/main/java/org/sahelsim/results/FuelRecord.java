package org.sahelsim.results;

import java.time.LocalDate;

/**
 * One row of the optional {@code fuel.csv.gz}: a depot's or a corridor's week.
 *
 * @param date             the week's Monday
 * @param kind             {@code depot} or {@code corridor}
 * @param id               depot or corridor id
 * @param deliveriesLitres litres delivered this week
 * @param convoysSent      convoys sent this week
 * @param convoysLost      convoys lost this week
 * @param tankersLost      tanker trucks lost this week
 * @param stockDays        stock in days of normal demand (depots)
 * @param priceCfa         pump price in CFA francs per litre (depots)
 * @param hitLon           longitude of the cell where the corridor's convoys were last hit this week (NaN if none)
 * @param hitLat           its latitude
 */
public record FuelRecord(LocalDate date, String kind, String id, double deliveriesLitres,
                         double convoysSent, double convoysLost, double tankersLost,
                         double stockDays, double priceCfa, double hitLon, double hitLat) {
    /** Whether this corridor row places a convoy loss on the map. */
    public boolean isLoss() {
        return isCorridor() && tankersLost > 0 && Double.isFinite(hitLon) && Double.isFinite(hitLat);
    }

    public boolean isCorridor() {
        return "corridor".equals(kind);
    }
}
