package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.StrategyParams.AesRule;
import org.sahelsim.model.submodels.Reinforcements;

/**
 * The Alliance of Sahel States (Mali, Burkina Faso, Niger). The juntas sign a mutual-defence pact
 * once the West has gone and ECOWAS has sanctioned (September 2023, 'Analysis of Mali-Wagner-Russia
 * relations'); they field a joint force when the insurgents hold enough ground (announced March
 * 2024, ibid.); and Niger sends fuel when Bamako runs short ("Niger sends an 82-tanker convoy",
 * africanews, Nov 2025, FACTS 4).
 */
public final class AllianceOfSahelStates extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final AesRule p;
    private final double temperature;
    private final double dominance;
    private final Reinforcements reinforcements;
    private final Ecowas ecowas;
    private boolean pact;
    private int monthsSinceConvoy = Integer.MAX_VALUE / 2;

    public AllianceOfSahelStates(AesRule params, double temperature, double dominance, Reinforcements reinforcements, Ecowas ecowas) {
        this.p = params;
        this.temperature = temperature;
        this.dominance = dominance;
        this.reinforcements = reinforcements;
        this.ecowas = ecowas;
    }

    @Override
    public String key() {
        return "aes";
    }

    /** Whether the pact is signed. */
    public boolean pact() {
        return pact;
    }

    @Override
    public void decide(WorldState w, Week week) {
        monthsSinceConvoy++;
        if (!pact) {
            boolean westGone = w.strength[Force.FRANCE.ordinal()] <= 0;
            double pressure = (westGone ? 1 : 0) + (ecowas.everSanctioned() ? 1 : 0);
            if (!Rule.acts(pressure, 1.5, temperature, week.random())) return;
            pact = true;
            week.log("decision", "", List.of("aes", "state"), "Mali, Burkina Faso and Niger sign the Alliance of Sahel States' mutual-defence pact: the West has gone and ECOWAS has sanctioned");
            return;
        }
        int aes = Force.AES.ordinal();
        double insurgents = Sides.insurgentTerritory(w, dominance);
        if (w.mandate[aes] <= 0 && p.jointForceTroops() > 0
                && Rule.acts(insurgents, p.jointForceThreshold(), temperature, week.random())) {
            reinforcements.ramp(w, Force.AES, p.jointForceTroops(), 12, week.tick());
            week.log("decision", "", List.of("aes"), String.format(Locale.ROOT,
                    "The AES sends a joint force of %.0f into Mali: insurgents hold %.0f%% of the territory", p.jointForceTroops(), 100 * insurgents));
        }
        double stock = w.bamakoStockDays;
        if (monthsSinceConvoy >= p.convoyMonths() && stock > 0
                && Rule.acts(p.shortDays() / stock, 1, temperature, week.random())) {
            monthsSinceConvoy = 0;
            w.fuel.extraImport += p.convoyLitres();
            week.log("decision", "bamako", List.of("niger", "aes"), String.format(Locale.ROOT,
                    "Niger sends a fuel convoy of %.1f million litres: Bamako has %.0f days of fuel", p.convoyLitres() / 1e6, stock));
        }
    }
}
