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
 * (30 Jun 2023), withdrawal through 31 Dec 2023 (FACTS 4).
 */
public final class UnMission extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final ConsentRule p;
    private final double temperature;
    private final Reinforcements reinforcements;
    private final double[] abuses = new double[3];
    private boolean ended;

    public UnMission(ConsentRule params, double temperature, Reinforcements reinforcements) {
        this.p = params;
        this.temperature = temperature;
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
    public void decide(WorldState w, Week week) {
        System.arraycopy(abuses, 0, abuses, 1, abuses.length - 1);
        abuses[0] = w.stateAbusesSinceDecisions;
        int un = Force.MINUSMA.ordinal();
        if (ended || w.strength[un] <= 0) return;
        double russians = w.strength[Force.RUSSIA.ordinal()];
        boolean westGone = w.strength[Force.FRANCE.ordinal()] <= 0;
        double reported = abuses[0] + abuses[1] + abuses[2];
        double pressure = p.rival() * russians / 1000 + (westGone ? p.westGone() : 0) + p.abuses() * reported / 100;
        if (!Rule.acts(pressure, p.threshold(), temperature, week.random())) return;
        ended = true;
        reinforcements.ramp(w, Force.MINUSMA, 0, p.exitWeeks(), week.tick());
        week.log("decision", "", List.of("state", "minusma"), String.format(Locale.ROOT,
                "The junta withdraws its consent and the UN mission's mandate ends: %.0f Russian troops in the country, %s, %.0f civilians killed by the state's forces in three months; %.0f peacekeepers leave over %d weeks",
                russians, westGone ? "France gone" : "France still there", reported, w.strength[un], p.exitWeeks()));
    }
}
