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
 * review): Russia reinforces while it is paid and the state is losing ground; once operations
 * have been suspended for arrears a while, the junta offers a deal that settles part of them; if
 * it stays suspended long enough, Russia ends the contract and leaves. Suspension itself is
 * {@link RussianForces}'s (in both modes).
 */
public final class RussiaContract extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final RussiaRule p;
    private final double temperature;
    private final double dominance;
    private final double exitWeeks;
    private final Reinforcements reinforcements;
    private final Economy economy;
    private int suspendedMonths;
    private int monthsSinceReview;

    public RussiaContract(RussiaRule params, double temperature, double dominance, double exitWeeks,
                          Reinforcements reinforcements, Economy economy) {
        this.p = params;
        this.temperature = temperature;
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
    public void decide(WorldState w, Week week) {
        int ru = Force.RUSSIA.ordinal();
        if (!w.russiaContract || w.strength[ru] <= 0) {
            suspendedMonths = 0;
            return;
        }
        suspendedMonths = w.russiaSuspended ? suspendedMonths + 1 : 0;
        if (w.russiaSuspended) {
            if (Rule.acts(suspendedMonths / p.leaveAfter(), 1, temperature, week.random())) {
                w.russiaContract = false;
                reinforcements.ramp(w, Force.RUSSIA, 0, (int) Math.round(exitWeeks), week.tick());
                week.log("decision", "bamako", List.of("russia", "state"), String.format(Locale.ROOT,
                        "Russia ends its contract: operations suspended for %d months, Bamako %.0f months behind on the fee; %.0f troops leave",
                        suspendedMonths, w.arrearsMonths, w.strength[ru]));
            } else if (Rule.acts(suspendedMonths / p.dealAfter(), 1, temperature, week.random())) {
                double before = w.arrearsMonths;
                economy.settleArrears(w, p.dealMonths());
                week.log("decision", "bamako", List.of("state", "russia"), String.format(Locale.ROOT,
                        "The junta strikes a deal with Moscow (a gold concession) after %d months of suspended operations: %.0f of %.0f months of arrears settled",
                        suspendedMonths, before - w.arrearsMonths, before));
            }
            return;
        }
        double insurgents = Sides.enemyTerritory(w, dominance);
        if (++monthsSinceReview < p.reviewMonths()) return;
        monthsSinceReview = 0;
        if (w.arrearsMonths > 0 || w.mandate[ru] >= p.maxTroops()) return;
        if (!Rule.acts(insurgents, p.reinforceThreshold(), temperature, week.random())) return;
        double to = Math.min(p.maxTroops(), w.mandate[ru] + p.reinforceTroops());
        reinforcements.ramp(w, Force.RUSSIA, to, 26, week.tick());
        week.log("decision", "bamako", List.of("russia", "state"), String.format(Locale.ROOT,
                "Russia reinforces to %.0f troops: Bamako pays, and the state's enemies hold %.0f%% of the territory", to, 100 * insurgents));
    }
}
