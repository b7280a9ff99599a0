package org.sahelsim.gui;

import java.awt.Color;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.submodels.Control;
import org.sahelsim.results.Actors;
import sim.util.gui.ColorMap;

/**
 * Colours for the control layer. Each cell's value packs who dominates it and how strongly:
 * {@code side ordinal + share} for a dominated cell (share below 1), {@code Side.COUNT + share of
 * the strongest side} for a contested one, {@code Side.COUNT + 1 + that share} for an ungoverned
 * one (nobody's: see {@code Control.standingOf}), and {@link #OUTSIDE} for grid positions outside Mali.
 * A dominated cell is its actor's colour mixed with white by the strength of its hold (a bare
 * majority paler, full control the palette colour itself), as in the run's map pictures; a
 * contested cell is the palette's grey, an ungoverned one pale sand.
 */
public final class ControlColours implements ColorMap {
    /** The value of grid positions outside the country: drawn transparent. */
    public static final double OUTSIDE = -1;

    /** The largest share packed: below 1 by more than the rounding of {@code 3 + share}. */
    private static final double ALMOST_ONE = 1 - 1e-9;

    /** The packed value of a cell, telling no ungoverned cells apart from contested ones: see the class comment. */
    public static double value(WorldState w, int cell, double dominance) {
        return value(w, cell, dominance, 0);
    }

    /** The packed value of a cell: see the class comment. */
    public static double value(WorldState w, int cell, double dominance, double ungovernedBelow) {
        int k = Control.standingOf(w, cell, dominance, ungovernedBelow);
        if (k < Side.COUNT) return pack(k, w.control[k][cell]);
        double best = 0;
        for (int s = 0; s < Side.COUNT; s++) best = Math.max(best, w.control[s][cell]);
        return pack(k, best);
    }

    /** The value of a cell {@code side} (or {@code Side.COUNT}: contested; {@code Side.COUNT + 1}: ungoverned) holds {@code share} of. */
    public static double pack(int side, double share) {
        return side + Math.max(0, Math.min(share, ALMOST_ONE));
    }

    /** The side a packed value names, or null for contested and outside cells. */
    public static Side side(double value) {
        if (!(value >= 0) || value >= Side.COUNT) return null;
        return Side.of((int) Math.floor(value));
    }

    /** The colour of a side holding {@code share} of a cell: paler when the hold is weaker. */
    public static Color held(Side side, double share) {
        double strength = Math.max(0, Math.min(1, (share - 0.3) / 0.7));
        // Less pale than the run's printed maps: JNIM's vermillion washed out with much white
        // reads as the separatists' orange on a screen.
        double mix = 0.5 + 0.5 * strength;
        Color c = new Color(Actors.standard().find(side.key()).rgb());
        return new Color(blend(c.getRed(), mix), blend(c.getGreen(), mix), blend(c.getBlue(), mix));
    }

    private static int blend(int channel, double mix) {
        return (int) Math.round(255 - (255 - channel) * mix);
    }

    private static final Color CLEAR = new Color(0, 0, 0, 0);
    private static final Color CONTESTED = new Color(Actors.standard().contested().rgb());
    private static final Color UNGOVERNED = new Color(Actors.standard().ungoverned().rgb());

    @Override
    public Color getColor(double level) {
        if (!(level >= 0)) return CLEAR;
        if (level >= Side.COUNT + 1) return UNGOVERNED;
        if (level >= Side.COUNT) return CONTESTED;
        int s = (int) Math.floor(level);
        return held(Side.of(s), level - s);
    }

    @Override
    public int getRGB(double level) {
        return getColor(level).getRGB();
    }

    @Override
    public int getAlpha(double level) {
        return getColor(level).getAlpha();
    }

    @Override
    public boolean validLevel(double level) {
        return level == OUTSIDE || (level >= 0 && level < Side.COUNT + 2);
    }

    @Override
    public double defaultValue() {
        return OUTSIDE;
    }
}
