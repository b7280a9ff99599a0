package org.sahelsim.model.submodels;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.Forces;
import org.sahelsim.model.params.PastoralHoldParams;

/**
 * A raiding group's hold on the open pastoral ground that nobody else holds (ODD §7.3). A group
 * that lives by raid and levy among the herders (zakat on the herds, the wells and the roads
 * between the camps) holds the empty country by moving across it, not by standing in it: where no
 * side at war with it stands in a cell (each such side's standing presence, {@link WorldState#standing},
 * below {@code opposedAt}), its fighters need only {@code f + (1 − f) × reach} of the density that
 * gives it full coercion there, {@code f} its {@code share} and {@code reach} the cell's people over
 * {@code control.reach_people_per_km2} (at most 1, {@link Control#reach}): in a town, none of it.
 * Where an enemy stands, it must stand too, at its usual density. This comes on top of a rural
 * hold on its home ground ({@link RuralHold}): the two shares multiply.
 *
 * <p>Read from last week's standing presence, before the week's contest, so every cell's density
 * is fixed before any cell is worked out (the same on any number of threads).
 */
final class PastoralHold implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final int side;
    private final double share;
    private final double opposedAt;
    /** The side's capacity of full coercion without the pastoral hold, and the table it was copied from. */
    private transient double[] usual;
    private transient double[][] of;

    PastoralHold(Side side, PastoralHoldParams p) {
        this.side = side.ordinal();
        this.share = p.share();
        this.opposedAt = p.opposedAt();
    }

    /** The pastoral holds of the insurgent forces that have one ({@code forces.*.pastoral_hold}); empty for none. */
    static List<PastoralHold> of(Forces forces) {
        List<PastoralHold> out = new ArrayList<>();
        for (Force f : List.of(Force.JNIM, Force.IS_SAHEL, Force.SEPARATISTS)) {
            PastoralHoldParams p = forces.of(f).pastoralHold();
            if (p != null) out.add(new PastoralHold(f.side(), p));
        }
        return out;
    }

    /** The share of its density a raider with a pastoral hold of {@code f} needs in an unopposed cell of reach {@code reach}: {@code f + (1 − f) × reach}. */
    static double share(double f, double reach) {
        return RuralHold.share(f, reach);
    }

    /** Whether no side at war with side {@code s} stands in cell {@code c} at {@code opposedAt} or more. */
    static boolean unopposed(WorldState w, int s, int c, double opposedAt) {
        for (int t = 0; t < Side.COUNT; t++) {
            if (t != s && w.hostile[s][t] && w.standing[t][c] >= opposedAt) return false;
        }
        return true;
    }

    /**
     * Sets the side's row of {@code coercions} for this week: its usual capacity times
     * {@link #share} in every cell no enemy stands in, its usual capacity elsewhere.
     */
    void weigh(WorldState w, double[] reach, FullCoercion coercions) {
        double[] row = coercions.capacity[side];
        if (of != coercions.capacity || usual == null || usual.length != row.length) {
            usual = row.clone();
            of = coercions.capacity;
        }
        for (int c = 0; c < row.length; c++) {
            row[c] = unopposed(w, side, c, opposedAt) ? usual[c] * share(share, reach[c]) : usual[c];
        }
    }
}
