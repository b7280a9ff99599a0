package org.sahelsim.model.submodels;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.operations.Operation;
import org.sahelsim.model.params.OperationParams;
import org.sahelsim.model.world.Earth;

/**
 * Columns ambushed and routed (ODD §7.9). An ambush on a column on the move is ordinarily sprung
 * by the few fighters in the cell it crosses, and costs it little; but with chance
 * {@code operations.massed_ambush} the ambush is massed: the band that springs it is the
 * committed share of every insurgent fighter hostile to the column within a day's drive of the
 * cell (the routs' {@code reach_km}), gathered for it, and it holds the column under fire for
 * {@code operations.massed_ambush_days} (the ordinary ambush's {@code ambush_days} where absent). A column that loses its break share
 * ({@code operations.attacker_break}) in a massed ambush is routed: its survivors lose
 * {@code rout_loss} of their number in the pursuit and fall back to where they set out from, the
 * operation given up. So the ambushes have the fat tail of real ones: most cost a column nothing,
 * a few destroy it (Tinzaouaten, 25–27 July 2024: "Tuareg rebels ambushed a convoy of FAMA and
 * Wagner personnel"; the rebels "defeated and 'annihilated' another Malian battalion", the army
 * began "un mouvement rétrograde").
 *
 * <p>A rout reaches beyond its cell. The state's: the junta's cohesion falls {@code rout_shock}
 * for every hundred of its troops killed ("further military failures by the junta could lead to
 * another coup", Slate, in 'Russian troops in Mali targeted by Al-Qaeda threats'), and its
 * legitimacy {@code rout_standing} for every hundred dead, for good: the legitimacy it moves
 * toward is lower by that much from then on (the people's support "can change over time once
 * security and economic flaws become more obvious", Atlantic Council/ISPI, 'Mali: West out,
 * Russia in, and then?'; a defeat makes the flaw obvious, and is remembered). Any side's:
 * the garrisons of the routed side within reach of the rout, in its region, test their nerve as
 * after a fall ({@link Routs#afterRout}), and a broken garrison is news to its neighbours in turn.
 *
 * <p>Whether an ambush is massed is drawn from the week's stream of its own ({@link Week#stream}),
 * one uniform an ambush: turning the rule on moves no draw of the run's shared generator by
 * itself. Off ({@code massed_ambush} absent or 0), nothing is drawn and no column is routed.
 */
public final class ColumnRouts implements java.io.Serializable {
    private static final long serialVersionUID = 1L;
    /** The rule's own stream ({@link Week#stream}). */
    private static final long STREAM = 0xa3b05L;

    private final double massed;
    private final double shock;
    private final double standing;
    private final Double days;
    private final double breakShare;
    private final double routLoss;
    private final Routs routs;
    private final Politics politics;

    /** The rule with the operations' parameters, the routs that carry the news and the politics a rout shakes. */
    public ColumnRouts(OperationParams params, Routs routs, Politics politics) {
        this.massed = params.massedAmbushOrNone();
        this.shock = params.routShockOrNone();
        this.standing = params.routStandingOrNone();
        this.days = params.massedAmbushDays();
        this.breakShare = params.attackerBreak();
        this.routLoss = params.routLoss();
        this.routs = routs;
        this.politics = politics;
    }

    /** Whether ambushes may be massed at all (a chance above 0 and a reach to gather from). */
    public boolean on() {
        return massed > 0 && routs.reachKm() > 0;
    }

    /** The week's luck of the ambushes: a stream of its own, or null when the rule is off. */
    public MersenneTwisterFast luck(Week week) {
        return on() ? week.stream(STREAM) : null;
    }

    /** Whether the ambush at hand is massed: one uniform of {@code luck} an ambush (never with no luck). */
    public boolean massed(MersenneTwisterFast luck) {
        return luck != null && luck.nextDouble() < massed;
    }

