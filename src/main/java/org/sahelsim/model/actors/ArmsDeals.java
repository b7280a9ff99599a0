package org.sahelsim.model.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.StrategyParams.DealRule;
import org.sahelsim.model.submodels.Combat;
import org.sahelsim.model.submodels.Economy;

/**
 * The junta's arms and engagement deals ({@code buy:<seller>}), one choice for each seller that
 * has offered: armed drones from Turkey ("Turkey's defense industry, particularly its Bayraktar
 * TB2 drones", "Analysis of Mali-Wagner-Russia relations"), equipment from China (Mali's agreement
 * with Norinco "for the provision of equipment, training, and technology in key military
 * sectors", ibid.; "China facilitated payment options for Mali's arms purchases", ibid.), and the
 * United States' intelligence and strikes. Its need of arms is the air power a departed patron
 * took away, halved, plus twice its enemies' share of the territory; it takes a deal when that
 * passes the deal's threshold and the treasury can pay what the seller does not let it owe. A
 * deal pays its price at once and its monthly price for as long as it lasts, and raises FAMa's
 * ISR, air power and quality.
 */
public final class ArmsDeals extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final double dominance;
    private final Economy economy;
    private final List<ArmsSeller> sellers;
    private final int[] struck;
    /** The most air power the state's side has had in the run (what it lost when a patron left). */
    private double bestAir = 1;
    private double enemies;
    private final List<Choice> choices = new ArrayList<>();

    public ArmsDeals(List<ArmsSeller> sellers, double temperature, double dominance, Economy economy) {
        super(temperature);
        this.sellers = List.copyOf(sellers);
        this.dominance = dominance;
        this.economy = economy;
        this.struck = new int[sellers.size()];
        for (int i = 0; i < sellers.size(); i++) choices.add(new Buy(i));
    }

    @Override
    public String key() {
        return "state";
    }

    @Override
    protected List<Choice> choices() {
        return choices;
    }

    /** Deals struck with seller {@code i} (in the order given). */
    public int struck(int i) {
        return struck[i];
    }

    /** The month's payments on the deals that last, then the decisions. */
    @Override
    public void decide(WorldState w, Week week) {
        double due = 0;
        for (int i = 0; i < sellers.size(); i++) due += struck[i] * sellers.get(i).deal().monthlyUsd();
        if (due > 0) economy.spend(w, due);
        super.decide(w, week);
    }

    @Override
    protected void observe(WorldState w, Week week) {
        enemies = Sides.enemyTerritory(w, dominance);
        bestAir = Math.max(bestAir, Combat.airPower(w, Side.STATE));
    }

    /** The junta's need of arms now. */
    private double need(WorldState w) {
        return (bestAir - Combat.airPower(w, Side.STATE)) / 2 + 2 * enemies;
    }

    private final class Buy extends Choice {
        private static final long serialVersionUID = 1L;

        private final int i;

        Buy(int i) {
            super("buy:" + sellers.get(i).key());
            this.i = i;
        }

        private DealRule d() {
            return sellers.get(i).deal();
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Buy %s from %s for US$%.0fM%s", d().goods(), sellers.get(i).name(), d().priceUsd() / 1e6,
                    d().monthlyUsd() > 0 ? String.format(Locale.ROOT, " and US$%.1fM a month", d().monthlyUsd() / 1e6) : "");
        }

        /** Offered, not yet struck as often as the seller sells, something left to gain, and the money for what is not on credit. */
        @Override
        public boolean open(WorldState w) {
            int fama = Force.FAMA.ordinal();
            boolean gains = d().isr() > 0 && w.isr[fama] < d().max() || d().airPower() > 0 && w.airPower[fama] < d().max()
                    || d().quality() > 0 && w.quality[fama] < d().qualityMax();
            return sellers.get(i).offered() && struck[i] < d().batches() && gains
                    && w.treasuryUsd >= d().priceUsd() * (1 - d().credit()) + d().monthlyUsd();
        }

        @Override
        public double pressure(WorldState w) {
            return need(w);
        }

        @Override
        public double threshold() {
            return d().threshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            int fama = Force.FAMA.ordinal();
            DealRule d = d();
            double air = Combat.airPower(w, Side.STATE);
            double need = need(w);
            economy.spend(w, d.priceUsd());
            w.isr[fama] = Math.max(w.isr[fama], Math.min(d.max(), w.isr[fama] + d.isr()));
            w.airPower[fama] = Math.max(w.airPower[fama], Math.min(d.max(), w.airPower[fama] + d.airPower()));
            w.quality[fama] = Math.max(w.quality[fama], Math.min(d.qualityMax(), w.quality[fama] + d.quality()));
            struck[i]++;
            ArmsSeller s = sellers.get(i);
            week.log("decision", "bamako", List.of("state", s.key()), String.format(Locale.ROOT,
                    "The junta buys %s from %s for US$%.0fM%s (need %.2f: its enemies hold %.0f%% of the territory, its side's air power is %.1f against %.1f at best; treasury now US$%.0fM): FAMa's ISR %.1f, air power %.1f, quality %.2f",
                    d.goods(), s.name(), d.priceUsd() / 1e6,
                    d.monthlyUsd() > 0 ? String.format(Locale.ROOT, " and US$%.1fM a month", d.monthlyUsd() / 1e6) : "",
                    need, 100 * enemies, air, bestAir, w.treasuryUsd / 1e6, w.isr[fama], w.airPower[fama], w.quality[fama]));
        }
    }
}
