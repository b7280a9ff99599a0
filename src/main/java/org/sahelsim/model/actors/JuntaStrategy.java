package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Places;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.RelationParams;
import org.sahelsim.model.params.StrategyParams.JuntaRule;
import org.sahelsim.model.submodels.Economy;
import org.sahelsim.model.submodels.Reinforcements;

/**
 * The junta's strategic choices, each month, with its treasury and its survival in mind:
 * <ul>
 * <li>{@code call_russia}, <b>a new patron</b>: it calls in Russian forces when its enemies' ground
 * and its Western partner's wavering together pass its threshold, signing for the troops it can pay
 * for ("at least 1,000 for ~US$10.8M a month", Reuters, Sep 2021);</li>
 * <li><b>arms</b>: its deals with Turkey, China and the United States are {@link ArmsDeals};</li>
 * <li>{@code restrict_rural_fuel} and {@code cut_taxes}, <b>policies</b>: it restricts rural fuel
 * sales to starve the insurgents when they hold the countryside ("severely restricted fuel
 * deliveries to rural areas", press review), and cuts taxes to win back support when legitimacy
 * falls and fuel is dear ("large-scale tax cuts");</li>
 * <li>{@code take:<place>}, <b>intentions</b>: it orders the place others hold that it values most
 * taken, net of any truce it would break, when that is worth enough (the Kidal offensive of
 * October 2023).</li>
 * </ul>
 */
