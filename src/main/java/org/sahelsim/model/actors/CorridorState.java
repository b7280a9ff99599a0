package org.sahelsim.model.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.FuelLedger;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.StrategyParams.CorridorStateRule;
import org.sahelsim.model.params.StrategyParams.NeighbourRule;
import org.sahelsim.model.submodels.FuelSupply;
import org.sahelsim.model.world.Corridor;
import org.sahelsim.model.world.RoadSegment;

/**
 * A state whose border one of Mali's fuel corridors crosses (Senegal, Côte d'Ivoire, Guinea,
 * Mauritania, Niger, Burkina Faso), deciding from its own interest whether its border stays
 * open. Its pressure to shut it is its obligation to ECOWAS while the bloc sanctions Mali, plus
 * the insecurity on its stretch of the corridor, less the trade with Mali it would lose and its
 * ties with the junta. In the 2022 sanctions Senegal and Côte d'Ivoire closed their borders
 * (petroleum products exempt) while Guinea, itself under a junta, and Mauritania, not an ECOWAS
 * member, kept theirs open and Mali's trade was diverted through Kourémalé (APA News;
 * bamada.net: '4 millions de litres de gas-oil réceptionnés'). An open state whose neighbours'
 * corridors fall short takes the diverted trade ({@code divert}), and its corridors' capacity
 * grows over months (the Mali–Guinea agreement on an alternative transit axis, 28 Jan 2026,
 * beninwebtv.bj).
 */
public final class CorridorState extends StrategicActor {
    private static final long serialVersionUID = 1L;

    /** Where its border stands. */
    public enum Border { OPEN, RESTRICTED, CLOSED }

    private final String key;
    private final NeighbourRule p;
    private final CorridorStateRule me;
    private final FuelSupply fuel;
    private final AllianceOfSahelStates aes;
    private final int[] mine;
    private final double ownShare;
    private final double[] base;
    private Border border = Border.OPEN;
    private boolean diverting;
    private double insecurity;
    private double lostElsewhere;
    private boolean bound;
    private double ties;
    private final List<Choice> choices = List.of(new Close(), new Restrict(), new Reopen(), new Divert());

    /**
     * @param key  its country key, as the corridors' {@code origin_country}
     * @param aes  the Alliance of Sahel States, whose pact a partner of it joins
     */
    public CorridorState(String key, NeighbourRule params, double temperature, FuelSupply fuel, AllianceOfSahelStates aes) {
        super(temperature);
        this.key = key;
        this.p = params;
        this.me = params.states().get(key);
        if (me == null) {
            throw new IllegalArgumentException("strategy.neighbours.states has no entry for '" + key + "', whose border a fuel corridor crosses");
        }
        this.fuel = fuel;
        this.aes = aes;
        List<Integer> ks = new ArrayList<>();
        double share = 0;
        for (int k = 0; k < fuel.corridors().size(); k++) {
            if (fuel.corridors().get(k).originCountry().equals(key)) {
                ks.add(k);
                share += fuel.corridorShare(k);
            }
        }
        this.mine = ks.stream().mapToInt(Integer::intValue).toArray();
        this.ownShare = share;
        this.base = new double[fuel.corridors().size()];
        for (int k = 0; k < base.length; k++) base[k] = fuel.corridorSurge(k);
    }

    /**
     * The corridor states of the scenario, one for each country a corridor crosses, in the order
     * of the corridors; every state the scenario lists must have a corridor.
     */
    public static List<CorridorState> of(NeighbourRule params, double temperature, FuelSupply fuel, AllianceOfSahelStates aes) {
        List<String> countries = new ArrayList<>();
        for (Corridor c : fuel.corridors()) if (!countries.contains(c.originCountry())) countries.add(c.originCountry());
        for (String k : params.states().keySet()) {
            if (!countries.contains(k)) {
                throw new IllegalArgumentException("strategy.neighbours.states." + k + ": no fuel corridor crosses that country; expected one of " + countries);
            }
        }
        List<CorridorState> out = new ArrayList<>();
        for (String k : countries) out.add(new CorridorState(k, params, temperature, fuel, aes));
        return out;
    }

    @Override
    public String key() {
        return key;
    }

    /** Where its border stands now. */
    public Border border() {
        return border;
    }

    /** Whether it has taken on Mali's diverted trade. */
    public boolean diverting() {
        return diverting;
    }

    @Override
    protected List<Choice> choices() {
        return choices;
    }

    @Override
    protected void observe(WorldState w, Week week) {
        boolean partner = me.aes() && aes != null && aes.pact();
        ties = partner ? 1 : me.ties();
        bound = me.ecowas() && !partner && w.sanctions;
        insecurity = 0;
        FuelLedger l = w.fuel;
        var roads = w.geo.roads();
        for (int k : mine) {
            double through = 1;
            int node = fuel.corridors().get(k).entryNode();
            for (int s : roads.segmentsAt(node)) {
                RoadSegment seg = roads.segments().get(s);
                for (int c : seg.cells()) through *= 1 - w.roadDanger[c];
            }
            insecurity = Math.max(insecurity, 1 - through);
        }
        lostElsewhere = 0;
        for (int k = 0; k < fuel.corridors().size(); k++) {
            if (own(k)) continue;
            double flow = l.corridorOpen[k] ? l.corridorFlow[k] : 0;
            double burned = l.imported[k] > 0 ? l.corridorDestroyed[k] / l.imported[k] : 0;
            lostElsewhere += fuel.corridorShare(k) * (1 - flow * (1 - burned));
        }
        if (diverting && border == Border.OPEN && lostElsewhere > 0) {
            for (int k : mine) {
                double top = Math.max(me.maxSurge(), fuel.corridorSurge(k));
                fuel.setCorridorSurge(k, Math.min(top, fuel.corridorSurge(k) + (top - baseSurge(k)) / p.diversionMonths()));
            }
        }
    }

