package org.sahelsim.viz;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.Set;

/** Counting pixels, to tell a drawn picture from a blank one and find the palette's colours. */
final class Pixels {
    private Pixels() {
    }

    static int distinctColours(BufferedImage image) {
        Set<Integer> seen = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) seen.add(image.getRGB(x, y) & 0xFFFFFF);
        }
        return seen.size();
    }

    static double nonWhiteFraction(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) n++;
        }
        return n / (double) (image.getWidth() * image.getHeight());
    }

    /** Pixels of exactly this colour (antialiased edges aside, fills are exact). */
    static int count(BufferedImage image, Color colour) {
        int rgb = colour.getRGB() & 0xFFFFFF;
        int n = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) n++;
        }
        return n;
    }

    static Color at(BufferedImage image, double x, double y) {
        return new Color(image.getRGB((int) Math.round(x), (int) Math.round(y)));
    }
}
