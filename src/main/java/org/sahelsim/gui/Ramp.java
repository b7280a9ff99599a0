package org.sahelsim.gui;

import java.awt.Color;
import sim.util.gui.ColorMap;

/**
 * A sequential colour scale from white ({@code low} and below) to a colour ({@code high} and
 * above), linear or logarithmic; negative or NaN values (outside the country) are transparent.
 *
 * @param low         value drawn white
 * @param high        value drawn in the full colour
 * @param colour      the full colour
 * @param logarithmic whether to space the scale by {@code log(1 + value)} (troop numbers span
 *                    four orders of magnitude)
 * @param openEnded   whether values go past {@code high} (prices, troops) or stop there (shares)
 */
public record Ramp(double low, double high, Color colour, boolean logarithmic, boolean openEnded) implements ColorMap {
    private static final Color CLEAR = new Color(0, 0, 0, 0);

    public Ramp {
        if (!(high > low)) throw new IllegalArgumentException("a ramp needs high > low, got " + low + ", " + high);
    }

    /** Where a value falls on the scale, 0 (white) to 1 (full colour). */
    public double position(double value) {
        double t = logarithmic
                ? (Math.log1p(Math.max(0, value)) - Math.log1p(Math.max(0, low))) / (Math.log1p(high) - Math.log1p(Math.max(0, low)))
                : (value - low) / (high - low);
        return Math.max(0, Math.min(1, t));
    }

    /** The value at a position on the scale, for legend ticks. */
    public double valueAt(double position) {
        if (!logarithmic) return low + position * (high - low);
        double a = Math.log1p(Math.max(0, low));
        return Math.expm1(a + position * (Math.log1p(high) - a));
    }

    @Override
    public Color getColor(double level) {
        if (!(level >= 0)) return CLEAR;
        double t = position(level);
        return new Color(mix(colour.getRed(), t), mix(colour.getGreen(), t), mix(colour.getBlue(), t));
    }

    private static int mix(int channel, double t) {
        return (int) Math.round(255 - (255 - channel) * t);
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
        return true;
    }

    @Override
    public double defaultValue() {
        return low;
    }
}
