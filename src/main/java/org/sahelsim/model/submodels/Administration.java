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
        w.cellSweep().sweep(w.cells, (from, to) -> update(w, from, to, armedBySide, projected, rival, build, contest, lapse));
    }

    private void update(WorldState w, int from, int to, double[][] armedBySide, double[][] projected, boolean[][] rival,
                        double build, double contest, double lapse) {
        final int sides = Side.COUNT;
        double[] coercion = new double[sides];
        double[] capacityPerKm2 = new double[sides];
        // A cell's standing presence and officials' reach of each side, read once for all the sides they oppose.
        double[] stands = new double[sides];
        double[] governs = new double[sides];
        int state = Side.STATE.ordinal();
        for (int s = 0; s < sides; s++) capacityPerKm2[s] = s == state ? stateDensity : insurgentDensity;
        boolean[][] hostile = w.hostile;
        double[][] standing = w.standing;
        double[][] control = w.control;
        double[][] support = w.support;
        double[][] administration = w.administration;
        for (int c = from; c < to; c++) {
            double area = w.geo.areaKm2(c);
            for (int s = 0; s < sides; s++) {
                double capacity = capacityPerKm2[s] * area;
                double present = armedBySide[s][c];
                // A zero over a positive number is that zero: skipped, the same bits (most sides are absent from most cells).
                coercion[s] = capacity > 0 ? Math.min(1, present == 0 ? present : present / capacity) : 0;
                stands[s] = standing[s][c];
                governs[s] = projected != null ? projected[s][c] : 0;
            }
            for (int s = 0; s < sides; s++) {
                // The state's officials work where its troops are or the towns its own army holds
                // reach (a foreign partner's base carries none of them, nor does a camp); an
                // insurgent's judges and tax collectors where its fighters, its hold, its people or
                // the towns it holds are.
                double seats = governs[s];
                double backing = s == state
                        ? Math.min(1, coercion[s] + seats)
                        : Math.min(1, coercion[s] + control[s][c] + support[s][c] + seats);
                // Cut by an enemy that stands in the cell (a column passing through does not close
                // the courts; its garrison in a town it holds stands there) and by the officials of
                // any other side but an ally that govern the cell from a town they hold.
                double opposition = 0;
                boolean[] atWar = hostile[s];
                boolean[] rivals = rival[s];
                for (int t = 0; t < sides; t++) {
                    if (atWar[t]) opposition = Math.max(opposition, stands[t]);
                    if (projected != null && rivals[t]) opposition = Math.max(opposition, governs[t]);
                }
                double a = administration[s][c];
                double next = a + backing * (1 - opposition) * (1 - a) * build - a * opposition * contest - a * (1 - backing) * lapse;
                administration[s][c] = Math.max(0, Math.min(1, next));
            }
        }
    }
}
