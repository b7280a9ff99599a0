package org.sahelsim.viz;

import java.awt.Graphics2D;

/**
 * Something drawn at a given size on any {@link Graphics2D}: the same code paints the PNG raster
 * and the SVG vector file.
 */
@FunctionalInterface
public interface Picture {
    /** Paints the picture in the rectangle (0, 0, width, height). */
    void paint(Graphics2D g, int width, int height);
}
