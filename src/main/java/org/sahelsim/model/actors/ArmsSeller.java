package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.StrategyParams.DealRule;

/**
 * A power that sells the junta arms or engagement (Turkey, China, the United States), with its
 * own rule for offering ({@code offer}): a commercial seller offers from the start; one that
 * competes with Russia for Bamako offers once Russian forces have come and their patronage is weak
 * or gone, and France has left ("part of the pragmatic strategy implemented by the US president to regain the ground lost
 * in the Sahel to Russia following France's departure from the scene", "Mali torn between Russia
 * and the United States ...", Atalayar). An offer stands once made; the junta takes it or not
 * ({@link ArmsDeals}).
 */
public final class ArmsSeller extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final String key;
    private final DealRule p;
    private final double rivalTroops;
    private boolean offered;
    /** Whether Russian forces have been in Mali in the run (before, there is no Russian patron to weaken). */
    private boolean rivalCame;
    private final List<Choice> choices = List.of(new Offer());

    /**
     * @param key         the seller's key, e.g. {@code united_states}
     * @param rivalTroops the Russian strength at which the patron holds firm (its weakness is 0)
     */
    public ArmsSeller(String key, DealRule params, double temperature, double rivalTroops) {
        super(temperature);
        this.key = key;
        this.p = params;
        this.rivalTroops = rivalTroops;
    }

    @Override
    public String key() {
        return key;
    }

    /** Its name in words, e.g. {@code the United States} for {@code united_states}. */
    public String name() {
        StringBuilder b = new StringBuilder();
        for (String word : key.split("_")) {
            if (b.length() > 0) b.append(' ');
            b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return key.contains("_") ? "the " + b : b.toString();
    }

    public DealRule deal() {
        return p;
    }

    /** Whether it has offered the junta its deal. */
    public boolean offered() {
        return offered;
    }

    @Override
    protected List<Choice> choices() {
        return choices;
    }

    @Override
    protected void observe(WorldState w, Week week) {
        rivalCame |= w.strength[Force.RUSSIA.ordinal()] > 0;
    }

    /**
     * The Russian patron's weakness, 0–1: 1 when the contract is over or suspended, less the
     * more troops it has; 0 before Russian forces have come at all (no ground lost to Russia).
     */
    private double rivalWeakness(WorldState w) {
        return rivalCame ? 1 - Sides.russianHold(w, rivalTroops) : 0;
    }

    private boolean franceGone(WorldState w) {
        return w.strength[Force.FRANCE.ordinal()] <= 0;
    }

    private final class Offer extends Choice {
        private static final long serialVersionUID = 1L;

        Offer() {
            super("offer");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Offer Bamako %s", p.goods());
        }

        @Override
        public boolean open(WorldState w) {
            return !offered;
        }

        @Override
        public double pressure(WorldState w) {
            return p.base() + p.rival() * rivalWeakness(w) + p.westGone() * (franceGone(w) ? 1 : 0);
        }

        @Override
        public double threshold() {
            return p.offerThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            offered = true;
            List<String> terms = new java.util.ArrayList<>();
            if (p.base() > 0) terms.add(String.format(Locale.ROOT, "%.2f as a seller to all comers", p.base()));
            if (p.rival() > 0) terms.add(String.format(Locale.ROOT, "the Russian patron's weakness %.2f", rivalWeakness(w)));
            if (p.westGone() > 0) terms.add("France " + (franceGone(w) ? "gone" : "still here"));
            String why = String.format(Locale.ROOT, "pressure %.2f against %.2f: %s", pressure(w), p.offerThreshold(), String.join(", ", terms));
            week.log("decision", "bamako", List.of(key, "state"), String.format(Locale.ROOT, "%s offers Bamako %s (%s)",
                    Character.toUpperCase(name().charAt(0)) + name().substring(1), p.goods(), why));
        }
    }
}
