package org.sahelsim.model.submodels;

import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.EconomyParams;
import org.sahelsim.model.world.Mine;

/**
 * The state's monthly budget: gold from the mines it holds, taxes from the activity of the
 * people it governs (which falls with the fuel price), less the army's pay and the Russian
 * contract. When the cash runs out the state pays its soldiers first and falls into arrears
 * with the Russians, who suspend operations after {@code arrearsMonthsToSuspend} months.
 */
public final class Economy extends Submodel {
    private static final long serialVersionUID = 1L;

    private final EconomyParams p;
    private final double normalFuelPrice;
    private final double dominance;

    public Economy(EconomyParams params, double normalFuelPrice, double dominance) {
        this.p = params;
        this.normalFuelPrice = normalFuelPrice;
        this.dominance = dominance;
    }

    /** Gold revenue a month, US$: each mine's output times the state's control of its cell. */
    public double goldRevenue(WorldState w) {
        double r = 0;
        for (Mine m : w.geo.mines()) if (!Double.isNaN(m.tonnesPerYear())) r += m.tonnesPerYear() / 12.0 * w.goldUsdPerTonne * p.stateGoldTake() * w.control[Side.STATE.ordinal()][m.cell()];
        return r;
    }

    /** Tax revenue a month, US$. */
    public double taxRevenue(WorldState w) {
        double people = 0;
        for (int c = 0; c < w.cells; c++) if (w.dominant(c, dominance) == Side.STATE) people += w.geo.population(c);
        double activity = activity(w.bamakoPrice, normalFuelPrice, p.fuelActivityElasticity());
        double cut = w.taxCut ? 1 - p.taxCutShare() : 1.0;
        return people * p.taxUsdPerCapitaMonth() * activity * cut;
    }

    /**
     * Economic activity at a fuel price, 1 at the normal price or below:
     * {@code 1 / (1 + elasticity × max(0, price / normal − 1))}.
     */
    public static double activity(double price, double normal, double elasticity) {
        return 1 / (1 + elasticity * Math.max(0, price / normal - 1));
    }

    @Override
    public void step(WorldState w, Week week) {
        if (week.startsMonth()) month(w);
    }

    /** ECOWAS sanctions on or off: while on, the state's revenue falls by {@code revenueLoss} (a share). */
    public void sanction(WorldState w, boolean on, double revenueLoss) {
        w.sanctions = on;
        w.sanctionsRevenueLoss = revenueLoss;
    }

    /** The state spends {@code usd} from its treasury (a purchase). */
    public void spend(WorldState w, double usd) {
        w.treasuryUsd -= usd;
    }

    /** A deal settles {@code months} of the state's arrears to its Russian partner. */
    public void settleArrears(WorldState w, double months) {
        w.arrearsMonths = Math.max(0, w.arrearsMonths - months);
    }

    /** The month's budget: revenue in, the army's pay and the Russian fee out. */
    public void month(WorldState w) {
        double revenue = p.securityShare() * (goldRevenue(w) + taxRevenue(w)) * (w.sanctions ? 1 - w.sanctionsRevenueLoss : 1);
        double army = w.strength[Force.FAMA.ordinal()] * p.soldierUsdMonth();
        w.treasuryUsd += revenue - army;
        if (w.russiaContract && w.strength[Force.RUSSIA.ordinal()] > 0) {
            if (w.treasuryUsd >= p.russiaFeeUsdMonth()) {
                w.treasuryUsd -= p.russiaFeeUsdMonth();
                w.arrearsMonths = Math.max(0, w.arrearsMonths - 1);
            } else {
                w.arrearsMonths += 1;
            }
        }
    }

    public double arrearsMonthsToSuspend() {
        return p.arrearsMonthsToSuspend();
    }

    public double russiaFee() {
        return p.russiaFeeUsdMonth();
    }
}