    /** A corridor's surge capacity before any diversion. */
    private double baseSurge(int k) {
        return base[k];
    }

    private boolean own(int k) {
        for (int m : mine) if (m == k) return true;
        return false;
    }

    /** Its pressure to shut its border now. */
    public double shutPressure() {
        return (bound ? p.obligation() : 0) + p.insecurity() * insecurity - p.revenue() * me.dependence() - p.ties() * ties;
    }

    private String reasons() {
        return String.format(Locale.ROOT, "%s; a convoy has a %.0f%% chance of being hit on its stretch of the corridor; Mali's trade is %.0f%% of its own; ties with the junta %.2f; pressure %.2f",
                bound ? "bound by ECOWAS's sanctions" : "not bound by ECOWAS sanctions now", 100 * insecurity, 100 * me.dependence(), ties, shutPressure());
    }

    private void setBorder(WorldState w, Border b) {
        border = b;
        for (int k : mine) {
            w.fuel.corridorOpen[k] = b != Border.CLOSED;
            w.fuel.corridorFlow[k] = b == Border.RESTRICTED ? p.restrictedFlow() : 1;
        }
    }

    private String region(WorldState w) {
        if (mine.length == 0) return "";
        int cell = w.geo.roads().nodes().get(fuel.corridors().get(mine[0]).entryNode()).cell();
        return w.geo.regions().get(w.geo.region(cell)).id();
    }

    private final class Close extends Choice {
        private static final long serialVersionUID = 1L;

        Close() {
            super("close");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "%s closes its border with Mali (%s)", me.name(), reasons());
        }

        @Override
        public boolean open(WorldState w) {
            return border != Border.CLOSED && mine.length > 0;
        }

        @Override
        public double pressure(WorldState w) {
            return shutPressure();
        }

        @Override
        public double threshold() {
            return p.closeAt();
        }

        @Override
        public void take(WorldState w, Week week) {
            setBorder(w, Border.CLOSED);
            diverting = false;
            week.log("decision", region(w), List.of(key, "state"), String.format(Locale.ROOT,
                    "%s closes its border with Mali: %s", me.name(), reasons()));
        }
    }

    private final class Restrict extends Choice {
        private static final long serialVersionUID = 1L;

        Restrict() {
            super("restrict");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "%s restricts its border with Mali to %.0f%% of the usual flow (%s)", me.name(),
                    100 * p.restrictedFlow(), reasons());
        }

        @Override
        public boolean open(WorldState w) {
            return border == Border.OPEN && mine.length > 0;
        }

        @Override
        public double pressure(WorldState w) {
            return shutPressure();
        }

        @Override
        public double threshold() {
            return p.restrictAt();
        }

        @Override
        public void take(WorldState w, Week week) {
            setBorder(w, Border.RESTRICTED);
            diverting = false;
            week.log("decision", region(w), List.of(key, "state"), String.format(Locale.ROOT,
                    "%s restricts its border with Mali, its corridors carrying %.0f%% of the usual flow: %s", me.name(),
                    100 * p.restrictedFlow(), reasons()));
        }
    }

    private final class Reopen extends Choice {
        private static final long serialVersionUID = 1L;

        Reopen() {
            super("reopen");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "%s reopens its border with Mali (%s)", me.name(), reasons());
        }

        @Override
        public boolean open(WorldState w) {
            return border != Border.OPEN;
        }

        /** The further the pressure to shut falls below {@code reopenBelow}, the surer it reopens. */
        @Override
        public double pressure(WorldState w) {
            return -shutPressure();
        }

        @Override
        public double threshold() {
            return -p.reopenBelow();
        }

        @Override
        public void take(WorldState w, Week week) {
            setBorder(w, Border.OPEN);
            week.log("decision", region(w), List.of(key, "state"), String.format(Locale.ROOT,
                    "%s reopens its border with Mali: %s", me.name(), reasons()));
        }
    }

    private final class Divert extends Choice {
        private static final long serialVersionUID = 1L;

        Divert() {
            super("divert");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "%s keeps its border open and takes Mali's diverted trade (%.0f%% of Mali's imports lost elsewhere)",
                    me.name(), 100 * lostElsewhere);
        }

        @Override
        public boolean open(WorldState w) {
            return border == Border.OPEN && !diverting && !bound && mine.length > 0 && ownShare > 0;
        }

        @Override
        public double pressure(WorldState w) {
            return p.ties() * ties + p.revenue() * lostElsewhere / ownShare;
        }

        @Override
        public double threshold() {
            return p.divertAt();
        }

        @Override
        public void take(WorldState w, Week week) {
            diverting = true;
            week.log("decision", region(w), List.of(key, "state"), String.format(Locale.ROOT,
                    "%s keeps its border open and takes Mali's diverted trade: %.0f%% of Mali's imports are lost on the other corridors, %.0f%% of normal come its way; ties with the junta %.2f, %s; its corridors' capacity grows to %.1f times their normal flow over %d months",
                    me.name(), 100 * lostElsewhere, 100 * ownShare, ties, bound ? "bound by ECOWAS's sanctions" : "not bound by ECOWAS sanctions",
                    me.maxSurge(), p.diversionMonths()));
        }
    }
}
