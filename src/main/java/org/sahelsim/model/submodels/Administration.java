package org.sahelsim.model.submodels;

import org.sahelsim.model.Side;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.AdministrationParams;

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
 * cell, plus the support of its people (capped at 1): its judges and tax collectors are local.
 * The state's is its armed presence plus the control its held places project there from the
 * garrisons of its own army (capped at 1): its officials go where its troops are or its army's
 * garrisons reach (a foreign partner's base, the UN's or France's, carries none of them), and
 * leave when the roads are cut and the garrisons besieged. The opposition {@code o} is the armed presence of the
 * sides at war with it over the density at which they coerce fully (capped at 1). Each week
 * <pre>
 *   A' = A + b (1 − o)(1 − A) / build − A o / contest − A (1 − b) / lapse
 * </pre>
 * (each term a share of what is left, so A stays in [0, 1] when the three rates sum to at most
 * 1). It grows where a side holds the ground or is unopposed for months, is cut where its
 * enemies come in force, and fades where its side is gone: the state's administration where its
 * garrisons are besieged and its officials have fled, an insurgent's where its fighters have left
 * and its people turned away. A side with none of it keeps none; an administration needs no
 * fighters to stay once built, only that no enemy come in force.
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

    /** One week's change of every side's administration in every cell. */
    public void update(WorldState w) {
        double[] armed = new double[Side.COUNT];
        double[] coercion = new double[Side.COUNT];
        double build = 1 / p.buildWeeks();
        double contest = 1 / p.contestWeeks();
        double lapse = 1 / p.lapseWeeks();
        double[][] projected = control == null ? null : control.governing();
        int state = Side.STATE.ordinal();
        // The control update, run just before with the same troops, has added them up already.
        double[][] armedBySide = control != null && control.armed() != null ? control.armed() : null;
        if (armedBySide == null) {
            armedBySide = new double[Side.COUNT][w.cells];
            SideTroops.armed(w, armedBySide);
        }
        for (int c = 0; c < w.cells; c++) {
            double area = w.geo.areaKm2(c);
            for (int s = 0; s < Side.COUNT; s++) armed[s] = armedBySide[s][c];
            for (int s = 0; s < Side.COUNT; s++) {
                double capacity = (s == Side.STATE.ordinal() ? stateDensity : insurgentDensity) * area;
                coercion[s] = capacity > 0 ? Math.min(1, armed[s] / capacity) : 0;
            }
            for (int s = 0; s < Side.COUNT; s++) {
                // The state's officials work where its troops are or its own army's garrisons reach
                // (a foreign partner's base carries none of them); an
                // insurgent's judges and tax collectors where its fighters, its hold or its people are.
                double backing = s == state
                        ? Math.min(1, coercion[s] + (projected != null ? projected[s][c] : 0))
                        : Math.min(1, coercion[s] + w.control[s][c] + w.support[s][c]);
                double opposition = 0;
                for (int t = 0; t < Side.COUNT; t++) if (w.hostile[s][t]) opposition = Math.max(opposition, coercion[t]);
                double a = w.administration[s][c];
                double next = a + backing * (1 - opposition) * (1 - a) * build - a * opposition * contest - a * (1 - backing) * lapse;
                w.administration[s][c] = Math.max(0, Math.min(1, next));
            }
        }
    }
}
