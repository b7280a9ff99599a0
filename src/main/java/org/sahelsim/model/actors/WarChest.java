package org.sahelsim.model.actors;

import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.submodels.Economy;

/**
 * An insurgent group's money (ODD §7.2): what the ground it governs pays it each month (zakat on
 * herds and harvests, taxes on trade and on the roads, each cell's people times the group's
 * control or administration there, whichever is more), and how many fighters that keeps paid, fed
 * and armed at {@code fighter_usd_month} each. The levy is taxed on trade and falls as trade does:
 * by the same economic activity the state's taxes follow ({@link Economy#activity}), read in each
 * cell at its own fuel price. A blockade that chokes the state's economy chokes the blockader's
 * purse too, and the ground a group takes pays it only as far as there is trade there to tax.
 */
public final class WarChest implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final double levyUsdPerPersonMonth;
    private final double fighterUsdMonth;
    private final double activityElasticity;

    /**
     * @param levyUsdPerPersonMonth what a person of governed ground pays the group a month at normal activity, US$
     * @param fighterUsdMonth       what keeping one fighter costs the group a month, US$
     * @param activityElasticity    how economic activity falls with the fuel price ({@code economy.fuel_activity_elasticity})
     */
    public WarChest(double levyUsdPerPersonMonth, double fighterUsdMonth, double activityElasticity) {
        this.levyUsdPerPersonMonth = levyUsdPerPersonMonth;
        this.fighterUsdMonth = fighterUsdMonth;
        this.activityElasticity = activityElasticity;
    }

    /** No money limit: every fighter is paid. */
    public static WarChest unlimited() {
        return new WarChest(Double.POSITIVE_INFINITY, 1, 0);
    }

    /** Whether it sets no limit. */
    public boolean unlimitedPurse() {
        return Double.isInfinite(levyUsdPerPersonMonth);
    }

    /** The side's income a month from the ground it governs, US$. */
    public double incomeUsdMonth(WorldState w, Side side) {
        int s = side.ordinal();
        double income = 0;
        for (int c = 0; c < w.cells; c++) {
            double governed = Math.max(w.control[s][c], w.administration[s][c]);
            if (governed <= 0) continue;
            income += w.geo.population(c) * governed * Economy.activity(w.fuelPrice[c], w.normalFuelPrice, activityElasticity);
        }
        return income * levyUsdPerPersonMonth;
    }

    /** The fighters the side's income keeps paid. */
    public double payableFighters(WorldState w, Side side) {
        if (unlimitedPurse()) return Double.POSITIVE_INFINITY;
        return incomeUsdMonth(w, side) / fighterUsdMonth;
    }
}
