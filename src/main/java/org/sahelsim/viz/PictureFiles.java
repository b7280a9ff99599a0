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
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            picture.paint(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
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
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        // A fixed prefix for the ids of clip paths and gradients (the default comes from the clock), so the same picture gives the same bytes.
        g.setDefsKeyPrefix("sahelsim");
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        picture.paint(g, width, height);
        try {
            Files.writeString(file, g.getSVGDocument(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName(), e);
        }
    }
}
