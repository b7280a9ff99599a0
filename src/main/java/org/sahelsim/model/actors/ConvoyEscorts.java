package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.FuelParams;
import org.sahelsim.model.params.StrategyParams.EscortRule;
import org.sahelsim.model.submodels.Economy;

/**
 * The junta's escorts for fuel convoys ({@code escort_convoys}, {@code stop_escorts}), reviewed
 * each month in both modes (no dated event pins them). Escorts cost troops and money: an escort
 * for each convoy of a normal week's imports ({@code fuel.escort_troops_per_convoy} troops) is
 * taken out of FAMa's field army into the convoys for as long as it escorts, and paid
 * {@code escorts.usd_per_troop_month} a month each from the treasury. The junta escorts when the
 * tankers it loses on the roads and Bamako's shortage are worth more than the troops it ties up
 * ("Only a few convoys escorted by the army were still managing to reach the city", The Insider,
 * in "Russian troops in Mali targeted by Al-Qaeda threats"), and brings them back when the roads
 * calm.
 */
public final class ConvoyEscorts extends StrategicActor {
    private static final long serialVersionUID = 1L;

    /** A chance this far from 0 or 1 is taken as settled, without a draw. */
    private static final double SETTLED = 1e-6;

    private final EscortRule p;
    private final double escortForce;
    private final double targetStockDays;
    /** The share of a convoy's losses an escort leaves (as the fuel submodel applies it). */
    private final double escortFactor;
    private final Economy economy;
    private final List<Choice> choices = List.of(new Escort(), new Stop());

    /**
     * @param fuel its convoys: the escort force is {@code escortTroopsPerConvoy} for each convoy a
     *             week of normal imports needs ({@code dailyDemandLitres × 7 / (tankerLitres × convoyTankers)})
     */
    public ConvoyEscorts(EscortRule params, FuelParams fuel, double temperature, Economy economy) {
        super(temperature);
        this.p = params;
        this.escortForce = force(fuel);
        this.targetStockDays = fuel.targetStockDays();
        this.escortFactor = Math.max(0, 1 - fuel.escortProtection() * fuel.escortTroopsPerConvoy() / 100.0);
        this.economy = economy;
    }

    @Override
    public String key() {
        return "state";
    }

    /** No dated event decides escorts: the rule runs in history runs too. */
    @Override
    public boolean activeInHistory() {
        return true;
    }

    @Override
    protected List<Choice> choices() {
        return choices;
    }

    /** The month's pay for the troops on escort, then the decisions. */
    @Override
    public void decide(WorldState w, Week week) {
        if (w.escortTroops > 0) economy.spend(w, monthlyCost(w.escortTroops));
        super.decide(w, week);
    }

    /**
     * Its rule runs every month of a history run too: it draws only when in doubt (a chance
     * between 10⁻⁶ and 1 − 10⁻⁶), so a replay's other random numbers stay as they were until the
     * roads turn deadly.
     */
    @Override
    protected boolean ruleTakes(Choice c, WorldState w, Week week) {
        return Rule.actsWhenInDoubt(c.pressure(w), c.threshold(), temperature(), SETTLED, week.random());
    }

    /**
     * The troops a full escort takes: {@code escortTroopsPerConvoy} for each convoy a week of normal
     * imports needs ({@code dailyDemandLitres × 7 / (tankerLitres × convoyTankers)}).
     */
    public static double force(FuelParams fuel) {
        return fuel.escortTroopsPerConvoy() * fuel.dailyDemandLitres() * 7 / (fuel.tankerLitres() * fuel.convoyTankers());
    }

    /** The troops a full escort takes. */
    public double escortForce() {
        return escortForce;
    }

    private double monthlyCost(double troops) {
        return troops * p.usdPerTroopMonth();
    }

    /** The share of tankers it would lose unescorted: what it loses, or, while it escorts, what the escorts save it from. */
    private double lossShare(WorldState w) {
        double lost = w.fuel == null ? 0 : w.fuel.recentLossShare();
        return w.escortConvoys ? Math.min(1, lost / Math.max(0.05, escortFactor)) : lost;
    }

    private double shortage(WorldState w) {
        return Math.max(0, 1 - w.bamakoStockDays / Math.max(1e-9, targetStockDays));
    }

    /** The share of FAMa an escort ties up (the one it has, or the one it would take). */
    private double armyShare(WorldState w) {
        double fama = w.strength[Force.FAMA.ordinal()];
        double troops = w.escortTroops > 0 ? w.escortTroops : escortForce;
        return fama <= 0 ? 1 : Math.min(1, troops / fama);
    }

    /** What escorts are worth now: the losses they would cut, weighted by the shortage, less the army they tie up. */
    public double worth(WorldState w) {
        return lossShare(w) / p.lossReference() * (1 + p.shortage() * shortage(w)) - p.army() * armyShare(w);
    }

    private String reasons(WorldState w) {
        return String.format(Locale.ROOT, "%.0f%% of tankers lost (unescorted) over four weeks, Bamako's stock at %.0f of %.0f days, %.0f troops (%.0f%% of FAMa) at US$%.1fM a month",
                100 * lossShare(w), w.bamakoStockDays, targetStockDays, w.escortTroops > 0 ? w.escortTroops : escortForce,
                100 * armyShare(w), monthlyCost(w.escortTroops > 0 ? w.escortTroops : escortForce) / 1e6);
    }

    private final class Escort extends Choice {
        private static final long serialVersionUID = 1L;

        Escort() {
            super("escort_convoys");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Escort fuel convoys: %.0f troops from the field army, US$%.1fM a month",
                    escortForce, monthlyCost(escortForce) / 1e6);
        }

        /** Not while it escorts, and only with the troops in the field and a month's cost in the treasury. */
        @Override
        public boolean open(WorldState w) {
            return !w.escortConvoys && w.fieldStrength(Force.FAMA.ordinal()) >= escortForce && w.treasuryUsd >= monthlyCost(escortForce);
        }

        @Override
        public double pressure(WorldState w) {
            return worth(w);
        }

        @Override
        public void take(WorldState w, Week week) {
            String why = reasons(w);
            double worth = worth(w);
            w.startEscorts(escortForce);
            week.log("decision", "", List.of("state"), String.format(Locale.ROOT,
                    "The junta puts army escorts on fuel convoys (worth %.2f): %s", worth, why));
        }
    }

    private final class Stop extends Choice {
        private static final long serialVersionUID = 1L;

        Stop() {
            super("stop_escorts");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Stop escorting fuel convoys: %.0f troops back to the field army", w.escortTroops);
        }

        @Override
        public boolean open(WorldState w) {
            return w.escortConvoys;
        }

        /** How far the escorts' worth has fallen below what keeps them. */
        @Override
        public double pressure(WorldState w) {
            return p.stopBelow() - worth(w);
        }

        @Override
        public double threshold() {
            return 0;
        }

        @Override
        public void take(WorldState w, Week week) {
            String why = reasons(w);
            double worth = worth(w);
            double back = w.stopEscorts();
            week.log("decision", "", List.of("state"), String.format(Locale.ROOT,
                    "The junta stops escorting fuel convoys as the roads calm (worth %.2f): %s back to the field army; %s",
                    worth, String.format(Locale.ROOT, "%.0f troops", back), why));
        }
    }
}
