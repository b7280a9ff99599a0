package org.sahelsim.model.operations;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.Words;
import org.sahelsim.model.world.Place;
import org.sahelsim.model.world.PlaceKind;

/**
 * Strangle or storm (ODD §7.9): while JNIM's blockade is on, an assault or a siege of a place of
 * the capital (the places of its district) forgoes what strangling the capital brings, and the
 * planner charges the option with it. Strangling is worth the place's worth to JNIM times the
 * squeeze, {@code min(1, strangle × max(0, Bamako's price / normal price − 1))}: the dearer the
 * capital's fuel, the nearer the junta is to giving in without a fight ("a clear strategy of
 * economic suffocation", Atalayar; a JNIM that calls on the people "to rise against the coup
 * regime", France Culture in the press review), and the less a costly assault on a strongly held
 * capital adds. JNIM storms when the assault is worth more than the squeeze (a weakly held capital,
 * or a blockade that no longer bites), and strangles otherwise. Each change of its stance is a
 * logged decision with the numbers it weighed.
 */
public final class Strangling implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final double strangle;
    /** The stance last logged: 0 none yet, 1 strangling, 2 storming. */
    private int stance;

    /** @param strangle the squeeze per unit of the capital's fuel price above normal ({@code operations.strangle}) */
    public Strangling(double strangle) {
        this.strangle = strangle;
    }

    /**
     * One option's weighing: what storming (assaulting or besieging) the place is worth to the side
     * with its chance and expected losses, against what strangling the capital would bring.
     */
    public record Weighing(String place, int region, OperationKind kind, double stormWorth, double strangleWorth, double chance,
                           double expectedLoss, double priceRatio) {
        /** Whether strangling is worth more than storming. */
        public boolean strangles() {
            return strangleWorth >= stormWorth;
        }

        /** The weighing in words, for an option's reason. */
        Words words() {
            return Words.of("strangling the capital instead is worth %.0f with its fuel at %.1f times the normal price",
                    strangleWorth, priceRatio);
        }
    }

    /** Whether the side weighs strangling against storming place {@code q}: JNIM, its blockade on, the place the state's and the capital's. */
    boolean applies(WorldState w, Side side, int q) {
        if (strangle <= 0 || side != Side.JNIM || !w.blockade.active() || w.places.holder[q] != Side.STATE.ordinal()) return false;
        int region = w.places.place(q).region();
        for (Place p : w.places.all()) if (p.kind() == PlaceKind.CAPITAL && p.region() == region) return true;
        return false;
    }

    /** How hard the blockade squeezes the junta, 0–1, read from the capital's fuel price. */
    public double squeeze(WorldState w) {
        return Math.min(1, strangle * Math.max(0, w.bamakoPrice / w.normalFuelPrice - 1));
    }

    /** The weighing of one option on place {@code q} worth {@code worth} to the side, whose expected worth is {@code ev}. */
    Weighing weigh(WorldState w, int q, OperationKind kind, double ev, double worth, double chance, double expectedLoss) {
        return new Weighing(w.places.place(q).name(), w.places.place(q).region(), kind, ev, worth * squeeze(w), chance, expectedLoss, w.bamakoPrice / w.normalFuelPrice);
    }

    /**
     * Logs the side's stance on the capital when it changes: the best way to storm it it weighed
     * this month (the option worth most before the squeeze), and whether it strangles or storms.
     * Nothing is logged when no option to storm it is worth anything.
     */
    void log(WorldState w, Week week, Side side, List<Weighing> weighings) {
        Weighing best = null;
        for (Weighing x : weighings) if (best == null || x.stormWorth() > best.stormWorth()) best = x;
        if (best == null || best.stormWorth() <= 0) return;
        int now = best.strangles() ? 1 : 2;
        if (now == stance) return;
        stance = now;
        String how = best.kind() == OperationKind.SIEGE ? "besieging" : "assaulting";
        String region = w.geo.regions().get(best.region()).id();
        week.log("decision", region, List.of(side.key()), String.format(Locale.ROOT,
                now == 1
                        ? "%s strangles the capital rather than storm it: %s %s would be worth %.0f (%.0f%% chance, about %.0f fighters lost), strangling it %.0f with its fuel at %.1f times the normal price"
                        : "%s moves to storm the capital rather than strangle it: %s %s would be worth %.0f (%.0f%% chance, about %.0f fighters lost), strangling it %.0f with its fuel at %.1f times the normal price",
                side.label(), how, best.place(), best.stormWorth(), 100 * best.chance(), best.expectedLoss(), best.strangleWorth(), best.priceRatio()));
    }
}
