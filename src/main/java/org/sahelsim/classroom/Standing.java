package org.sahelsim.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.actors.Algeria;
import org.sahelsim.model.actors.AllianceOfSahelStates;
import org.sahelsim.model.actors.StrategicActor;
import org.sahelsim.model.actors.WesternPartner;
import org.sahelsim.model.params.RelationParams;
import org.sahelsim.model.submodels.Control;

/**
 * Where a faction stands in a run, as a few facts a student reads at a glance: the ground it
 * holds, its troops, its money, and what it has decided that still holds (a blockade, sanctions, a
 * contract). The student's page shows them each month; the debrief shows them for the class's
 * run beside the same weeks played by the rules.
 */
public final class Standing {
    private Standing() {
    }

    /**
     * One fact.
     *
     * @param label what it is
     * @param text  its value in words ("34%", "US$12.3M", "yes")
     * @param value its value as a number (a share, a count, money in US$; 1 or 0 for yes or no), for comparisons
     */
    public record Fact(String label, String text, double value) {
    }

    /** The facts of a faction in a run that has begun. */
    static List<Fact> of(Faction f, SahelSim sim) {
        WorldState w = sim.world();
        List<Fact> out = new ArrayList<>();
        double dominance = sim.scenario().control().dominance();
        if (f.holdsGround()) {
            Side s = f.side();
            double area = Control.shares(w, dominance, false, -1)[s.ordinal()];
            double people = Control.shares(w, dominance, true, -1)[s.ordinal()];
            out.add(new Fact("Territory you dominate", percent(area), area));
            out.add(new Fact("People living there", percent(people), people));
            int held = 0;
            for (int p = 0; p < w.places.count(); p++) if (w.places.holder[p] == s.ordinal()) held++;
            out.add(new Fact("Places you hold", String.valueOf(held), held));
        }
        for (Force force : f.forces()) {
            double troops = w.strength[force.ordinal()];
            out.add(new Fact(f == Faction.STATE || f.side() != null && f.side().insurgent() ? "Fighters (" + force.label() + ")"
                    : "Troops in Mali", whole(troops), troops));
        }
        switch (f) {
            case STATE -> {
                out.add(new Fact("Treasury", money(w.treasuryUsd), w.treasuryUsd));
                out.add(new Fact("Legitimacy", percent(w.legitimacy), w.legitimacy));
                out.add(new Fact("The junta's cohesion", percent(w.cohesion), w.cohesion));
                out.add(new Fact("Russian troops", whole(w.strength[Force.RUSSIA.ordinal()]), w.strength[Force.RUSSIA.ordinal()]));
                out.add(new Fact("French troops", whole(w.strength[Force.FRANCE.ordinal()]), w.strength[Force.FRANCE.ordinal()]));
                out.add(new Fact("Months of the Russian fee unpaid", String.format(Locale.ROOT, "%.0f", w.arrearsMonths), w.arrearsMonths));
                out.add(new Fact("Sanctions on you", w.sanctions ? "yes: " + percent(w.sanctionsRevenueLoss) + " of revenue lost" : "no",
                        w.sanctions ? 1 : 0));
                out.add(yes("Taxes cut", w.taxCut));
                out.add(yes("Fuel sales restricted in the countryside", w.ruralFuelRestriction));
                out.add(new Fact("Fuel in Bamako", whole(w.bamakoPrice) + " CFA a litre, " + whole(w.bamakoStockDays) + " days in stock",
                        w.bamakoPrice));
            }
            case RUSSIA -> {
                out.add(yes("A contract with the junta", w.russiaContract));
                double fee = sim.scenario().economy().russiaFeeUsdMonth();
                out.add(new Fact("The fee", money(fee) + " a month", fee));
                out.add(new Fact("Months of fee unpaid", String.format(Locale.ROOT, "%.0f", w.arrearsMonths), w.arrearsMonths));
                out.add(yes("Operations suspended until paid", w.russiaSuspended));
            }
            case FRANCE -> {
                WesternPartner france = strategist(sim, WesternPartner.class, "france");
                if (france != null) {
                    out.add(new Fact("Your commitment to staying", percent(france.commitment()), france.commitment()));
                    out.add(yes("Leaving", france.leaving()));
                }
            }
            case JNIM -> {
                out.add(yes("Your blockade of fuel imports", w.blockade.active()));
                out.add(yes("In talks with the junta", w.jnimTalks));
            }
            case SEPARATISTS -> out.add(yes("Truce with Bamako",
                    w.relations.between(Side.SEPARATISTS, Side.STATE) == RelationParams.Status.TRUCE));
            case ECOWAS -> {
                out.add(new Fact("Your sanctions on the junta", w.sanctions ? "yes: " + percent(w.sanctionsRevenueLoss) + " of its revenue"
                        : "no", w.sanctions ? 1 : 0));
                out.add(new Fact("Coups in Mali during the run", String.valueOf(w.coups), w.coups));
            }
            case ALGERIA -> {
                Algeria algeria = strategist(sim, Algeria.class, "algeria");
                if (algeria != null) out.add(yes("Your warning keeps Bamako's forces off the border", algeria.banned()));
            }
            case AES -> {
                AllianceOfSahelStates aes = strategist(sim, AllianceOfSahelStates.class, "aes");
                if (aes != null) out.add(yes("The pact is signed", aes.pact()));
            }
            default -> {
                // IS Sahel: its ground and fighters say it all
            }
        }
        return out;
    }

    /** What the model says of the faction's money, for its page. */
    static String money(Faction f, SahelSim sim) {
        return switch (f) {
            case STATE -> "Your treasury pays the army and the Russians' fee; gold and taxes fill it.";
            case RUSSIA -> "The junta pays you " + money(sim.scenario().economy().russiaFeeUsdMonth())
                    + " a month; unpaid for long, you suspend operations.";
            default -> "The model does not count " + f.label() + "'s money: its strength is its troops, its places and its decisions.";
        };
    }

    /** A strategic actor of the run by its class and key, or null if the run has none. */
    static <T extends StrategicActor> T strategist(SahelSim sim, Class<T> type, String key) {
        for (StrategicActor s : sim.submodels().decisions().strategists()) {
            if (type.isInstance(s) && s.key().equals(key)) return type.cast(s);
        }
        return null;
    }

    private static Fact yes(String label, boolean on) {
        return new Fact(label, on ? "yes" : "no", on ? 1 : 0);
    }

    static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    static String whole(double v) {
        return String.format(Locale.ROOT, "%,.0f", v);
    }

    static String money(double usd) {
        return String.format(Locale.ROOT, "US$%.1fM", usd / 1e6);
    }
}
