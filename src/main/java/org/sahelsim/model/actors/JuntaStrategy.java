package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.StrategyParams.JuntaRule;
import org.sahelsim.model.submodels.Economy;
import org.sahelsim.model.submodels.Reinforcements;

/**
 * The junta's strategic choices, each month, with its treasury and its survival in mind:
 * <ul>
 * <li><b>a new patron</b>: it calls in Russian forces when the insurgents' ground and its Western
 * partner's wavering together pass its threshold, signing for the troops it can pay for ("at
 * least 1,000 for ~US$10.8M a month", Reuters, FACTS 3a);</li>
 * <li><b>arms</b>: it buys armed drones (Turkey's TB2s, FACTS 3b) from the treasury when it can pay
 * and the insurgents gain ground;</li>
 * <li><b>policies</b>: it restricts rural fuel sales to starve the insurgents when they hold the
 * countryside ("severely restricted fuel deliveries to rural areas", press review), and cuts
 * taxes to win back support when legitimacy falls and fuel is dear ("large-scale tax cuts");</li>
 * <li><b>intentions</b>: it orders the place others hold that it values most taken, when that
 * place is worth enough (the Kidal offensive of October 2023).</li>
 * </ul>
 */
public final class JuntaStrategy extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final JuntaRule p;
    private final double temperature;
    private final double dominance;
    private final double russiaFee;
    private final Reinforcements reinforcements;
    private final Economy economy;
    private final WesternPartner france;
    /** The most air power the state's side has had in the run (what it lost when a patron left). */
    private double bestAir = 1;

    public JuntaStrategy(JuntaRule params, double temperature, double dominance, double russiaFee,
                         Reinforcements reinforcements, Economy economy, WesternPartner france) {
        this.p = params;
        this.temperature = temperature;
        this.dominance = dominance;
        this.russiaFee = russiaFee;
        this.reinforcements = reinforcements;
        this.economy = economy;
        this.france = france;
    }

    @Override
    public String key() {
        return "state";
    }

    @Override
    public void decide(WorldState w, Week week) {
        double enemies = Sides.enemyTerritory(w, dominance);
        callPatron(w, week, enemies);
        buyDrones(w, week, enemies);
        restrictRuralFuel(w, week);
        cutTaxes(w, week);
        orderIntention(w, week);
    }

    private void callPatron(WorldState w, Week week, double insurgents) {
        if (w.russiaContract || w.jnimTalks) return;
        boolean franceHere = w.strength[Force.FRANCE.ordinal()] > 0 && !france.leaving();
        double wavering = franceHere ? 1 - france.commitment() : 1;
        double pressure = insurgents + wavering;
        if (!Rule.acts(pressure, p.patronThreshold(), temperature, week.random())) return;
        w.russiaContract = true;
        w.mandate[Force.RUSSIA.ordinal()] = p.contractTroops();
        reinforcements.ramp(w, Force.RUSSIA, p.contractTroops(), p.contractWeeks(), week.tick());
        week.log("decision", "bamako", List.of("state", "russia"), String.format(Locale.ROOT,
                "The junta calls in Russian forces: its enemies hold %.0f%% of the territory and %s; %.0f troops for US$%.1fM a month",
                100 * insurgents, franceHere ? String.format(Locale.ROOT, "France's commitment is down to %.2f", france.commitment()) : "France has gone",
                p.contractTroops(), russiaFee / 1e6));
    }

    /**
     * Drones replace the air power a departed patron took away, and answer the enemy's ground:
     * pressure = (the most air power the state's side has had − what it has now) / 2 + twice
     * the share of the territory its enemies hold.
     */
    private void buyDrones(WorldState w, Week week, double enemies) {
        int fama = Force.FAMA.ordinal();
        double air = org.sahelsim.model.submodels.Combat.airPower(w, Side.STATE);
        bestAir = Math.max(bestAir, air);
        if (w.isr[fama] >= p.droneMax() && w.airPower[fama] >= p.droneMax()) return;
        if (w.treasuryUsd < p.droneBatchUsd()) return;
        if (!Rule.acts((bestAir - air) / 2 + 2 * enemies, p.droneThreshold(), temperature, week.random())) return;
        economy.spend(w, p.droneBatchUsd());
        w.isr[fama] = Math.min(p.droneMax(), w.isr[fama] + p.droneIsr());
        w.airPower[fama] = Math.min(p.droneMax(), w.airPower[fama] + p.droneAir());
        week.log("decision", "bamako", List.of("state", "turkey"), String.format(Locale.ROOT,
                "The junta buys a batch of armed drones for US$%.0fM (its enemies hold %.0f%% of the territory, its side's air power is %.1f against %.1f at best): FAMa's ISR %.1f, air power %.1f",
                p.droneBatchUsd() / 1e6, 100 * enemies, air, bestAir, w.isr[fama], w.airPower[fama]));
    }

    private void restrictRuralFuel(WorldState w, Week week) {
        if (w.ruralFuelRestriction) return;
        double rural = Sides.insurgentRuralPeople(w, dominance);
        if (!Rule.acts(rural, p.restrictThreshold(), temperature, week.random())) return;
        w.ruralFuelRestriction = true;
        week.log("decision", "", List.of("state"), String.format(Locale.ROOT,
                "The junta restricts fuel sales in rural areas to starve the insurgents: they hold %.0f%% of the rural people", 100 * rural));
    }

    private void cutTaxes(WorldState w, Week week) {
        if (w.taxCut || w.treasuryUsd <= 0) return;
        double fuel = Math.max(0, w.bamakoPrice / w.normalFuelPrice - 1);
        double pressure = 1 - w.legitimacy + fuel;
        if (!Rule.acts(pressure, p.taxCutThreshold(), temperature, week.random())) return;
        w.taxCut = true;
        week.log("decision", "", List.of("state"), String.format(Locale.ROOT,
                "The junta cuts taxes to win back support: legitimacy %.2f, fuel at %.0f%% of its normal price", w.legitimacy, 100 * (1 + fuel)));
    }

    private void orderIntention(WorldState w, Week week) {
        if (w.intentions.any()) return;
        Places pl = w.places;
        int state = Side.STATE.ordinal();
        // Worth net of a truce it would break: while guarantors stand between the parties, the
        // places of a side under truce are not worth an offensive.
        int best = -1;
        double bestWorth = 0;
        for (int q = 0; q < pl.count(); q++) {
            int h = pl.holder[q];
            if (h == state || h == Places.NOBODY) continue;
            double v = pl.worth[state][q];
            if (w.relations.between(Side.STATE, Side.of(h)) == org.sahelsim.model.params.RelationParams.Status.TRUCE) v -= w.relations.truceCost(w);
            if (best < 0 || v > bestWorth) {
                best = q;
                bestWorth = v;
            }
        }
        if (best < 0) return;
        double worth = bestWorth;
        if (!Rule.acts(worth / p.intentionWorth(), 1, temperature, week.random())) return;
        w.intentions.order(best, p.intentionShare(), week.tick(), p.intentionWeeks());
        week.log("decision", w.geo.regions().get(pl.place(best).region()).id(), List.of("state"), String.format(Locale.ROOT,
                "The junta orders %s taken from %s (worth %.0f to it), committing up to %.0f%% of its field army for %d weeks",
                pl.place(best).name(), Side.of(pl.holder[best]).label(), worth, 100 * p.intentionShare(), p.intentionWeeks()));
    }
}
