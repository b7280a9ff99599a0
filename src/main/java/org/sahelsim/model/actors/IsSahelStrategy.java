package org.sahelsim.model.actors;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.RelationParams.Status;
import org.sahelsim.model.params.StrategyParams.IsSahelRule;
import org.sahelsim.model.submodels.Combat;

/**
 * IS Sahel's own aims, each month:
 * <ul>
 * <li>{@code drive}, <b>expand into ground no one governs</b>: where the state and its foreign
 * partners have thinned out (their troops counted by their will to fight and the air power over
 * them, so that a counter-terrorist force leaving with its aircraft opens the ground and
 * peacekeepers in their camps hold little), it drives into the region with the best opening (its
 * foothold times how ungoverned the region is), sending a share of its
 * fighters there, and calls the drive off ({@code end_drive}) once the state's side is back in
 * strength or the ground is its own (the Ménaka offensive from March 2022, after which "all of the
 * Menaka region, besides the city of Menaka, comes under Islamic State control", Wikipedia,
 * 'Ménaka offensive');</li>
 * <li>{@code truce_jnim} and {@code war_jnim}, <b>its rival</b>: a local truce with JNIM when the
 * state's side presses both harder than they meet each other, war again when they meet more than
 * the state presses them (the "Sahelian exception" of coexistence until 2020 and the fighting
 * since, driven by "the growing ambition of the Islamic State affiliate", CTC Sentinel, 'The End
 * of the Sahelian Anomaly');</li>
 * <li>{@code terror} and {@code end_terror}, <b>terror</b>: massacres of the people who side with
 * its enemies, where its fighters are (in 2017 IS Sahel "threatened attacks on Tuaregs if MSA and
 * GATIA did not denounce" the governments, and the Ménaka offensive killed "900+" civilians by
 * September 2022, ACLED via Le Monde, in Wikipedia, 'Ménaka offensive'): its civilian harm rises,
 * its enemies' supporters are cowed, and the grievance against it grows.</li>
 * </ul>
 */
public final class IsSahelStrategy extends StrategicActor {
    private static final long serialVersionUID = 1L;

    private static final Force FORCE = Force.IS_SAHEL;

    private final IsSahelRule p;
    private final double troopsPerKm2;
    private final List<Choice> choices;
    /** The choices it weighs in a history run: where its fighters go, not its truces or its terror. */
    private final List<Choice> drives;
    /** Whether this month's decisions are a history run's. */
    private boolean history;

    public IsSahelStrategy(IsSahelRule params, double troopsPerKm2, double temperature) {
        super(temperature);
        this.p = params;
        this.troopsPerKm2 = troopsPerKm2;
        Choice drive = new Drive();
        Choice endDrive = new EndDrive();
        this.choices = List.of(drive, endDrive, new TruceWithJnim(), new WarOnJnim(), new Terror(), new EndTerror());
        this.drives = List.of(drive, endDrive);
    }

    @Override
    public String key() {
        return "is_sahel";
    }

    /**
     * With {@code drive_in_history}, its drives run in a history run too: the scenario dates none
     * of them (IS Sahel's Ménaka offensive is a marker, not an event), and where its fighters go is
     * its own decision in either mode, as any group's deployment is. Its truces with JNIM and its
     * terror stay the decisions of a free run.
     */
    @Override
    public boolean activeInHistory() {
        return p.drivesInHistory();
    }

    @Override
    public void decide(WorldState w, Week week) {
        history = !w.freeDecisions;
        super.decide(w, week);
    }

    @Override
    protected List<Choice> choices() {
        return history ? drives : choices;
    }

    /**
     * How ungoverned region {@code r} is: 1 − the state's side's fighting strength there
     * ({@link #stateStrengthIn}) over the governed density, at least 0.
     */
    double ungoverned(WorldState w, int r) {
        double governed = p.governedTroops() * Contact.areaOf(w, r) / 1000;
        return Math.max(0, 1 - stateStrengthIn(w, r) / governed);
    }

