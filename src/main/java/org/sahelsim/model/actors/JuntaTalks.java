package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.StrategyParams.TalksRule;
import org.sahelsim.model.submodels.Politics;

/**
 * The junta's talks with JNIM as its own choice ({@code open_talks}, {@code end_talks}), besides
 * those a coup brings (politics). Its pain (fuel hardship, the insurgents' ground, unpaid bills,
 * a junta coming apart) pushes it to talk, its Russian patron's hold holds it back: "further
 * military failures by the junta could lead to another coup led by actors willing to negotiate
 * with the local branch of Al-Qaeda, which would exclude Russia from exploiting Mali's mineral
 * wealth" (Slate, in "Russian troops in Mali targeted by Al-Qaeda threats"); "When you don't have
 * enough troops on the ground, you should look for a negotiated solution" ("Mali: West out,
 * Russia in, and then?", Atlantic Council). Talks open a truce with JNIM, which lifts its blockade
 * while they last; the junta ends them, after a few months at least, once the pain has eased.
 */
public final class JuntaTalks extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final TalksRule p;
    private final double dominance;
    private final Politics politics;
    /** Months the current talks have lasted (counted at each monthly decision). */
    private int months;
    private final List<Choice> choices = List.of(new Open(), new End());

    public JuntaTalks(TalksRule params, double temperature, double dominance, Politics politics) {
        super(temperature);
        this.p = params;
        this.dominance = dominance;
        this.politics = politics;
    }

    @Override
    public String key() {
        return "state";
    }

    @Override
    protected List<Choice> choices() {
        return choices;
    }

    @Override
    protected void observe(WorldState w, Week week) {
        months = w.jnimTalks ? months + 1 : 0;
    }

    /** The month's pains, in the order of {@link TalksRule}: fuel, territory, arrears, cohesion. */
    private double[] pains(WorldState w) {
        double fuel = Math.max(0, Math.min(1, w.bamakoPrice / Math.max(1e-9, w.normalFuelPrice) - 1));
        return new double[] {p.fuel() * fuel, p.territory() * Sides.insurgentTerritory(w, dominance),
                p.arrears() * Math.min(w.arrearsMonths, p.arrearsCap()) / p.arrearsCap(), p.cohesion() * (1 - w.cohesion)};
    }

    /** The pain that pushes the junta to talk, held back by its Russian patron's hold. */
    public double pressure(WorldState w) {
        double pain = 0;
        for (double x : pains(w)) pain += x;
        return pain * (1 - p.patronWeight() * Sides.russianHold(w, p.patronTroops()));
    }

    private String reasons(WorldState w) {
        double[] x = pains(w);
        return String.format(Locale.ROOT,
                "pain %.2f (fuel at %.0f%% of its normal price: %.2f, insurgents hold %.0f%% of the territory: %.2f, %.0f months of arrears: %.2f, cohesion %.2f: %.2f), its Russian patron's hold %.2f",
                x[0] + x[1] + x[2] + x[3], 100 * w.bamakoPrice / Math.max(1e-9, w.normalFuelPrice), x[0],
                100 * Sides.insurgentTerritory(w, dominance), x[1], w.arrearsMonths, x[2], w.cohesion, x[3],
                Sides.russianHold(w, p.patronTroops()));
    }

    private final class Open extends Choice {
        private static final long serialVersionUID = 1L;

        Open() {
            super("open_talks");
        }

        @Override
        public String label(WorldState w) {
            return p.excludesRussia() && w.russiaContract ? "Open talks with JNIM, ending the Russian contract" : "Open talks with JNIM";
        }

        @Override
        public boolean open(WorldState w) {
            return !w.jnimTalks;
        }

        @Override
        public double pressure(WorldState w) {
            return JuntaTalks.this.pressure(w);
        }

        @Override
        public double threshold() {
            return p.openThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            double pressure = JuntaTalks.this.pressure(w);
            String why = reasons(w);
            boolean endsRussia = p.excludesRussia() && w.russiaContract;
            politics.openTalks(w, week, endsRussia, String.format(Locale.ROOT,
                    "The junta opens talks with JNIM and agrees a truce%s: pressure %.2f from %s",
                    endsRussia ? ", ending the Russian contract" : "", pressure, why), "the junta");
            months = 0;
        }
    }

    private final class End extends Choice {
        private static final long serialVersionUID = 1L;

        End() {
            super("end_talks");
        }

        @Override
        public String label(WorldState w) {
            return "End the talks with JNIM";
        }

        /** Only talks that have lasted their least months. */
        @Override
        public boolean open(WorldState w) {
            return w.jnimTalks && months >= p.minMonths();
        }

        /** How far the pressure to talk has fallen below what keeps the junta talking. */
        @Override
        public double pressure(WorldState w) {
            return p.endBelow() - JuntaTalks.this.pressure(w);
        }

        @Override
        public double threshold() {
            return 0;
        }

        @Override
        public void take(WorldState w, Week week) {
            politics.endTalks(w, week, Side.STATE, String.format(Locale.ROOT,
                    "the junta ends its talks with JNIM after %d months as the pain eases: pressure %.2f from %s",
                    months, JuntaTalks.this.pressure(w), reasons(w)));
            months = 0;
        }
    }
}