    /** How long an ambush holds a column under fire, days: {@code massed_ambush_days} for a massed one (where set), else {@code ordinary}. */
    public double days(boolean massedAmbush, double ordinary) {
        return massedAmbush && days != null ? days : ordinary;
    }

    /** The insurgent fighters hostile to {@code side} in the field within reach of {@code cell}: the band a massed ambush gathers from. */
    public double band(WorldState w, Side side, int cell) {
        double s = 0;
        for (int c = 0; c < w.cells; c++) if (within(w, cell, c)) s += gatherers(w, side, c);
        return s;
    }

    /** Removes {@code losses} from the band about {@code cell}, from each cell and force in proportion to its fighters there. */
    public void takeFromBand(WorldState w, Side side, int cell, double losses) {
        double band = band(w, side, cell);
        if (band <= 0 || losses <= 0) return;
        double k = Math.max(0, 1 - losses / band);
        for (int c = 0; c < w.cells; c++) {
            if (!within(w, cell, c)) continue;
            for (int f = 0; f < Force.COUNT; f++) {
                if (!gathers(w, side, f) || w.presence[f][c] <= 0) continue;
                w.troops.killed[f] += w.presence[f][c] * (1 - k);
                w.presence[f][c] *= k;
                w.presenceMoved(f);
            }
        }
    }

    /** Whether a column of {@code column} troops that lost {@code lost} of them in a massed ambush breaks. */
    public boolean breaks(double column, double lost) {
        return column > 0 && lost >= breakShare * column;
    }

    /**
     * The column {@code op} of side {@code side} is routed in {@code cell} after losing
     * {@code killed} of its {@code column} troops to a band of {@code band}: the pursuit, the
     * junta's cohesion for the state's, and the nerve of the side's garrisons about it. The
     * survivors are left in the operation for the caller to send back. Returns the pursuit's dead.
     */
    public double routed(WorldState w, Week week, Operation op, Side side, int cell, String bound, double column, double killed, double band) {
        double pursuit = op.lose(op.total() * routLoss, w.troops);
        w.tallyViolence(cell, 0, pursuit);
        double dead = killed + pursuit;
        double cohesion = 0;
        double remembered = 0;
        if (side == Side.STATE && shock > 0) {
            double before = w.cohesion;
            politics.shock(w, shock * dead / 100);
            cohesion = before - w.cohesion;
        }
        if (side == Side.STATE && standing > 0) {
            remembered = standing * dead / 100;
            w.legitimacyStanding -= remembered;
        }
        String region = w.geo.regions().get(w.geo.region(cell)).id();
        week.log("column_routed", region, List.of(side.key()), String.format(Locale.ROOT,
                "%s's column bound for %s is ambushed by a band of about %.0f and routed: %.0f of its %.0f troops lost%s%s",
                side.label(), bound, band, dead, column,
                cohesion > 0 ? String.format(Locale.ROOT, "; the junta's cohesion falls %.1f points", 100 * cohesion) : "",
                remembered > 0 ? String.format(Locale.ROOT, "; the defeat costs the state %.1f points of legitimacy for good", 100 * remembered) : ""));
        routs.afterRout(w, week, cell, side, "the rout of the column bound for " + bound);
        return pursuit;
    }

    private boolean within(WorldState w, int cell, int c) {
        return Earth.distanceKm(w.geo.lon(cell), w.geo.lat(cell), w.geo.lon(c), w.geo.lat(c)) <= routs.reachKm();
    }

    private static double gatherers(WorldState w, Side side, int c) {
        double s = 0;
        for (int f = 0; f < Force.COUNT; f++) if (gathers(w, side, f)) s += w.presence[f][c];
        return s;
    }

    /** Whether force {@code f} joins a massed ambush on a column of {@code side}: an insurgent force at war with it. */
    private static boolean gathers(WorldState w, Side side, int f) {
        Side s = Force.of(f).side();
        return s != side && s.insurgent() && w.hostile[side.ordinal()][s.ordinal()];
    }
}
