package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.StrategyParams.RussiaRule;
import org.sahelsim.model.submodels.Economy;
import org.sahelsim.model.submodels.Reinforcements;

/**
 * The Russian contract's life, as Moscow and Bamako bargain over it ("Russia reacted strongly by
 * suspending its military operations"; "Moscow and Bamako finally reached a compromise in the
 * summer of 2025 that included the construction of Mali's first gold-refining plant", press
 * review): Russia reinforces ({@code reinforce}) while it is paid and the state is losing ground,
 * reviewing the contract every {@code review_months}; once operations have been suspended for
 * arrears a while, the junta offers a deal ({@code deal}, the junta's) that settles part of them;
 * if they stay suspended long enough, Russia ends the contract and leaves ({@code leave}).
 * Suspension itself is {@link RussianForces}'s rule (in both modes).
 */
public final class RussiaContract extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final RussiaRule p;
    private final double dominance;
    private final double exitWeeks;
    private final Reinforcements reinforcements;
    private final Economy economy;
    private int suspendedMonths;
    private int monthsSinceReview;
    private double enemies;
    private final List<Choice> choices = List.of(new Leave(), new Deal(), new Reinforce());

    public RussiaContract(RussiaRule params, double temperature, double dominance, double exitWeeks,
                          Reinforcements reinforcements, Economy economy) {
        super(temperature);
        this.p = params;
        this.dominance = dominance;
        this.exitWeeks = exitWeeks;
        this.reinforcements = reinforcements;
        this.economy = economy;
    }

    @Override
    public String key() {
        return "russia";
    }

    @Override
    protected List<Choice> choices() {
        return choices;
    }

    private static boolean active(WorldState w) {
        return w.russiaContract && w.strength[Force.RUSSIA.ordinal()] > 0;
    }

    @Override
    protected void observe(WorldState w, Week week) {
        if (!active(w)) {
            suspendedMonths = 0;
            return;
        }
        suspendedMonths = w.russiaSuspended ? suspendedMonths + 1 : 0;
        // The contract is reviewed once every review_months: the month after a review that changed
        // nothing, the count starts again.
        monthsSinceReview = monthsSinceReview >= p.reviewMonths() ? 1 : monthsSinceReview + 1;
        enemies = Sides.enemyTerritory(w, dominance);
    }

    private final class Leave extends Choice {
        private static final long serialVersionUID = 1L;

        Leave() {
            super("leave");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "End the contract and leave (operations suspended for %d months)", suspendedMonths);
        }

        @Override
        public boolean open(WorldState w) {
            return active(w) && w.russiaSuspended;
        }

        @Override
        public double pressure(WorldState w) {
            return suspendedMonths / p.leaveAfter();
        }

        @Override
        public void take(WorldState w, Week week) {
            double troops = w.strength[Force.RUSSIA.ordinal()];
            w.russiaContract = false;
            reinforcements.ramp(w, Force.RUSSIA, 0, (int) Math.round(exitWeeks), week.tick());
            week.log("decision", "bamako", List.of("russia", "state"), String.format(Locale.ROOT,
                    "Russia ends its contract: operations suspended for %d months, Bamako %.0f months behind on the fee; %.0f troops leave",
                    suspendedMonths, w.arrearsMonths, troops));
        }
    }

    private final class Deal extends Choice {
        private static final long serialVersionUID = 1L;

        Deal() {
            super("deal_russia", "state");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Offer Moscow a gold concession to settle %.0f months of arrears", p.dealMonths());
        }

        @Override
        public boolean open(WorldState w) {
            return active(w) && w.russiaSuspended && w.russiaContract;
        }

        @Override
        public double pressure(WorldState w) {
            return suspendedMonths / p.dealAfter();
        }

        @Override
        public void take(WorldState w, Week week) {
            double before = w.arrearsMonths;
            economy.settleArrears(w, p.dealMonths());
            week.log("decision", "bamako", List.of("state", "russia"), String.format(Locale.ROOT,
                    "The junta strikes a deal with Moscow (a gold concession) after %d months of suspended operations: %.0f of %.0f months of arrears settled",
                    suspendedMonths, before - w.arrearsMonths, before));
        }
    }

    private final class Reinforce extends Choice {
        private static final long serialVersionUID = 1L;

        Reinforce() {
            super("reinforce");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Reinforce to %.0f troops", Math.min(p.maxTroops(), w.mandate[Force.RUSSIA.ordinal()] + p.reinforceTroops()));
        }

        @Override
        public boolean open(WorldState w) {
            return active(w) && !w.russiaSuspended && w.arrearsMonths <= 0 && w.mandate[Force.RUSSIA.ordinal()] < p.maxTroops()
                    && (w.orders.given("russia") || monthsSinceReview >= p.reviewMonths());
        }

        @Override
        public double pressure(WorldState w) {
            return enemies;
        }

        @Override
        public double threshold() {
            return p.reinforceThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            monthsSinceReview = 0;
            double to = Math.min(p.maxTroops(), w.mandate[Force.RUSSIA.ordinal()] + p.reinforceTroops());
            reinforcements.ramp(w, Force.RUSSIA, to, 26, week.tick());
            week.log("decision", "bamako", List.of("russia", "state"), String.format(Locale.ROOT,
                    "Russia reinforces to %.0f troops: Bamako pays, and the state's enemies hold %.0f%% of the territory", to, 100 * enemies));
        }
    }
}
