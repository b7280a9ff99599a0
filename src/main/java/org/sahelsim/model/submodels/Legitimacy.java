package org.sahelsim.model.submodels;

import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.StrategyParams.LegitimacyRule;

/**
 * The state's legitimacy (Epstein's L, ODD §7.2), monthly. It moves toward
 * {@code start + security × (share of people the state holds − that share at the start) −
 * abuses × (civilians the state's forces killed in the month / 100) − hardship × min(1, Bamako's
 * fuel price / normal − 1) + standing}, standing the lasting cost of the defeats the people
 * remember ({@link org.sahelsim.model.WorldState#legitimacyStanding}, 0 but for the routs of
 * {@link ColumnRouts}), closing {@code rate} of the gap, plus the shocks of the month: a
 * foreign force gone (+{@code nationalist}: the sovereigntist moment), a coup (−{@code coup}).
 * Legitimacy then sets everyone's grievance against the state.
 */
public final class Legitimacy extends Submodel {
    private static final long serialVersionUID = 1L;

    private final LegitimacyRule p;
    private final double start;
    private final double normalPrice;
    private final double dominance;
    private double startShare = Double.NaN;

    public Legitimacy(LegitimacyRule params, double start, double normalPrice, double dominance) {
        this.p = params;
        this.start = start;
        this.normalPrice = normalPrice;
        this.dominance = dominance;
    }

    @Override
    public void step(WorldState w, Week week) {
        if (!week.startsMonth()) return;
        double share = Control.shares(w, dominance, true, -1)[Side.STATE.ordinal()];
        if (Double.isNaN(startShare)) startShare = share;
        double fuel = Math.max(0, Math.min(1, w.bamakoPrice / normalPrice - 1));
        double target = start + p.security() * (share - startShare) - p.abuses() * w.stateAbusesSinceDecisions / 100
                - p.hardship() * fuel + w.legitimacyStanding;
        target = Math.max(0, Math.min(1, target));
        w.legitimacy = Math.max(0, Math.min(1, w.legitimacy + p.rate() * (target - w.legitimacy) + w.legitimacyShock));
        w.legitimacyShock = 0;
        w.stateAbusesSinceDecisions = 0;
    }
}