    /**
     * What the state's side can bring against IS Sahel in region {@code r}: its troops there, in
     * the field and in the garrisons of its places, each counted by its force's will to fight
     * (its engagement: a peacekeeper in its camp contests little), times the air power over them
     * ("What Islamists really feared were French airstrikes", Atlantic Council/ISPI). A
     * counter-terrorist force that leaves takes both its fighters and its aircraft out of the
     * count: the vacuum IS Sahel reads.
     */
    double stateStrengthIn(WorldState w, int r) {
        double t = 0;
        for (int c = 0; c < w.cells; c++) {
            if (w.geo.region(c) != r) continue;
            for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side() == Side.STATE) t += w.presence[f][c] * w.engagement[f];
        }
        for (int q = 0; q < w.places.count(); q++) {
            if (w.places.place(q).region() != r) continue;
            for (int f = 0; f < Force.COUNT; f++) if (Force.of(f).side() == Side.STATE) t += w.places.garrison[f][q] * w.engagement[f];
        }
        return t * Combat.airPower(w, Side.STATE);
    }

    /** Region {@code r}'s opening for a drive: its foothold there × how ungoverned the region is. */
    double opening(WorldState w, int r) {
        return Contact.foothold(w, FORCE, r, troopsPerKm2) * ungoverned(w, r);
    }

    /** The region with the best opening. */
    int bestRegion(WorldState w) {
        int best = 0;
        double bestOpening = -1;
        for (int r = 0; r < w.geo.regions().size(); r++) {
            double o = opening(w, r);
            if (o > bestOpening) {
                best = r;
                bestOpening = o;
            }
        }
        return best;
    }

    /** The state's pressure on both jihadist groups less their contact with each other. */
    double pressedMoreThanRivals(WorldState w) {
        double state = Math.min(Contact.meets(w, FORCE, Side.STATE, troopsPerKm2), Contact.meets(w, Force.JNIM, Side.STATE, troopsPerKm2));
        return state - Contact.meets(w, FORCE, Side.JNIM, troopsPerKm2);
    }

    /** The mean support of the sides IS Sahel is at war with among the people where its fighters are. */
    double enemiesSupport(WorldState w) {
        double[] mine = w.presence[FORCE.ordinal()];
        int own = Side.IS_SAHEL.ordinal();
        double sum = 0;
        double total = 0;
        for (int c = 0; c < w.cells; c++) {
            if (mine[c] <= 0) continue;
            total += mine[c];
            double s = 0;
            for (int e = 0; e < Side.COUNT; e++) if (e != own && w.hostile[own][e]) s += w.support[e][c];
            sum += mine[c] * s;
        }
        return total > 0 ? sum / total : 0;
    }

    private String regionName(WorldState w, int r) {
        return w.geo.regions().get(r).name();
    }

    private final class Drive extends Choice {
        private static final long serialVersionUID = 1L;

        Drive() {
            super("drive");
        }

        @Override
        public String label(WorldState w) {
            int r = bestRegion(w);
            return String.format(Locale.ROOT, "Drive into %s, where no one governs (opening %.2f)", regionName(w, r), opening(w, r));
        }

        /** Open when it has a foothold to drive from in the region with the best opening. */
        @Override
        public boolean open(WorldState w) {
            return !w.campaigns.focused(FORCE) && Contact.foothold(w, FORCE, bestRegion(w), troopsPerKm2) >= p.footholdMin();
        }

        @Override
        public double pressure(WorldState w) {
            return opening(w, bestRegion(w)) / p.driveThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            int r = bestRegion(w);
            w.campaigns.focus(FORCE, Contact.cellsOf(w, r), p.driveShare(), r, week.tick());
            week.log("decision", w.geo.regions().get(r).id(), List.of("is_sahel"), String.format(Locale.ROOT,
                    "IS Sahel drives into %s, sending %.0f%% of its fighters: its foothold there is %.2f, the state's side has %.0f troops in it (%.0f%% ungoverned), it holds %.0f%% of it",
                    regionName(w, r), 100 * p.driveShare(), Contact.foothold(w, FORCE, r, troopsPerKm2), Contact.stateTroopsIn(w, r),
                    100 * ungoverned(w, r), 100 * Contact.held(w, Side.IS_SAHEL, r)));
        }
    }

    private final class EndDrive extends Choice {
        private static final long serialVersionUID = 1L;

        EndDrive() {
            super("end_drive");
        }

        /** The state's side back in strength (1 − ungoverned) plus the ground IS Sahel already holds. */
        private double done(WorldState w) {
            int r = w.campaigns.drive(FORCE);
            return (1 - ungoverned(w, r)) + Contact.held(w, Side.IS_SAHEL, r);
        }

        @Override
        public String label(WorldState w) {
            int r = w.campaigns.drive(FORCE);
            return String.format(Locale.ROOT, "Call off the drive into %s (governed %.2f, held %.2f)", regionName(w, r),
                    1 - ungoverned(w, r), Contact.held(w, Side.IS_SAHEL, r));
        }

        /** Open once a drive chosen in an earlier month stands. */
        @Override
        public boolean open(WorldState w) {
            return w.campaigns.drive(FORCE) >= 0 && w.campaigns.focusedBefore(FORCE, now);
        }

        @Override
        public double pressure(WorldState w) {
            return done(w) / p.driveEnd();
        }

        @Override
        public void take(WorldState w, Week week) {
            int r = w.campaigns.drive(FORCE);
            double governed = 1 - ungoverned(w, r);
            double held = Contact.held(w, Side.IS_SAHEL, r);
            w.campaigns.disperse(FORCE);
            week.log("decision", w.geo.regions().get(r).id(), List.of("is_sahel"), String.format(Locale.ROOT,
                    "IS Sahel calls off its drive into %s: the state's side has %.0f troops there (governed %.2f) and IS Sahel holds %.0f%% of it",
                    regionName(w, r), Contact.stateTroopsIn(w, r), governed, 100 * held));
        }
    }

    private final class TruceWithJnim extends Choice {
        private static final long serialVersionUID = 1L;

        TruceWithJnim() {
            super("truce_jnim");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "Seek a local truce with JNIM (the state presses both %.2f more than they meet)", pressedMoreThanRivals(w));
        }

        @Override
        public boolean open(WorldState w) {
            return w.relations.between(Side.IS_SAHEL, Side.JNIM) == Status.WAR;
        }

        @Override
        public double pressure(WorldState w) {
            return pressedMoreThanRivals(w) / p.truceThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            double state = Math.min(Contact.meets(w, FORCE, Side.STATE, troopsPerKm2), Contact.meets(w, Force.JNIM, Side.STATE, troopsPerKm2));
            double rival = Contact.meets(w, FORCE, Side.JNIM, troopsPerKm2);
            w.relations.makeTruce(w, Side.IS_SAHEL, Side.JNIM, week, String.format(Locale.ROOT,
                    "IS Sahel and JNIM agree a local truce: %.0f%% of the fighters of each at least face the state's side, %.0f%% of IS Sahel's face JNIM's",
                    100 * state, 100 * rival));
        }
    }

    private final class WarOnJnim extends Choice {
        private static final long serialVersionUID = 1L;

        WarOnJnim() {
            super("war_jnim");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "War on JNIM where they meet (they meet %.2f more than the state presses them)", -pressedMoreThanRivals(w));
        }

        @Override
        public boolean open(WorldState w) {
            return w.relations.between(Side.IS_SAHEL, Side.JNIM) == Status.TRUCE;
        }

        @Override
        public double pressure(WorldState w) {
            return -pressedMoreThanRivals(w) / p.warThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            double rival = Contact.meets(w, FORCE, Side.JNIM, troopsPerKm2);
            w.relations.breakTruce(w, Side.IS_SAHEL, Side.JNIM, week, String.format(Locale.ROOT,
                    "%.0f%% of its fighters face JNIM's where they compete for the same ground, more than the state's side presses them",
                    100 * rival));
        }
    }

    private final class Terror extends Choice {
        private static final long serialVersionUID = 1L;

        Terror() {
            super("terror");
        }

        @Override
        public String label(WorldState w) {
            return String.format(Locale.ROOT, "A terror campaign against the people who side with its enemies (%.0f%% of them where it is)", 100 * enemiesSupport(w));
        }

        @Override
        public boolean open(WorldState w) {
            return w.campaigns.terrorSince(FORCE) < 0;
        }

        @Override
        public double pressure(WorldState w) {
            return enemiesSupport(w) / p.terrorThreshold();
        }

        @Override
        public void take(WorldState w, Week week) {
            double support = enemiesSupport(w);
            w.campaigns.startTerror(w, FORCE, p.terrorHarm(), p.terrorCow(), week.tick());
            week.log("decision", "", List.of("is_sahel"), String.format(Locale.ROOT,
                    "IS Sahel wages a terror campaign on the people who side with its enemies: %.0f%% of the people where its fighters are support them; its civilian harm x%.1f for %d months",
                    100 * support, p.terrorHarm(), p.terrorMonths()));
        }
    }

    private final class EndTerror extends Choice {
        private static final long serialVersionUID = 1L;

        EndTerror() {
            super("end_terror");
        }

        @Override
        public String label(WorldState w) {
            return "End the terror campaign";
        }

        @Override
        public boolean open(WorldState w) {
            return w.campaigns.terrorSince(FORCE) >= 0;
        }

        /** How long the campaign has lasted (counted from when it began, not a date), over the months it was meant to last. */
        @Override
        public double pressure(WorldState w) {
            return lastMonths / p.terrorMonths();
        }

        @Override
        public void take(WorldState w, Week week) {
            double support = enemiesSupport(w);
            w.campaigns.endTerror(w, FORCE);
            week.log("decision", "", List.of("is_sahel"), String.format(Locale.ROOT,
                    "IS Sahel ends its terror campaign after %.0f months: its enemies' support where its fighters are is down to %.0f%%",
                    lastMonths, 100 * support));
        }
    }

    /** Months the terror campaign has lasted, as of this month's decisions. */
    private double lastMonths;
    /** This month's tick (a choice taken now is not reconsidered in the same month). */
    private long now = Long.MAX_VALUE;

    @Override
    protected void observe(WorldState w, Week week) {
        now = week.tick();
        long since = w.campaigns.terrorSince(FORCE);
        lastMonths = since < 0 ? 0 : (week.tick() - since) / (52.0 / 12);
    }
}
