package org.sahelsim.model.submodels;

import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.AdministrationParams;
import org.sahelsim.model.params.RelationParams;

/**
 * Administration, the third source of control beside coercion and persuasion (Kilcullen): the
 * courts, zakat, local pacts and mediation of an insurgent side, the officials, courts and
 * services of the state. JNIM "organiz[es] food distributions and mediat[es] inter-ethnic
 * conflicts ... These functions, often neglected by the state, allow it to strengthen its
 * territorial presence" (France Culture via "Russian troops in Mali targeted by Al-Qaeda
 * threats").
 *
 * <p>Each side's administration {@code A} of a cell is a stock in [0, 1]. An insurgent's backing
 * {@code b} is its armed presence over the density of full coercion, plus its control of the
 * cell, plus the support of its people, plus the reach of its officials from the towns it holds
 * (capped at 1): its judges and tax collectors are local. The state's is its armed presence plus
 * the reach of its officials from the towns its own army garrisons (capped at 1): its officials
 * go where its troops are or its army's towns govern (a foreign partner's base, the UN's or
 * France's, carries none of them, nor does an army camp), and leave when the roads are cut and
 * the garrisons besieged. The reach of a side's officials is the projection of its towns'
 * garrisons times their kind's {@code officials} ({@link Control#governing()}). The opposition
 * {@code o} is the largest standing presence ({@code WorldState.standing}: forces that have stood
 * in the cell, not a column passing through) of a side at war with it, or the reach of the
 * officials of any other side but an ally, at war or under a truce. Each week
 * <pre>
 *   A' = A + b (1 − o)(1 − A) / build − A o / contest − A (1 − b) / lapse
 * </pre>
 * (each term a share of what is left, so A stays in [0, 1] when the three rates sum to at most
 * 1). It grows where a side holds the ground or is unopposed for months, is cut where its
 * enemies stand in force or another side governs, and fades where its side is gone: the state's administration where its
 * garrisons are besieged and its officials have fled, an insurgent's where its fighters have left
 * and its people turned away. A side with none of it keeps none; an administration needs no
 * fighters to stay once built, only that no enemy stand there in force.
 *
 * <p>An administration governs people: in the contest for a cell it weighs {@code weight} times
 * the cell's people per km² over {@code people_per_km2} (at most 1), so it decides the peopled
 * centre and south and counts little in the empty desert, which is held by arms.
 */
public final class Administration extends Submodel {
    private static final long serialVersionUID = 1L;

    private final AdministrationParams p;
    private final double stateDensity;
    private final double insurgentDensity;
    /** The week's control, whose places' projection backs the state's administration (null: none). */
    private final Control control;
    /** Each side's armed presence of full coercion by cell; per map. */
    private transient FullCoercion coercions;
    /** A side's coercion, opposition and backing by cell, written block by block. */
    private transient double[][] scratch;
    /** The officials' reach where no places project any. */
    private transient double[][] none;

    /**
     * @param stateDensity     the state side's troops per km² of full coercion
     * @param insurgentDensity an insurgent side's
     */
    public Administration(AdministrationParams params, double stateDensity, double insurgentDensity) {
        this(params, stateDensity, insurgentDensity, null);
    }

    /**
     * @param control the cell contest, run before this each week: the projection of the state's
     *                places backs its administration
     */
    public Administration(AdministrationParams params, double stateDensity, double insurgentDensity, Control control) {
        this.p = params;
        this.stateDensity = stateDensity;
        this.insurgentDensity = insurgentDensity;
        this.control = control;
    }

    @Override
    public void step(WorldState w, Week week) {
        update(w);
    }

    /** The weight of each cell's administration in the cell contest: {@code weight × min(1, density / people_per_km2)}. */
    public static double[] weights(AdministrationParams p, org.sahelsim.model.world.Geography geo) {
        double[] out = new double[geo.cellCount()];
        for (int c = 0; c < out.length; c++) {
            double density = geo.areaKm2(c) > 0 ? geo.population(c) / geo.areaKm2(c) : 0;
            out[c] = p.weight() * (p.peoplePerKm2() > 0 ? Math.min(1, density / p.peoplePerKm2()) : 1);
        }
        return out;
    }

