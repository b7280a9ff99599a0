package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.StrategyParams.EcowasRule;
import org.sahelsim.model.submodels.Economy;

/**
 * ECOWAS and the junta's transition: a regional bloc sanctions a junta whose timetable breaks its
 * rules ({@code sanction}) and lifts the sanctions on a deal ({@code agree_timetable}, the
 * junta's). Months without an agreed timetable since the last coup build the pressure to
 * sanction; months under sanctions build the junta's pressure to agree one (ECOWAS sanctions
 * 9 Jan–3 Jul 2022; Mali defaulted on >US$300 M of debt meanwhile, godudunews; APA News). A new coup
 * restarts the clock. Petroleum products were exempt, so no fuel corridor closes.
 */
public final class Ecowas extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final EcowasRule p;
    private final Economy economy;
    private int coupsSeen = -1;
    private boolean deal;
    private int monthsWithoutDeal;
    private int monthsUnder;
    private boolean everSanctioned;
    private final List<Choice> choices = List.of(new AgreeTimetable(), new Sanction());

    public Ecowas(EcowasRule params, double temperature, Economy economy) {
        super(temperature);
        this.p = params;
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
    protected List<Choice> choices() {
        return choices;
    }

    @Override
    protected void observe(WorldState w, Week week) {
        if (coupsSeen < 0) coupsSeen = w.coups;
        if (w.coups > coupsSeen) {
            coupsSeen = w.coups;
            deal = false;
            monthsWithoutDeal = 0;
        }
        if (w.sanctions) monthsUnder++;
        else if (!deal) monthsWithoutDeal++;
    }

    private final class AgreeTimetable extends Choice {
        private static final long serialVersionUID = 1L;

        AgreeTimetable() {
            super("agree_timetable", "state");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Agree a transition timetable with ECOWAS (under sanctions for %d months)", monthsUnder);
        }

        @Override
        public boolean open(WorldState w) {
            return w.sanctions;
        }

        @Override
        public double pressure(WorldState w) {
            return monthsUnder / p.dealMonths();
        }

        @Override
        public void take(WorldState w, Week week) {
            deal = true;
            economy.sanction(w, false, 0);
            week.log("decision", "", List.of("state", "ecowas"), String.format(Locale.ROOT,
                    "The junta agrees a transition timetable and ECOWAS lifts its sanctions after %d months", monthsUnder));
        }
    }

    private final class Sanction extends Choice {
        private static final long serialVersionUID = 1L;

        Sanction() {
            super("sanction");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Sanction the junta (%d months since its coup without a timetable): %.0f%% of its revenue",
                    monthsWithoutDeal, 100 * p.revenueLoss());
        }

        @Override
        public boolean open(WorldState w) {
            return !w.sanctions && !deal;
        }

        @Override
        public double pressure(WorldState w) {
            return monthsWithoutDeal / p.graceMonths();
        }

        @Override
        public void take(WorldState w, Week week) {
            monthsUnder = 0;
            everSanctioned = true;
            economy.sanction(w, true, p.revenueLoss());
            week.log("decision", "", List.of("ecowas", "state"), String.format(Locale.ROOT,
                    "ECOWAS sanctions the junta: %d months since its coup without an agreed transition timetable; the state loses %.0f%% of its revenue",
                    monthsWithoutDeal, 100 * p.revenueLoss()));
        }
    }
}
