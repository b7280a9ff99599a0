package org.sahelsim.model.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;

/**
 * JNIM's economic war ({@code blockade}): it declares a blockade of fuel imports itself when its
 * hold on the import roads (its mean control of their cells plus its fighters on them, over
 * {@code road_hold}) passes 1 ("a clear strategy of economic suffocation", Atalayar; "Al-Qaeda
 * and its allies controlled all the roads leading to the capital", The Insider in the press
 * review), naming the regions where its hold is strongest. Its other choices (where to expand,
 * besiege, raid) are its operations. In talks with a new junta it lifts the blockade
 * (politics).
 */
public final class JnimStrategy extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final double roadHold;
    private final double troopsPerKm2;
    private double[] hold;
    private final List<Choice> choices = List.of(new Blockade());

    public JnimStrategy(double roadHold, double troopsPerKm2, double temperature) {
        super(temperature);
        this.roadHold = roadHold;
        this.troopsPerKm2 = troopsPerKm2;
    }

    @Override
    public String key() {
        return "jnim";
    }

    @Override
    protected List<Choice> choices() {
        return choices;
    }

    @Override
    protected void observe(WorldState w, Week week) {
        hold = Jnim.roadHold(w, troopsPerKm2);
    }

    private final class Blockade extends Choice {
        private static final long serialVersionUID = 1L;

        Blockade() {
            super("blockade");
        }

        private double[] hold(WorldState w) {
            return hold != null ? hold : Jnim.roadHold(w, troopsPerKm2);
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Declare a blockade of fuel imports (hold on the import roads %.2f)", hold(w)[hold(w).length - 1]);
        }

        @Override
        public boolean open(WorldState w) {
            return !w.blockade.active() && !w.jnimTalks;
        }

        @Override
        public double pressure(WorldState w) {
            double[] h = hold(w);
            return h[h.length - 1] / roadHold;
        }

        @Override
        public double threshold() {
            return 1;
        }

        @Override
        public void take(WorldState w, Week week) {
            double[] h = hold(w);
            List<Integer> named = new ArrayList<>();
            StringBuilder names = new StringBuilder();
            for (int r = 0; r < h.length - 1; r++) {
                if (h[r] / roadHold <= 1) continue;
                named.add(r);
                names.append(names.length() == 0 ? "" : ", ").append(w.geo.regions().get(r).name());
            }
            int[] regions = named.stream().mapToInt(Integer::intValue).toArray();
            w.blockade.declare(regions, week, null);
            week.log("decision", "", List.of("jnim"), String.format(Locale.ROOT,
                    "JNIM declares a blockade of fuel imports%s: its hold on the import roads is %.2f (control of their cells plus its fighters on them)",
                    regions.length == 0 ? " on every road" : " on the roads of " + names, h[h.length - 1]));
        }
    }
}
