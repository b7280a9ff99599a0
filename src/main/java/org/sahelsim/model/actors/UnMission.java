package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.StrategyParams.ConsentRule;
import org.sahelsim.model.submodels.Reinforcements;

/**
 * The UN mission and the host's consent to it. A peacekeeping mission stays on the host's
 * consent; the junta's sovereigntist pressure grows with a rival patron's troops, with the
 * Western partners gone and with what the mission reports of its forces' abuses. Above the
 * threshold the junta withdraws consent and the mandate ends: "UN Security Council ends MINUSMA"
 * (30 Jun 2023), withdrawal through 31 Dec 2023 (UNSC Res 2690; defenceWeb). The choice is the junta's
 * ({@code withdraw_consent}, under the state's key).
 */
public final class UnMission extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final ConsentRule p;
    private final Reinforcements reinforcements;
    private final double[] abuses = new double[3];
    private boolean ended;
    private final List<Choice> choices = List.of(new WithdrawConsent());

    public UnMission(ConsentRule params, double temperature, Reinforcements reinforcements) {
        super(temperature);
        this.p = params;
        this.reinforcements = reinforcements;
    }

    @Override
    public String key() {
        return "minusma";
    }

    /** Whether the host has withdrawn its consent. */
    public boolean ended() {
        return ended;
    }

    @Override
    protected List<Choice> choices() {
        return choices;
    }

    @Override
    protected void observe(WorldState w, Week week) {
        System.arraycopy(abuses, 0, abuses, 1, abuses.length - 1);
        abuses[0] = w.stateAbusesSinceDecisions;
    }

    private double reported() {
        return abuses[0] + abuses[1] + abuses[2];
    }

    private final class WithdrawConsent extends Choice {
        private static final long serialVersionUID = 1L;

        WithdrawConsent() {
            super("withdraw_consent", "state");
        }

        @Override
        public String label(WorldState w) {
            return "Withdraw consent to the UN mission (it leaves)";
        }

        @Override
        public boolean open(WorldState w) {
            return !ended && w.strength[Force.MINUSMA.ordinal()] > 0;
        }

        @Override
        public double pressure(WorldState w) {
            boolean westGone = w.strength[Force.FRANCE.ordinal()] <= 0;
            return p.rival() * w.strength[Force.RUSSIA.ordinal()] / 1000 + (westGone ? p.westGone() : 0) + p.abuses() * reported() / 100;
        }

        @Override
        public double threshold() {
            return p.threshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            ended = true;
            int un = Force.MINUSMA.ordinal();
            double troops = w.strength[un];
            reinforcements.ramp(w, Force.MINUSMA, 0, p.exitWeeks(), week.tick());
            week.log("decision", "", List.of("state", "minusma"), String.format(Locale.ROOT,
                    "The junta withdraws its consent and the UN mission's mandate ends: %.0f Russian troops in the country, %s, %.0f civilians killed by the state's forces in three months; %.0f peacekeepers leave over %d weeks",
                    w.strength[Force.RUSSIA.ordinal()], w.strength[Force.FRANCE.ordinal()] <= 0 ? "France gone" : "France still there",
                    reported(), troops, p.exitWeeks()));
        }
    }
}
