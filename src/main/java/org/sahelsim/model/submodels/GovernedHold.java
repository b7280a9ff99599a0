package org.sahelsim.model.submodels;

import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;

/**
 * Ground a group governs is ground it holds, where no enemy stands (ODD §7.3, "Governing
 * first"). An insurgent group that "organiz[es] food distributions and mediat[es] inter-ethnic
 * conflicts" ("Russian troops in Mali targeted by Al-Qaeda threats", France Culture) holds its
 * villages through its courts, its zakat collectors and the local pacts that bind their men,
 * not only through the fighters who happen to stand there this month: the garrison of the
 * nearest town and the patrols it sends do not govern a village its judges do.
 *
 * <p>In the cell contest a side's own hold counts its forces only as far as they have stood in
 * the cell ({@code S}, "clearing is not holding"). With a governed hold {@code g} (the side's
 * force's {@code governed_hold}, 0–1) its administration {@code A} of the cell counts as standing
 * presence too, as far as the cell is peopled ({@code m = min(1, people per km² /
 * administration.people_per_km2)}, the weight of an administration in the contest) and as far as
 * no other armed side stands there ({@code o}, the largest standing presence of any other side, at
 * war with it, under a truce or allied: an ally's ground is the ally's to hold):
 * <pre>
 *   S_held = max(S, g × A × m × (1 − o))
 * </pre>
 * An enemy that stands in force ({@code o} = 1) takes the hold back to the fighters alone; a
 * column passing through does not (its standing is nil), nor does the projection of a town's
 * garrison, which counts in the contest as before. A side without it ({@code g} 0) holds as before.
 */
public final class GovernedHold implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** Each side's governed hold {@code g}, 0 for none. */
    private final double[] share;
    /** Each cell's {@code m}: how far it is peopled for an administration. */
    private final double[] peopled;
    /** The largest standing presence of any other side in each cell, by side; scratch written block by block. */
    private transient double[][] opposed;

    /**
     * @param share   each side's governed hold, by ordinal (0–1; 0 for none)
     * @param peopled each cell's weight of an administration in the contest over the administration's
     *                weight: {@code min(1, people per km² / people_per_km2)}
     */
    public GovernedHold(double[] share, double[] peopled) {
        if (share.length != Side.COUNT) throw new IllegalArgumentException("a governed hold for each of the " + Side.COUNT + " sides, not " + share.length);
        this.share = share.clone();
        this.peopled = peopled.clone();
    }

    /**
     * The governed holds of the scenario's forces, each side's its own force's (the state's
     * none: its officials follow its troops and towns, ODD §7.3), on the map of {@code geo}.
     */
    public static GovernedHold of(org.sahelsim.model.params.Forces forces, org.sahelsim.model.params.AdministrationParams administration,
                                  org.sahelsim.model.world.Geography geo) {
        double[] share = new double[Side.COUNT];
        for (org.sahelsim.model.Force f : org.sahelsim.model.Force.values()) {
            if (f.side().insurgent()) share[f.side().ordinal()] = forces.of(f).governedHoldOrNone();
        }
        double[] peopled = new double[geo.cellCount()];
        for (int c = 0; c < peopled.length; c++) {
            double density = geo.areaKm2(c) > 0 ? geo.population(c) / geo.areaKm2(c) : 0;
            peopled[c] = administration.peoplePerKm2() > 0 ? Math.min(1, density / administration.peoplePerKm2()) : 1;
        }
        return new GovernedHold(share, peopled);
    }

    /** The standing presence a side holds a cell with: {@code max(S, g × A × m × (1 − o))}. */
    public static double held(double stood, double g, double administration, double peopled, double opposed) {
        return Math.max(stood, g * administration * peopled * (1 - opposed));
    }

    /** Whether any side holds ground by governing it. */
    public boolean any() {
        for (double g : share) if (g > 0) return true;
        return false;
    }

    /** Side {@code s}'s governed hold {@code g}. */
    public double share(int s) {
        return share[s];
    }

    /** Sizes the scratch for a map of {@code cells} cells, before the cells are swept. */
    void prepare(int cells) {
        if (opposed == null || opposed[0].length != cells) opposed = new double[Side.COUNT][cells];
    }

    /**
     * Gathers, for cells {@code from} to {@code to − 1}, the largest standing presence of any other
     * side (at war, under a truce or allied: ground where another armed side stands is not governed
     * without a battle, and an ally's is the ally's) for each side that holds by governing, from the standing presence before this week's
     * contest writes it (so the order in which the sides are worked out does not matter).
     */
    void oppose(WorldState w, int from, int to) {
        for (int s = 0; s < Side.COUNT; s++) {
            if (share[s] <= 0) continue;
            double[] o = opposed[s];
            java.util.Arrays.fill(o, from, to, 0);
            for (int t = 0; t < Side.COUNT; t++) {
                if (t == s) continue;
                double[] stands = w.standing[t];
                for (int c = from; c < to; c++) o[c] = Math.max(o[c], stands[c]);
            }
        }
    }

    /**
     * Side {@code s}'s standing presence in the contest for cell {@code c}, given what it has stood
     * there ({@code stood}) and its administration of it; {@link #oppose} must have gathered the cell.
     */
    double held(int s, int c, double stood, double administration) {
        return held(stood, share[s], administration, peopled[c], opposed[s][c]);
    }
}
