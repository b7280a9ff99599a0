package org.sahelsim.viz;

import org.jfree.svg.SVGGraphics2D;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

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

    /** Writes the image as a PNG file (see {@link #png}). */
    public static void writePng(BufferedImage image, Path file) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            png(image, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName(), e);
        }
    }

    /** The largest IDAT chunk written; readers take any size, this keeps chunks modest. */
    private static final int IDAT_BYTES = 1 << 16;

    /**
     * The image as an 8-bit RGB PNG: each row stored as its difference from the row above (the
     * "Up" filter), compressed by zlib at level 6, and no chunk but the image's (no time, no
     * text), so the same picture gives the same bytes. ImageIO's writer tries five filters on
     * every row in Java code; one filter and zlib's native deflate take a fraction of the time,
     * for files of much the same size (charts and maps have long runs of one colour).
     */
    static void png(BufferedImage image, OutputStream out) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}); // the PNG signature
        ByteBuffer header = ByteBuffer.allocate(13).putInt(w).putInt(h)
                .put((byte) 8)  // bits per channel
                .put((byte) 2)  // colour type: RGB
                .put((byte) 0)  // deflate
                .put((byte) 0)  // adaptive filtering, one filter type per row
                .put((byte) 0); // not interlaced
        chunk(out, "IHDR", header.array(), 0, 13);
        int[] pixels = rgb(image);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(1024, w * h / 8));
        Deflater deflater = new Deflater(6);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            byte[] above = new byte[3 * w];
            byte[] row = new byte[3 * w];
            byte[] line = new byte[3 * w + 1];
            line[0] = 2; // Up
            for (int y = 0; y < h; y++) {
                int start = y * w;
                for (int x = 0; x < w; x++) {
                    int p = pixels[start + x];
                    row[3 * x] = (byte) (p >> 16);
                    row[3 * x + 1] = (byte) (p >> 8);
                    row[3 * x + 2] = (byte) p;
                }
                for (int i = 0; i < row.length; i++) line[i + 1] = (byte) (row[i] - above[i]);
                z.write(line);
                byte[] swap = above;
                above = row;
                row = swap;
            }
        } finally {
            deflater.end();
        }
        byte[] data = compressed.toByteArray();
        for (int from = 0; from < data.length; from += IDAT_BYTES) {
            chunk(out, "IDAT", data, from, Math.min(IDAT_BYTES, data.length - from));
        }
        chunk(out, "IEND", data, 0, 0);
    }

    private static void chunk(OutputStream out, String type, byte[] data, int from, int length) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data, from, length);
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(length);
        d.write(name);
        d.write(data, from, length);
        d.writeInt((int) crc.getValue());
        d.flush();
    }

    /**
     * The image's pixels as 0xRRGGBB, row after row: the raster's own array when the image is a
     * plain RGB raster (read with no colour model per pixel), a copy otherwise. Read only.
     */
    static int[] rgb(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        if (image.getType() == BufferedImage.TYPE_INT_RGB
                && image.getRaster().getDataBuffer() instanceof DataBufferInt buffer
                && image.getRaster().getSampleModel() instanceof SinglePixelPackedSampleModel model
                && model.getScanlineStride() == w && image.getRaster().getSampleModelTranslateX() == 0
                && image.getRaster().getSampleModelTranslateY() == 0 && buffer.getData().length == w * h) {
            return buffer.getData();
        }
        return image.getRGB(0, 0, w, h, null, 0, w);
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