    /**
     * One week's change of every side's administration in every cell, on the run's threads
     * ({@link WorldState#cellSweep}): each cell's change reads that cell's own values and the
     * week's tables only, and writes that cell's administration only, so the result is the same on
     * any number of threads.
     */
    public void update(WorldState w) {
        double build = 1 / p.buildWeeks();
        double contest = 1 / p.contestWeeks();
        double lapse = 1 / p.lapseWeeks();
        double[][] projected = control == null ? null : control.governing();
        // Whose officials compete with a side's: every other side's but an ally's (at war or under a truce).
        boolean[][] rival = new boolean[Side.COUNT][Side.COUNT];
        for (Side a : Side.values()) {
            for (Side b : Side.values()) rival[a.ordinal()][b.ordinal()] = a != b && w.relations.between(a, b) != RelationParams.Status.ALLIANCE;
        }
        // The control update, run just before with the same troops, has added them up already.
        double[][] counted = control != null && control.armed() != null ? control.armed() : null;
        if (counted == null) {
            counted = new double[Side.COUNT][w.cells];
            SideTroops.armed(w, counted);
        }
        double[][] armedBySide = counted;
        if (coercions == null || coercions.cells() != w.cells) {
            coercions = new FullCoercion(w.geo, stateDensity, insurgentDensity);
            scratch = new double[3][w.cells];
            none = new double[Side.COUNT][w.cells];
        }
        w.cellSweep().sweep(w.cells, (from, to) -> update(w, from, to, armedBySide, projected, rival, build, contest, lapse));
    }

    /**
     * Cells {@code from} to {@code to − 1}, side by side: each pass a loop over the block's cells
     * with no branch, which the compiler may do several cells at a time, each cell with the bits
     * it gets alone (a greatest value is the same whichever order it is taken in; a nil reach of
     * officials, where no places project any, adds +0 to a backing that is never −0).
     */
    private void update(WorldState w, int from, int to, double[][] armedBySide, double[][] projected, boolean[][] rival,
                        double build, double contest, double lapse) {
        final int sides = Side.COUNT;
        int state = Side.STATE.ordinal();
        double[] coercion = scratch[0];
        double[] opposition = scratch[1];
        double[][] standing = w.standing;
        double[][] governs = projected != null ? projected : none;
        for (int s = 0; s < sides; s++) {
            coercions.weigh(s, armedBySide[s], coercion, from, to);
            // The state's officials work where its troops are or the towns its own army holds
            // reach (a foreign partner's base carries none of them, nor does a camp); an
            // insurgent's judges and tax collectors where its fighters, its hold, its people or
            // the towns it holds are.
            double[] seats = governs[s];
            double[] backing = scratch[2];
            if (s == state) {
                for (int c = from; c < to; c++) backing[c] = Math.min(1, coercion[c] + seats[c]);
            } else {
                double[] hold = w.control[s];
                double[] support = w.support[s];
                for (int c = from; c < to; c++) backing[c] = Math.min(1, coercion[c] + hold[c] + support[c] + seats[c]);
            }
            // Cut by an enemy that stands in the cell (a column passing through does not close
            // the courts; its garrison in a town it holds stands there) and by the officials of
            // any other side but an ally that govern the cell from a town they hold.
            java.util.Arrays.fill(opposition, from, to, 0);
            boolean[] atWar = w.hostile[s];
            boolean[] rivals = rival[s];
            for (int t = 0; t < sides; t++) {
                if (atWar[t]) {
                    double[] stands = standing[t];
                    for (int c = from; c < to; c++) opposition[c] = Math.max(opposition[c], stands[c]);
                }
                if (projected != null && rivals[t]) {
                    double[] reach = projected[t];
                    for (int c = from; c < to; c++) opposition[c] = Math.max(opposition[c], reach[c]);
                }
            }
            double[] administration = w.administration[s];
            for (int c = from; c < to; c++) {
                double a = administration[c];
                double b = backing[c];
                double o = opposition[c];
                double next = a + b * (1 - o) * (1 - a) * build - a * o * contest - a * (1 - b) * lapse;
                administration[c] = Math.max(0, Math.min(1, next));
            }
        }
    }
}
