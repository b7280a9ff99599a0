package org.sahelsim.viz;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.sahelsim.results.Actor;

/**
 * The 256 colours of the control animation, fixed before any frame is drawn: the map's own inks,
 * each actor's colour at eight strengths of hold, a grey ramp for antialiased type and lines, and
 * an even spread of the colour cube for what else an edge may blend. A GIF frame holds at most
 * 256 colours; choosing them once, from what the map is known to paint, replaces a palette
 * search per frame and keeps a pixel's index the same from frame to frame, so unchanged parts of
 * the map cost nothing in the file.
 *
 * <p>Each pixel gets its nearest palette colour (no dithering: flat areas stay flat). The last
 * index is left unused by pixels and marks "unchanged since the previous frame".
 */
final class FramePalette {
    /**
     * Strengths of hold per actor in the palette: its share of the cell from 30% to 100% in
     * tenths, the legend's 40, 60, 80 and 100% among them. Coarser than the still maps, so that a
     * cell whose hold barely moves keeps its colour from frame to frame and costs nothing.
     */
    static final int STRENGTHS = 8;
    /** Levels of the grey ramp. */
    static final int GREYS = 32;
    /** The index that no pixel takes: transparent in every frame after the first. */
    static final int UNCHANGED = 255;

    private static final int EXACT_BITS = 10;
    private static final int EXACT_SLOTS = 1 << EXACT_BITS;

    private final int[] rgb;
    private final IndexColorModel model;
    /** The palette's own colours (colour + 1; 0 = empty slot) and their indices, by hash. */
    private final int[] exactKeys = new int[EXACT_SLOTS];
    private final byte[] exactValues = new byte[EXACT_SLOTS];
    /** The nearest index of each colour at six bits a channel, filled as colours are met; UNCHANGED = not yet. */
    private final byte[] nearby = new byte[1 << 18];

    private FramePalette(int[] rgb) {
        this.rgb = rgb;
        for (int i = UNCHANGED - 1; i >= 0; i--) { // the first of equal colours wins
            int slot = slot(rgb[i]);
            while (exactKeys[slot] != 0 && exactKeys[slot] != rgb[i] + 1) slot = (slot + 1) & (EXACT_SLOTS - 1);
            exactKeys[slot] = rgb[i] + 1;
            exactValues[slot] = (byte) i;
        }
        java.util.Arrays.fill(nearby, (byte) UNCHANGED);
        byte[] r = new byte[256];
        byte[] g = new byte[256];
        byte[] b = new byte[256];
        for (int i = 0; i < rgb.length; i++) {
            r[i] = (byte) (rgb[i] >> 16);
            g[i] = (byte) (rgb[i] >> 8);
            b[i] = (byte) rgb[i];
        }
        model = new IndexColorModel(8, 256, r, g, b, UNCHANGED);
    }

    /** The palette of a control map whose cells are held by {@code sides}. */
    static FramePalette forControlMap(List<Actor> sides) {
        LinkedHashSet<Integer> colours = new LinkedHashSet<>();
        for (Color c : ControlMap.inks(sides)) colours.add(c.getRGB() & 0xFFFFFF);
        for (Actor actor : sides) {
            for (int i = 0; i < STRENGTHS; i++) {
                // the share of the hold that gives the palest (0.3) to the full colour (1.0)
                double share = 0.3 + 0.7 * i / (STRENGTHS - 1);
                colours.add(ControlMap.cellColour(actor, share).getRGB() & 0xFFFFFF);
            }
        }
        for (int i = 0; i < GREYS; i++) {
            int v = (int) Math.round(255.0 * i / (GREYS - 1));
            colours.add(v << 16 | v << 8 | v);
        }
        if (colours.size() > UNCHANGED) throw new IllegalStateException(colours.size() + " colours do not fit a GIF palette");
        List<Integer> cube = new ArrayList<>();
        for (int r = 0; r < 4; r++) {
            for (int g = 0; g < 4; g++) {
                for (int b = 0; b < 4; b++) cube.add(r * 85 << 16 | g * 85 << 8 | b * 85);
            }
        }
        for (int c : cube) {
            if (colours.size() >= UNCHANGED) break;
            colours.add(c);
        }
        int[] rgb = new int[256];
        int i = 0;
        for (int c : colours) rgb[i++] = c;
        rgb[UNCHANGED] = 0xFF00FF; // never matched: no pixel gets this index
        return new FramePalette(rgb);
    }

    IndexColorModel model() {
        return model;
    }

    /** The palette as 0xRRGGBB values; index {@link #UNCHANGED} is not a colour of the map. */
    int[] rgb() {
        return rgb.clone();
    }

    /** Each pixel of an RGB image as the index of its nearest palette colour, row by row. Safe to call from several threads. */
    byte[] indices(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = PictureFiles.rgb(image);
        byte[] out = new byte[w * h];
        int last = -1;
        byte index = 0;
        for (int i = 0; i < w * h; i++) {
            int colour = pixels[i] & 0xFFFFFF;
            if (colour != last) { // most pixels repeat their left neighbour
                index = index(colour);
                last = colour;
            }
            out[i] = index;
        }
        return out;
    }

    /**
     * A palette colour's own index; any other colour gets the palette colour nearest to it at six
     * bits a channel (a difference no one can see), found once and kept.
     */
    private byte index(int colour) {
        int slot = slot(colour);
        while (exactKeys[slot] != 0) {
            if (exactKeys[slot] == colour + 1) return exactValues[slot];
            slot = (slot + 1) & (EXACT_SLOTS - 1);
        }
        int bucket = (colour >> 18 & 0x3F) << 12 | (colour >> 10 & 0x3F) << 6 | (colour >> 2 & 0x3F);
        byte found = nearby[bucket];
        if (found == (byte) UNCHANGED) {
            // Threads may both fill a bucket; they write the same value, so any order gives the same frames.
            found = (byte) nearest((bucket >> 12 << 2 | 2) << 16 | ((bucket >> 6 & 0x3F) << 2 | 2) << 8 | ((bucket & 0x3F) << 2 | 2));
            nearby[bucket] = found;
        }
        return found;
    }

    private static int slot(int colour) {
        return (colour * 0x9E3779B1) >>> (32 - EXACT_BITS);
    }

    /** The index of the palette colour nearest to {@code colour}; never {@link #UNCHANGED}. */
    private int nearest(int colour) {
        int r = colour >> 16 & 0xFF;
        int g = colour >> 8 & 0xFF;
        int b = colour & 0xFF;
        int best = 0;
        long bestDistance = Long.MAX_VALUE;
        for (int i = 0; i < UNCHANGED; i++) {
            int dr = r - (rgb[i] >> 16 & 0xFF);
            int dg = g - (rgb[i] >> 8 & 0xFF);
            int db = b - (rgb[i] & 0xFF);
            // weighted towards green, to which the eye is most sensitive
            long d = 3L * dr * dr + 4L * dg * dg + 2L * db * db;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }
}
