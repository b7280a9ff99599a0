package org.sahelsim.viz;

import java.time.LocalDate;

/**
 * One row of the optional {@code fuel.csv}: a depot's or a corridor's week.
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
 */
public record FuelRecord(LocalDate date, String kind, String id, double deliveriesLitres,
                         double convoysSent, double convoysLost, double tankersLost,
                         double stockDays, double priceCfa) {
    public boolean isCorridor() {
        return "corridor".equals(kind);
    }
}
