package org.sahelsim.viz;

import org.jfree.svg.SVGGraphics2D;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a {@link Picture} as PNG and SVG. */
public final class PictureFiles {
    private PictureFiles() {
    }

    /** Paints the picture on a white raster of the given size. */
    public static BufferedImage raster(Picture picture, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            smooth(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            picture.paint(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Antialiased shapes and text, strokes where the geometry puts them: how every raster is drawn. */
    static void smooth(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    public static void writePng(BufferedImage image, Path file) {
        try {
            if (!ImageIO.write(image, "png", file.toFile())) throw new IOException("no PNG writer");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName(), e);
        }
    }

    public static void writePng(Picture picture, int width, int height, Path file) {
        writePng(raster(picture, width, height), file);
    }

    public static void writeSvg(Picture picture, int width, int height, Path file) {
        try {
            Files.writeString(file, svg(picture, width, height), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName(), e);
        }
    }

    /**
     * The picture as an SVG document. The same picture gives the same text: the ids of clip
     * paths get a fixed prefix (JFreeSVG's default prefix is the clock), and coordinates are
     * written to a hundredth of a pixel, which is all a screen or printer can show and keeps the
     * file small.
     */
    public static String svg(Picture picture, int width, int height) {
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        g.setDefsKeyPrefix("");
        g.setGeomDoubleConverter(PictureFiles::hundredths);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        picture.paint(g, width, height);
        return g.getSVGDocument();
    }

    /** {@code v} rounded to two decimals, written without trailing zeros ({@code 12}, {@code 12.5}, {@code -0.07}). */
    static String hundredths(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) >= 1e15) return Double.toString(v);
        long h = Math.round(v * 100);
        StringBuilder b = new StringBuilder(12);
        if (h < 0) {
            b.append('-');
            h = -h;
        }
        b.append(h / 100);
        int frac = (int) (h % 100);
        if (frac != 0) {
            b.append('.').append((char) ('0' + frac / 10));
            if (frac % 10 != 0) b.append((char) ('0' + frac % 10));
        }
        return b.toString();
    }
}
