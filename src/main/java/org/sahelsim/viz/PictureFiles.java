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

    /** The most colours a PNG with a palette holds. */
    static final int PALETTE_COLOURS = 256;

    /**
     * The image as a PNG: with a palette of its colours when it has at most 256 (a grey chart, a
     * one-byte index a pixel), otherwise 8-bit RGB; every pixel kept exactly either way. A row
     * the same as the row above is stored as its difference from it (the "Up" filter: a row of
     * zeros), any other row as it is ("None"): charts and maps are long runs of one colour, which
     * zlib finds within a row better than in differences that antialiased edges scatter (about
     * a tenth smaller than "Up" on every row, and no slower). zlib at level 6, and no chunk but
     * the image's (no time, no text), so the same picture gives the same bytes.
     */
    static void png(BufferedImage image, OutputStream out) throws IOException {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = rgb(image);
        Palette palette = Palette.of(pixels);
        int bytesPerPixel = palette == null ? 3 : 1;
        out.write(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}); // the PNG signature
        ByteBuffer header = ByteBuffer.allocate(13).putInt(w).putInt(h)
                .put((byte) 8)                         // bits per channel (or per index)
                .put((byte) (palette == null ? 2 : 3)) // colour type: RGB, or indexed
                .put((byte) 0)                         // deflate
                .put((byte) 0)                         // adaptive filtering, one filter type per row
                .put((byte) 0);                        // not interlaced
        chunk(out, "IHDR", header.array(), 0, 13);
        if (palette != null) chunk(out, "PLTE", palette.rgb(), 0, palette.rgb().length);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(Math.max(1024, w * h / 8));
        Deflater deflater = new Deflater(6);
        try (DeflaterOutputStream z = new DeflaterOutputStream(compressed, deflater, 1 << 16)) {
            byte[] line = new byte[bytesPerPixel * w + 1];
            byte[] zeros = new byte[bytesPerPixel * w + 1];
            zeros[0] = 2; // Up, and the row is the row above
            for (int y = 0; y < h; y++) {
                int start = y * w;
                if (y > 0 && java.util.Arrays.equals(pixels, start - w, start, pixels, start, start + w)) {
                    z.write(zeros);
                    continue;
                }
                line[0] = 0; // None
                if (palette == null) {
                    for (int x = 0; x < w; x++) {
                        int p = pixels[start + x];
                        line[3 * x + 1] = (byte) (p >> 16);
                        line[3 * x + 2] = (byte) (p >> 8);
                        line[3 * x + 3] = (byte) p;
                    }
                } else {
                    for (int x = 0; x < w; x++) line[x + 1] = palette.index(pixels[start + x]);
                }
                z.write(line);
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

    /**
     * The colours of an image that has at most {@link #PALETTE_COLOURS}, in the order they first
     * appear (so the same picture gives the same palette), found by open addressing.
     */
    private static final class Palette {
        private static final int SLOTS = 1024; // a power of two, at least four times the colours
        private final int[] colours = new int[SLOTS];
        private final byte[] indices = new byte[SLOTS];
        private final boolean[] used = new boolean[SLOTS];
        private int count;

        /** The image's palette, or null if it has more colours than a palette holds. */
        static Palette of(int[] pixels) {
            Palette p = new Palette();
            int last = 0;
            boolean any = false;
            for (int px : pixels) {
                int rgb = px & 0xFFFFFF;
                if (any && rgb == last) continue;
                any = true;
                last = rgb;
                if (p.add(rgb) < 0) return null;
            }
            return p;
        }

        /** The slot of {@code rgb}, added if new; -1 if it would be colour 257. */
        private int add(int rgb) {
            int slot = slot(rgb);
            if (used[slot]) return slot;
            if (count == PALETTE_COLOURS) return -1;
            used[slot] = true;
            colours[slot] = rgb;
            indices[slot] = (byte) count++;
            return slot;
        }

        private int slot(int rgb) {
            int slot = (rgb * 0x9E3779B1) >>> 22; // 10 bits: SLOTS
            while (used[slot] && colours[slot] != rgb) slot = (slot + 1) & (SLOTS - 1);
            return slot;
        }

        /** The index of a colour of the image. */
        byte index(int pixel) {
            return indices[slot(pixel & 0xFFFFFF)];
        }

        /** The PLTE chunk's data: red, green, blue of each colour in index order. */
        byte[] rgb() {
            byte[] out = new byte[3 * count];
            for (int s = 0; s < SLOTS; s++) {
                if (!used[s]) continue;
                int i = (indices[s] & 0xFF) * 3;
                out[i] = (byte) (colours[s] >> 16);
                out[i + 1] = (byte) (colours[s] >> 8);
                out[i + 2] = (byte) colours[s];
            }
            return out;
        }
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
        return sharedStyles(g.getSVGDocument());
    }

    /** A style attribute as JFreeSVG writes it (single quotes; its text escapes quotes). */
    private static final java.util.regex.Pattern STYLE = java.util.regex.Pattern.compile(" style='([^']*)'");

    /**
     * The document with each style that more than one element carries written once, as a class
     * in a {@code <style>} element, and the elements naming the class: JFreeSVG writes every
     * grid line's and tick's full style on it, over a hundred characters, which made up a third
     * of a small-multiples chart. Styles used once stay where they are. What is drawn is the
     * same (a class rule applies to its element as its style attribute did).
     */
    static String sharedStyles(String svg) {
        java.util.Map<String, Integer> uses = new java.util.LinkedHashMap<>();
        java.util.regex.Matcher m = STYLE.matcher(svg);
        while (m.find()) uses.merge(m.group(1), 1, Integer::sum);
        java.util.Map<String, String> classes = new java.util.HashMap<>();
        StringBuilder css = new StringBuilder("<style>");
        for (var e : uses.entrySet()) {
            if (e.getValue() < 2) continue;
            String name = "s" + classes.size();
            classes.put(e.getKey(), name);
            css.append('.').append(name).append('{').append(e.getKey()).append('}');
        }
        if (classes.isEmpty()) return svg;
        css.append("</style>");
        StringBuilder out = new StringBuilder(svg.length());
        m.reset();
        int from = 0;
        while (m.find()) {
            String name = classes.get(m.group(1));
            if (name == null) continue;
            out.append(svg, from, m.start()).append(" class='").append(name).append('\'');
            from = m.end();
        }
        out.append(svg, from, svg.length());
        int open = out.indexOf("<svg");
        int end = out.indexOf(">", open) + 1;
        return out.insert(end, css).toString();
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
