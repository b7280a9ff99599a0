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
 * ({@code pact}) once the West has gone and ECOWAS has sanctioned (September 2023, 'Analysis of
 * Mali-Wagner-Russia relations'); they field a joint force ({@code joint_force}) when the
 * insurgents hold enough ground (announced March 2024, ibid.); and Niger sends fuel
 * ({@code fuel_convoy}) when Bamako runs short ("Niger sends an 82-tanker convoy", africanews,
 * 25 Nov 2025).
 */
public final class AllianceOfSahelStates extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final AesRule p;
    private final double dominance;
    private final Reinforcements reinforcements;
    private final Ecowas ecowas;
    private boolean pact;
    private int monthsSinceConvoy = Integer.MAX_VALUE / 2;
    private double insurgents;
    private final List<Choice> choices = List.of(new Pact(), new JointForce(), new FuelConvoy());

    public AllianceOfSahelStates(AesRule params, double temperature, double dominance, Reinforcements reinforcements, Ecowas ecowas) {
        super(temperature);
        this.p = params;
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
    protected List<Choice> choices() {
        return choices;
    }

    @Override
    protected void observe(WorldState w, Week week) {
        monthsSinceConvoy++;
        insurgents = Sides.insurgentTerritory(w, dominance);
    }

    private final class Pact extends Choice {
        private static final long serialVersionUID = 1L;

        Pact() {
            super("pact");
        }

        @Override
        public String label(WorldState w) {
            return "Sign the Alliance of Sahel States' mutual-defence pact";
        }

        @Override
        public boolean open(WorldState w) {
            return !pact;
        }

        @Override
        public double pressure(WorldState w) {
            return (w.strength[Force.FRANCE.ordinal()] <= 0 ? 1 : 0) + (ecowas.everSanctioned() ? 1 : 0);
        }

        @Override
        public double threshold() {
            return 1.5;
        }

        @Override
        public void take(WorldState w, Week week) {
            pact = true;
            week.log("decision", "", List.of("aes", "state"),
                    "Mali, Burkina Faso and Niger sign the Alliance of Sahel States' mutual-defence pact: the West has gone and ECOWAS has sanctioned");
        }
    }

    private final class JointForce extends Choice {
        private static final long serialVersionUID = 1L;

        JointForce() {
            super("joint_force");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Send a joint force of %.0f into Mali", p.jointForceTroops());
        }

        @Override
        public boolean open(WorldState w) {
            return pact && w.mandate[Force.AES.ordinal()] <= 0 && p.jointForceTroops() > 0;
        }

        @Override
        public double pressure(WorldState w) {
            return insurgents;
        }

        @Override
        public double threshold() {
            return p.jointForceThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            reinforcements.ramp(w, Force.AES, p.jointForceTroops(), 12, week.tick());
            week.log("decision", "", List.of("aes"), String.format(Locale.ROOT,
                    "The AES sends a joint force of %.0f into Mali: insurgents hold %.0f%% of the territory", p.jointForceTroops(), 100 * insurgents));
        }
    }

    private final class FuelConvoy extends Choice {
        private static final long serialVersionUID = 1L;

        FuelConvoy() {
            super("fuel_convoy");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Send Bamako a fuel convoy of %.1f million litres (it has %.0f days of fuel)",
                    p.convoyLitres() / 1e6, w.bamakoStockDays);
        }

        @Override
        public boolean open(WorldState w) {
            return pact && monthsSinceConvoy >= p.convoyMonths() && w.bamakoStockDays > 0;
        }

        @Override
        public double pressure(WorldState w) {
            return p.shortDays() / w.bamakoStockDays;
        }

        @Override
        public void take(WorldState w, Week week) {
            monthsSinceConvoy = 0;
            w.fuel.extraImport += p.convoyLitres();
            week.log("decision", "bamako", List.of("niger", "aes"), String.format(Locale.ROOT,
                    "Niger sends a fuel convoy of %.1f million litres: Bamako has %.0f days of fuel", p.convoyLitres() / 1e6, w.bamakoStockDays));
        }
    }
}