public final class JuntaStrategy extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final JuntaRule p;
    private final double dominance;
    private final double russiaFee;
    private final Reinforcements reinforcements;
    private final Economy economy;
    private final WesternPartner france;
    private double enemies;
    private final List<Choice> choices = List.of(new CallRussia(), new RestrictRuralFuel(), new CutTaxes(), new TakePlace());

    public JuntaStrategy(JuntaRule params, double temperature, double dominance, double russiaFee,
                         Reinforcements reinforcements, Economy economy, WesternPartner france) {
        super(temperature);
        this.p = params;
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
    protected List<Choice> choices() {
        return choices;
    }

    @Override
    protected void observe(WorldState w, Week week) {
        enemies = Sides.enemyTerritory(w, dominance);
    }

    private boolean franceHere(WorldState w) {
        return w.strength[Force.FRANCE.ordinal()] > 0 && !france.leaving();
    }

    private final class CallRussia extends Choice {
        private static final long serialVersionUID = 1L;

        CallRussia() {
            super("call_russia");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Call in Russian forces: %.0f troops for US$%.1fM a month", p.contractTroops(), russiaFee / 1e6);
        }

        /** Moscow does not sign again with a client that still owes it for the last contract. */
        @Override
        public boolean open(WorldState w) {
            return !w.russiaContract && !w.jnimTalks && w.arrearsMonths <= 0;
        }

        @Override
        public double pressure(WorldState w) {
            return enemies + (franceHere(w) ? 1 - france.commitment() : 1);
        }

        @Override
        public double threshold() {
            return p.patronThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            w.russiaContract = true;
            reinforcements.ramp(w, Force.RUSSIA, p.contractTroops(), p.contractWeeks(), week.tick());
            week.log("decision", "bamako", List.of("state", "russia"), String.format(Locale.ROOT,
                    "The junta calls in Russian forces: its enemies hold %.0f%% of the territory and %s; %.0f troops for US$%.1fM a month",
                    100 * enemies, franceHere(w) ? String.format(Locale.ROOT, "France's commitment is down to %.2f", france.commitment()) : "France has gone",
                    p.contractTroops(), russiaFee / 1e6));
        }
    }

    private final class RestrictRuralFuel extends Choice {
        private static final long serialVersionUID = 1L;

        RestrictRuralFuel() {
            super("restrict_rural_fuel");
        }

        @Override
        public String label(WorldState w) {
            return "Restrict fuel sales in rural areas, to starve the insurgents";
        }

        @Override
        public boolean open(WorldState w) {
            return !w.ruralFuelRestriction;
        }

        @Override
        public double pressure(WorldState w) {
            return Sides.insurgentRuralPeople(w, dominance);
        }

        @Override
        public double threshold() {
            return p.restrictThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            w.ruralFuelRestriction = true;
            week.log("decision", "", List.of("state"), String.format(Locale.ROOT,
                    "The junta restricts fuel sales in rural areas to starve the insurgents: they hold %.0f%% of the rural people", 100 * pressure(w)));
        }
    }

    private final class CutTaxes extends Choice {
        private static final long serialVersionUID = 1L;

        CutTaxes() {
            super("cut_taxes");
        }

        @Override
        public String label(WorldState w) {
            return "Cut taxes to win back support";
        }

        @Override
        public boolean open(WorldState w) {
            return !w.taxCut && w.treasuryUsd > 0;
        }

        @Override
        public double pressure(WorldState w) {
            return 1 - w.legitimacy + Math.max(0, w.bamakoPrice / w.normalFuelPrice - 1);
        }

        @Override
        public double threshold() {
            return p.taxCutThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            w.taxCut = true;
            week.log("decision", "", List.of("state"), String.format(Locale.ROOT,
                    "The junta cuts taxes to win back support: legitimacy %.2f, fuel at %.0f%% of its normal price",
                    w.legitimacy, 100 * w.bamakoPrice / w.normalFuelPrice));
        }
    }

    /** Orders the place it values most among those others hold taken (a player may name another: {@code take:<id>}). */
    private final class TakePlace extends Choice {
        private static final long serialVersionUID = 1L;

        TakePlace() {
            super("take");
        }

        /** The place, and its worth to the state net of a truce taking it would break. */
        private int target(WorldState w) {
            for (String id : w.orders.of("state")) {
                if (id.startsWith("take:")) {
                    int q = w.geo.placeIndex(id.substring(5));
                    if (q >= 0 && w.places.holder[q] != Side.STATE.ordinal()) return q;
                }
            }
            Places pl = w.places;
            int best = -1;
            double bestWorth = 0;
            for (int q = 0; q < pl.count(); q++) {
                double v = netWorth(w, q);
                if (Double.isNaN(v)) continue;
                if (best < 0 || v > bestWorth) {
                    best = q;
                    bestWorth = v;
                }
            }
            return best;
        }

        private double netWorth(WorldState w, int q) {
            int h = w.places.holder[q];
            if (h == Side.STATE.ordinal() || h == Places.NOBODY) return Double.NaN;
            double v = w.places.worth[Side.STATE.ordinal()][q];
            if (w.relations.between(Side.STATE, Side.of(h)) == RelationParams.Status.TRUCE) v -= w.relations.truceCost(w);
            return v;
        }

        @Override
        public String label(WorldState w) {
            int q = target(w);
            return q < 0 ? "Order a place taken" : String.format(Locale.ROOT, "Order %s taken from %s (worth %.0f to the state, net of any truce)",
                    w.places.place(q).name(), Side.of(w.places.holder[q]).label(), netWorth(w, q));
        }

        @Override
        public boolean open(WorldState w) {
            return !w.intentions.any() && target(w) >= 0;
        }

        @Override
        public double pressure(WorldState w) {
            return netWorth(w, target(w)) / p.intentionWorth();
        }

        @Override
        public void take(WorldState w, Week week) {
            int q = target(w);
            double worth = netWorth(w, q);
            var place = w.places.place(q);
            w.intentions.order(q, p.intentionShare(), week.tick(), p.intentionWeeks());
            week.log("decision", w.geo.regions().get(place.region()).id(), List.of("state"), String.format(Locale.ROOT,
                    "The junta orders %s taken from %s (worth %.0f to it), committing up to %.0f%% of its field army for %d weeks",
                    place.name(), Side.of(w.places.holder[q]).label(), worth, 100 * p.intentionShare(), p.intentionWeeks()));
        }
    }
}
