package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.StrategyParams.EcowasRule;
import org.sahelsim.model.submodels.Economy;

/**
 * ECOWAS and the junta's transition: a regional bloc sanctions a junta whose timetable breaks its
 * rules and lifts the sanctions on a deal. Months without an agreed timetable since the last coup
 * build the pressure to sanction; months under sanctions build the junta's pressure to agree one
 * (ECOWAS sanctions 9 Jan–3 Jul 2022; "Mali defaulted on >US$300 M of debt" meanwhile, FACTS 3b, 4).
 * A new coup restarts the clock. Petroleum products were exempt, so no fuel corridor closes.
 */
public final class Ecowas extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final EcowasRule p;
    private final double temperature;
    private final Economy economy;
    private int coupsSeen = -1;
    private boolean deal;
    private int monthsWithoutDeal;
    private int monthsUnder;
    private boolean everSanctioned;

    public Ecowas(EcowasRule params, double temperature, Economy economy) {
        this.p = params;
        this.temperature = temperature;
        this.economy = economy;
    }

    @Override
    public String key() {
        return "ecowas";
    }

    /** Whether ECOWAS has sanctioned the junta at some point of the run. */
    public boolean everSanctioned() {
        return everSanctioned;
    }

    @Override
    public void decide(WorldState w, Week week) {
        if (coupsSeen < 0) coupsSeen = w.coups;
        if (w.coups > coupsSeen) {
            coupsSeen = w.coups;
            deal = false;
            monthsWithoutDeal = 0;
        }
        if (w.sanctions) {
            monthsUnder++;
            if (Rule.acts(monthsUnder / p.dealMonths(), 1, temperature, week.random())) {
                deal = true;
                economy.sanction(w, false, 0);
                week.log("decision", "", List.of("state", "ecowas"), String.format(Locale.ROOT,
                        "The junta agrees a transition timetable and ECOWAS lifts its sanctions after %d months", monthsUnder));
            }
            return;
        }
        if (deal) return;
        monthsWithoutDeal++;
        if (!Rule.acts(monthsWithoutDeal / p.graceMonths(), 1, temperature, week.random())) return;
        monthsUnder = 0;
        everSanctioned = true;
        economy.sanction(w, true, p.revenueLoss());
        week.log("decision", "", List.of("ecowas", "state"), String.format(Locale.ROOT,
                "ECOWAS sanctions the junta: %d months since its coup without an agreed transition timetable; the state loses %.0f%% of its revenue",
                monthsWithoutDeal, 100 * p.revenueLoss()));
    }
}
