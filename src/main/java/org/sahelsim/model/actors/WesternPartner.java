package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.StrategyParams.PatronRule;
import org.sahelsim.model.submodels.Reinforcements;

/**
 * A Western partner deciding whether to stay (France; the EU's training mission). Its
 * commitment recovers slowly and falls with its own dead, with a rival patron in the country
 * and with each coup by the junta it works with (bargaining models of intervention: a patron
 * stays while what it gets outweighs what it pays). Below its threshold it leaves, its troops
 * going home over some weeks: "France announces withdrawal" (17 Feb 2022) after the second
 * coup and Wagner's arrival (FACTS 4).
 */
public final class WesternPartner extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final Force force;
    private final PatronRule p;
    private final double temperature;
    private final Reinforcements reinforcements;
    private double commitment;
    private int coupsSeen = -1;
    private boolean leaving;
    private double killedThisYear;

    public WesternPartner(Force force, PatronRule params, double temperature, Reinforcements reinforcements) {
        this.force = force;
        this.p = params;
        this.temperature = temperature;
        this.reinforcements = reinforcements;
        this.commitment = params.commitmentStart();
    }

    @Override
    public String key() {
        return force.key();
    }

    /** Its commitment to staying, 0–1. */
    public double commitment() {
        return commitment;
    }

    /** Whether it has decided to leave. */
    public boolean leaving() {
        return leaving;
    }

    @Override
    public void decide(WorldState w, Week week) {
        int f = force.ordinal();
        if (coupsSeen < 0) coupsSeen = w.coups;
        if (leaving || w.strength[f] <= 0) return;
        double killed = w.killedSinceDecisions[f];
        killedThisYear = killedThisYear * 11 / 12 + killed;
        double russians = w.strength[Force.RUSSIA.ordinal()];
        int coups = w.coups - coupsSeen;
        coupsSeen = w.coups;
        commitment += p.recovery() * (1 - commitment) - p.casualties() * killed / 10 - p.rival() * russians / 1000 - p.coup() * coups;
        commitment = Math.max(0, Math.min(1, commitment));
        if (!Rule.acts(p.leaveBelow() - commitment, 0, temperature, week.random())) return;
        leaving = true;
        reinforcements.ramp(w, force, 0, p.exitWeeks(), week.tick());
        week.log("decision", "", List.of(force.key(), "state"), String.format(Locale.ROOT,
                "%s decides to leave Mali: its commitment is down to %.2f (%.0f Russian troops in the country, %.0f of its troops killed in the last year); its %.0f troops go over %d weeks",
                force.label(), commitment, russians, killedThisYear, w.strength[f], p.exitWeeks()));
    }
}
