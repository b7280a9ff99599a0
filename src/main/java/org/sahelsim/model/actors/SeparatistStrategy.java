package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.RelationParams.Status;
import org.sahelsim.model.params.StrategyParams.SeparatistRule;

/**
 * The separatists' own aims, each month:
 * <ul>
 * <li>{@code break_truce}, <b>the truce with the state</b>: they break it when the state moves on
 * their ground (FAMa, Russian forces or the AES near their places or on their home ground, as
 * the bases are handed over) with more troops than the truce is still worth once its guarantors
 * have gone ("The challenge is to occupy the land after the departure of Minusma", a northern
 * official in 'In Mali, putschist soldiers and armed groups from the north on the warpath'; the
 * CMA declared itself "en temps de guerre" with the junta on 11 September 2023, DW via
 * bamada.net);</li>
 * <li>{@code hold_towns} and {@code stand_down}, <b>their towns</b>: a stand at the places they
 * hold, when the state's troops near them outnumber their own there;</li>
 * <li>{@code ally_jnim} and {@code end_alliance}, <b>JNIM</b>: cooperation (no fighting, no
 * taking each other's places) when both are at war with the state and both meet its troops, and
 * an end to it when JNIM takes over their own ground while the state no longer presses them
 * (JNIM and the CSP fought the army side by side at Tinzaouaten in July 2024, 'Analysis of
 * Mali-Wagner-Russia relations').</li>
 * </ul>
 */
