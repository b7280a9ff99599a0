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
 * cell at its own fuel price. A group that administers its ground as JNIM does (courts, zakat
 * collectors, food distributions, mediation) pays for it too, {@code governing_usd_per_km2_month}
 * for each km² governed, before its fighters. A
 * blockade that chokes the state's economy chokes the blockader's purse too, and the ground a
 * group takes pays it only as far as there are people and trade there to tax: wide, thinly
 * peopled ground costs more to govern than it yields, and a group's growth slows as it spreads.
 */
public final class WarChest implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final double levyUsdPerPersonMonth;
    private final double fighterUsdMonth;
    private final double activityElasticity;
    private final double governingUsdPerKm2Month;

    /**
     * @param levyUsdPerPersonMonth what a person of governed ground pays the group a month at normal activity, US$
     * @param fighterUsdMonth       what keeping one fighter costs the group a month, US$
     * @param activityElasticity    how economic activity falls with the fuel price ({@code economy.fuel_activity_elasticity})
     */
    public WarChest(double levyUsdPerPersonMonth, double fighterUsdMonth, double activityElasticity) {
        this(levyUsdPerPersonMonth, fighterUsdMonth, activityElasticity, 0);
    }

    /** @param governingUsdPerKm2Month what governing a km² costs the group a month (its courts, collectors and patrols), US$ */
    public WarChest(double levyUsdPerPersonMonth, double fighterUsdMonth, double activityElasticity, double governingUsdPerKm2Month) {
        this.levyUsdPerPersonMonth = levyUsdPerPersonMonth;
        this.fighterUsdMonth = fighterUsdMonth;
        this.activityElasticity = activityElasticity;
        this.governingUsdPerKm2Month = governingUsdPerKm2Month;
    }

    /** No money limit: every fighter is paid. */
    public static WarChest unlimited() {
        return new WarChest(Double.POSITIVE_INFINITY, 1, 0);
    }

    /** Whether it sets no limit. */
    public boolean unlimitedPurse() {
        return Double.isInfinite(levyUsdPerPersonMonth);
    }

    /**
     * A side's governed ground, added up in one pass over the cells (each cell's share the side's
     * control or administration there, whichever is more): its people, with those across the
     * border ({@link Hinterland}), the men's ceiling reads them; the same people weighted by each
     * cell's economic activity, the levy's base; and its km², what governing costs.
     *
     * @param people      the governed people
     * @param taxedPeople the governed people times their cell's economic activity (0 for an unlimited purse)
     * @param km2         the governed area, km²
     */
    public record Ground(double people, double taxedPeople, double km2) {
    }

    /** The side's governed ground ({@link Ground}) in one pass over the cells. */
    public Ground ground(WorldState w, Side side, Hinterland across) {
        int s = side.ordinal();
        boolean taxed = !unlimitedPurse();
        double people = 0;
        double taxedPeople = 0;
        double km2 = 0;
        // A cell's activity is its fuel price's: worked out again only where the price differs from
        // the cell before's (a region's cells share one price), the same number either way.
        double price = Double.NaN;
        double activity = Double.NaN;
        for (int c = 0; c < w.cells; c++) {
            double governed = Math.max(w.control[s][c], w.administration[s][c]);
            double here = (w.geo.population(c) + across.people(c)) * governed;
            people += here;
            km2 += w.geo.areaKm2(c) * governed;
            if (taxed && governed > 0) {
                if (w.fuelPrice[c] != price) {
                    price = w.fuelPrice[c];
                    activity = Economy.activity(price, w.normalFuelPrice, activityElasticity);
                }
                taxedPeople += here * activity;
            }
        }
        return new Ground(people, taxedPeople, km2);
    }

    /** The side's income a month from the ground it governs, US$. */
    public double incomeUsdMonth(WorldState w, Side side) {
        return incomeUsdMonth(w, side, Hinterland.none());
    }

    /** The side's income a month from the ground it governs and its ground across the border ({@link Hinterland}), US$ (unlimited: infinite). */
    public double incomeUsdMonth(WorldState w, Side side, Hinterland across) {
        if (unlimitedPurse()) return Double.POSITIVE_INFINITY;
        return ground(w, side, across).taxedPeople() * levyUsdPerPersonMonth;
    }

    /** What governing its ground costs the side a month, US$: each cell's area times its control or administration there. */
    public double governingUsdMonth(WorldState w, Side side) {
        return governingUsdMonth(ground(w, side, Hinterland.none()));
    }

    private double governingUsdMonth(Ground g) {
        return governingUsdPerKm2Month <= 0 ? 0 : g.km2() * governingUsdPerKm2Month;
    }

    /** The fighters the side's income keeps paid once its ground is governed (none when governing takes it all). */
    public double payableFighters(WorldState w, Side side) {
        return payableFighters(w, side, Hinterland.none());
    }

    /** The fighters the side's income, with its ground across the border, keeps paid once its ground in Mali is governed. */
    public double payableFighters(WorldState w, Side side, Hinterland across) {
        return payableFighters(ground(w, side, across));
    }

    /** The fighters the income of the governed ground {@code g} keeps paid once that ground is governed. */
    public double payableFighters(Ground g) {
        if (unlimitedPurse()) return Double.POSITIVE_INFINITY;
        return Math.max(0, g.taxedPeople() * levyUsdPerPersonMonth - governingUsdMonth(g)) / fighterUsdMonth;
    }
}
