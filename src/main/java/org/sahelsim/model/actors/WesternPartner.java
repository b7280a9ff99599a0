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
 * coup and Wagner's arrival (Atalayar; Dakaractu). Choice: {@code leave}.
 */
public final class WesternPartner extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final Force force;
    private final PatronRule p;
    private final Reinforcements reinforcements;
    private double commitment;
    private int coupsSeen = -1;
    private boolean leaving;
    private double killedThisYear;
    private final List<Choice> choices = List.of(new Leave());

    public WesternPartner(Force force, PatronRule params, double temperature, Reinforcements reinforcements) {
        super(temperature);
        this.force = force;
        this.p = params;
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
    protected List<Choice> choices() {
        return choices;
    }

    @Override
    protected void observe(WorldState w, Week week) {
        int f = force.ordinal();
        if (coupsSeen < 0) coupsSeen = w.coups;
        double killed = w.killedSinceDecisions[f];
        killedThisYear = killedThisYear * 11 / 12 + killed;
        int coups = w.coups - coupsSeen;
        coupsSeen = w.coups;
        if (leaving || w.strength[f] <= 0) return;
        double russians = w.strength[Force.RUSSIA.ordinal()];
        commitment += p.recovery() * (1 - commitment) - p.casualties() * killed / 10 - p.rival() * russians / 1000 - p.coup() * coups;
        commitment = Math.max(0, Math.min(1, commitment));
    }

    private final class Leave extends Choice {
        private static final long serialVersionUID = 1L;

        Leave() {
            super("leave");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "%s leaves Mali (commitment %.2f)", force.label(), commitment);
        }

        @Override
        public boolean open(WorldState w) {
            return !leaving && w.strength[force.ordinal()] > 0;
        }

        @Override
        public double pressure(WorldState w) {
            return p.leaveBelow() - commitment;
        }

        @Override
        public double threshold() {
            return 0;
        }

        @Override
        public void take(WorldState w, Week week) {
            leaving = true;
            double troops = w.strength[force.ordinal()];
            reinforcements.ramp(w, force, 0, p.exitWeeks(), week.tick());
            week.log("decision", "", List.of(force.key(), "state"), String.format(Locale.ROOT,
                    "%s decides to leave Mali: its commitment is down to %.2f (%.0f Russian troops in the country, %.0f of its troops killed in the last year); its %.0f troops go over %d weeks",
                    force.label(), commitment, w.strength[Force.RUSSIA.ordinal()], killedThisYear, troops, p.exitWeeks()));
        }
    }
}