public final class SeparatistStrategy extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private static final Force FORCE = Force.SEPARATISTS;

    private final SeparatistRule p;
    private final double troopsPerKm2;
    private final List<Choice> choices = List.of(new BreakTruce(), new HoldTowns(), new StandDown(), new AllyWithJnim(), new EndAlliance());

    /** This month's tick (a choice taken now is not reconsidered in the same month). */
    private long now = Long.MAX_VALUE;

    public SeparatistStrategy(SeparatistRule params, double troopsPerKm2, double temperature) {
        super(temperature);
        this.p = params;
        this.troopsPerKm2 = troopsPerKm2;
    }

    @Override
    public String key() {
        return "separatists";
    }

    @Override
    protected List<Choice> choices() {
        return choices;
    }

    @Override
    protected void observe(WorldState w, Week week) {
        now = week.tick();
    }

    /** The places the separatists hold on their home ground: their towns. */
    static boolean[] towns(WorldState w) {
        boolean[] out = new boolean[w.places.count()];
        for (int q = 0; q < out.length; q++) {
            out[q] = w.places.holder[q] == Side.SEPARATISTS.ordinal() && w.relations.homeGround(Side.SEPARATISTS, w.places.place(q).region());
        }
        return out;
    }

    /** Their ground: their home regions and the cells within {@code ground_km} of their towns. */
    boolean[] ground(WorldState w) {
        boolean[] out = Contact.nearPlaces(w, towns(w), p.groundKm());
        for (int c = 0; c < w.cells; c++) if (w.relations.homeGround(Side.SEPARATISTS, w.geo.region(c))) out[c] = true;
        return out;
    }

    /**
     * Troops of the state's side on {@code cells}, in the field and in garrisons; with
     * {@code unguaranteed} only those of the forces that guarantee no truce (not the peacekeepers).
     */
    static double stateTroopsOn(WorldState w, boolean[] cells, boolean unguaranteed) {
        double t = 0;
        for (int f = 0; f < Force.COUNT; f++) {
            Force force = Force.of(f);
            if (force.side() != Side.STATE || (unguaranteed && w.relations.guarantor(force))) continue;
            for (int c = 0; c < w.cells; c++) if (cells[c]) t += w.presence[f][c];
            for (int q = 0; q < w.places.count(); q++) if (cells[w.places.place(q).cell()]) t += w.places.garrison[f][q];
        }
        return t;
    }

    /** Their own fighters on {@code cells}, in the field and in garrisons. */
    static double ownTroopsOn(WorldState w, boolean[] cells) {
        int f = FORCE.ordinal();
        double t = 0;
        for (int c = 0; c < w.cells; c++) if (cells[c]) t += w.presence[f][c];
        for (int q = 0; q < w.places.count(); q++) if (cells[w.places.place(q).cell()]) t += w.places.garrison[f][q];
        return t;
    }

    /** The state's unguaranteed troops on their ground over what the truce is worth now. */
    double encroachment(WorldState w) {
        return stateTroopsOn(w, ground(w), true) / Math.max(1, w.relations.truceCost(w));
    }

    /** The troops of the state's side that guarantee no truce near their towns, over their own there. */
    double threat(WorldState w) {
        boolean[] near = Contact.nearPlaces(w, towns(w), p.groundKm());
        return stateTroopsOn(w, near, true) / Math.max(1, ownTroopsOn(w, near));
    }

    /** The smaller of the shares of the separatists' and JNIM's fighters that stand where the state's troops are. */
    double bothPressed(WorldState w) {
        return Math.min(Contact.meets(w, FORCE, Side.STATE, troopsPerKm2), Contact.meets(w, Force.JNIM, Side.STATE, troopsPerKm2));
    }

    /** JNIM's share of the insurgents' hold on the separatists' home ground. */
    double jnimShareOfGround(WorldState w) {
        double jnim = 0;
        double sep = 0;
        for (int c = 0; c < w.cells; c++) {
            if (!w.relations.homeGround(Side.SEPARATISTS, w.geo.region(c))) continue;
            double a = w.geo.areaKm2(c);
            jnim += a * w.control[Side.JNIM.ordinal()][c];
            sep += a * w.control[Side.SEPARATISTS.ordinal()][c];
        }
        return jnim + sep > 0 ? jnim / (jnim + sep) : 0;
    }

    private final class BreakTruce extends Choice {
        private static final long serialVersionUID = 1L;

        BreakTruce() {
            super("break_truce");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Break the truce with the state (its troops on your ground %.2f times what the truce is worth)", encroachment(w));
        }

        @Override
        public boolean open(WorldState w) {
            return w.relations.between(Side.SEPARATISTS, Side.STATE) == Status.TRUCE;
        }

        @Override
        public double pressure(WorldState w) {
            return encroachment(w) / p.breakThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            double troops = stateTroopsOn(w, ground(w), true);
            w.relations.breakTruce(w, Side.SEPARATISTS, Side.STATE, week, String.format(Locale.ROOT,
                    "the state moves on their ground with %.0f troops (FAMa, Russian forces, the AES) while the truce is worth %.0f with its guarantors (%.0f peacekeepers and French troops left)",
                    troops, w.relations.truceCost(w), w.strength[Force.MINUSMA.ordinal()] + w.strength[Force.FRANCE.ordinal()]));
        }
    }

    private final class HoldTowns extends Choice {
        private static final long serialVersionUID = 1L;

        HoldTowns() {
            super("hold_towns");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Make a stand at your towns (the state's troops near them %.1f times yours)", threat(w));
        }

        @Override
        public boolean open(WorldState w) {
            if (w.campaigns.focused(FORCE)) return false;
            for (boolean t : towns(w)) if (t) return true;
            return false;
        }

        @Override
        public double pressure(WorldState w) {
            return threat(w) / p.holdThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            double ratio = threat(w);
            boolean[] held = towns(w);
            boolean[] cells = new boolean[w.cells];
            int n = 0;
            for (int q = 0; q < held.length; q++) {
                if (!held[q]) continue;
                cells[w.places.place(q).cell()] = true;
                n++;
            }
            w.campaigns.focus(FORCE, cells, p.holdShare(), -1, week.tick());
            week.log("decision", "", List.of("separatists"), String.format(Locale.ROOT,
                    "The separatists make a stand at the %d places they hold on their home ground, sending %.0f%% of their fighters there: the state's troops near them are %.1f times theirs",
                    n, 100 * p.holdShare(), ratio));
        }
    }

    private final class StandDown extends Choice {
        private static final long serialVersionUID = 1L;

        StandDown() {
            super("stand_down");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Stand down from the towns (the state's troops near them %.1f times yours)", threat(w));
        }

        /** Open once a stand made in an earlier month stands. */
        @Override
        public boolean open(WorldState w) {
            return w.campaigns.focusedBefore(FORCE, now);
        }

        /** Half the stand's threshold over the threat: above 1 once the threat has halved below it. */
        @Override
        public double pressure(WorldState w) {
            return p.holdThreshold() / (2 * Math.max(1e-6, threat(w)));
        }

        @Override
        public void take(WorldState w, Week week) {
            double ratio = threat(w);
            w.campaigns.disperse(FORCE);
            week.log("decision", "", List.of("separatists"), String.format(Locale.ROOT,
                    "The separatists stand down from their towns: the state's troops near them are down to %.1f times theirs", ratio));
        }
    }

    private final class AllyWithJnim extends Choice {
        private static final long serialVersionUID = 1L;

        AllyWithJnim() {
            super("ally_jnim");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Cooperate with JNIM against the state (both pressed: %.2f)", bothPressed(w));
        }

        @Override
        public boolean open(WorldState w) {
            return w.relations.between(Side.SEPARATISTS, Side.JNIM) != Status.ALLIANCE
                    && w.hostile[Side.SEPARATISTS.ordinal()][Side.STATE.ordinal()] && w.hostile[Side.JNIM.ordinal()][Side.STATE.ordinal()];
        }

        @Override
        public double pressure(WorldState w) {
            return bothPressed(w) / p.allyThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            w.relations.ally(w, Side.SEPARATISTS, Side.JNIM, week, String.format(Locale.ROOT,
                    "The separatists and JNIM cooperate against the state: %.0f%% of the separatists' fighters and %.0f%% of JNIM's face the state's troops",
                    100 * Contact.meets(w, FORCE, Side.STATE, troopsPerKm2), 100 * Contact.meets(w, Force.JNIM, Side.STATE, troopsPerKm2)));
        }
    }

    private final class EndAlliance extends Choice {
        private static final long serialVersionUID = 1L;

        EndAlliance() {
            super("end_alliance");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "End the cooperation with JNIM (JNIM holds %.0f%% of the insurgents' hold on your ground)", 100 * jnimShareOfGround(w));
        }

        @Override
        public boolean open(WorldState w) {
            return w.relations.between(Side.SEPARATISTS, Side.JNIM) == Status.ALLIANCE;
        }

        @Override
        public double pressure(WorldState w) {
            return (jnimShareOfGround(w) - bothPressed(w)) / p.endThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            w.relations.endAlliance(w, Side.SEPARATISTS, Side.JNIM, week, String.format(Locale.ROOT,
                    "The separatists end their cooperation with JNIM: JNIM holds %.0f%% of the insurgents' hold on their home ground, and only %.0f%% of the fighters of each at least face the state",
                    100 * jnimShareOfGround(w), 100 * bothPressed(w)));
        }
    }
}
