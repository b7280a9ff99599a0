package org.sahelsim.model.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.RoadThreat;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.submodels.Politics;

/**
 * JNIM's economic war ({@code blockade}): it declares a blockade of fuel imports itself when its
 * hold on the import roads (its mean control of their cells plus its fighters on them, over
 * {@code road_hold}) passes 1 ("a clear strategy of economic suffocation", Atalayar; "Al-Qaeda
 * and its allies controlled all the roads leading to the capital", The Insider in the press
 * review), naming the regions where its hold is strongest. Its other choices (where to expand,
 * besiege, raid) are its operations. In talks with the junta it lifts the blockade
 * (politics), and it breaks them off ({@code break_talks}) when its demand that the foreign
 * forces leave has been refused long enough: the months of talks with Russian forces still under
 * contract, over its patience ("the departure of foreign forces" is the first of its conditions
 * for talks, EST from its public statements; the articles give none).
 */
public final class JnimStrategy extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private final double roadHold;
    private final RoadThreat threat;
    private double[] hold;
    private final double patienceMonths;
    private final Politics politics;
    /** Months of the current talks in which its demand has been refused. */
    private int refused;
    private final List<Choice> choices;

    /** JNIM's blockade alone (it never breaks off talks). */
    public JnimStrategy(double roadHold, double troopsPerKm2, double temperature) {
        this(roadHold, troopsPerKm2, temperature, Double.POSITIVE_INFINITY, null);
    }

    /**
     * @param patienceMonths months of talks with its demand refused after which it breaks them off
     * @param politics       where talks end
     */
    public JnimStrategy(double roadHold, double troopsPerKm2, double temperature, double patienceMonths, Politics politics) {
        this(roadHold, RoadThreat.ofDensity(troopsPerKm2), temperature, patienceMonths, politics);
    }

    /**
     * @param threat how its fighters on a road cell count in its hold: by density, the reading its
     *               {@code road_hold} was set on (not the convoys' band, {@code fuel.ambush_band})
     */
    private JnimStrategy(double roadHold, RoadThreat threat, double temperature, double patienceMonths, Politics politics) {
        super(temperature);
        this.roadHold = roadHold;
        this.threat = threat;
        this.patienceMonths = patienceMonths;
        this.politics = politics;
        this.choices = politics == null ? List.of(new Blockade()) : List.of(new BreakTalks(), new Blockade());
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
        hold = Jnim.roadHold(w, threat);
        refused = w.jnimTalks && demandRefused(w) ? refused + 1 : w.jnimTalks ? refused : 0;
    }

    /** Whether the junta keeps the foreign forces JNIM demands it send away: Russian forces under contract and in the country. */
    private static boolean demandRefused(WorldState w) {
        return w.russiaContract && w.strength[Force.RUSSIA.ordinal()] > 0;
    }

    private final class BreakTalks extends Choice {
        private static final long serialVersionUID = 1L;

        BreakTalks() {
            super("break_talks");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Break off the talks with the junta (%d months with the Russians still here)", refused);
        }

        @Override
        public boolean open(WorldState w) {
            return w.jnimTalks;
        }

        @Override
        public double pressure(WorldState w) {
            return refused / patienceMonths;
        }

        @Override
        public void take(WorldState w, Week week) {
            int months = refused;
            double russians = w.strength[Force.RUSSIA.ordinal()];
            refused = 0;
            politics.endTalks(w, week, Side.JNIM, String.format(Locale.ROOT,
                    "JNIM breaks off its talks with the junta: its demand that foreign forces leave refused for %d months (%.0f Russian troops still under contract)",
                    months, russians));
        }
    }

    private final class Blockade extends Choice {
        private static final long serialVersionUID = 1L;

        Blockade() {
            super("blockade");
        }

        private double[] hold(WorldState w) {
            return hold != null ? hold : Jnim.roadHold(w, threat);
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
