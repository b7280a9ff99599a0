package org.sahelsim.viz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** PNG and SVG as any reader takes them, and the same bytes for the same picture. */
class PictureFilesTest {
    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PictureFiles.png(image, out);
        return out.toByteArray();
    }

    /** A picture with flat areas, antialiased edges and text, and a scatter of random pixels. */
    private static BufferedImage picture(int w, int h, long seed) {
        BufferedImage image = PictureFiles.raster((g, width, height) -> {
            g.setColor(RunCharts.colour(org.sahelsim.results.Actors.standard().find("jnim")));
            g.fill(new java.awt.geom.Ellipse2D.Double(width * 0.1, height * 0.1, width * 0.7, height * 0.6));
            g.setColor(ChartStyle.INK);
            g.drawString("Kidal 18°N", width / 3f, height / 2f);
        }, w, h);
        Random random = new Random(seed);
        for (int i = 0; i < w * h / 50; i++) image.setRGB(random.nextInt(w), random.nextInt(h), random.nextInt());
        return image;
    }

    @ParameterizedTest
    @CsvSource({"1, 1", "3, 2", "640, 480", "1600, 9"})
    void aReaderGetsBackEveryPixel(int w, int h) throws IOException {
        BufferedImage image = picture(w, h, w * 31L + h);
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(png(image)));
        assertEquals(w, back.getWidth());
        assertEquals(h, back.getHeight());
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertEquals(image.getRGB(x, y) & 0xFFFFFF, back.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
            }
        }
    }

    /** A grey chart: bars and an antialiased line, 256 greys at most. */
    private static BufferedImage grey(int w, int h) {
        return PictureFiles.raster((g, width, height) -> {
            g.setColor(java.awt.Color.GRAY);
            for (int x = 0; x < width; x += 7) g.fillRect(x, height / 2 + (x * 37) % (height / 3), 5, height);
            g.setColor(java.awt.Color.BLACK);
            g.setStroke(new java.awt.BasicStroke(3.5f));
            g.draw(new java.awt.geom.Line2D.Double(0, height * 0.8, width, height * 0.1));
            g.drawString("events", width / 4f, height / 4f);
        }, w, h);
    }

    /** The PNG's colour type (2: RGB, 3: indexed). */
    private static int colourType(byte[] png) {
        return png[25];
    }

    @Test
    void aPictureOfAtMost256ColoursHasAPaletteAndKeepsEveryPixel() throws IOException {
        BufferedImage image = grey(1200, 700);
        byte[] indexed = png(image);
        assertEquals(3, colourType(indexed));
        BufferedImage back = ImageIO.read(new ByteArrayInputStream(indexed));
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                assertEquals(image.getRGB(x, y) & 0xFFFFFF, back.getRGB(x, y) & 0xFFFFFF, "pixel " + x + "," + y);
            }
        }
        // the same picture with more colours than a palette holds is written in RGB, and takes more room
        for (int i = 0; i < 300; i++) image.setRGB(i, 3, 0x120000 + i);
        image.setRGB(3, 3, 0x123456);
        byte[] rgb = png(image);
        assertEquals(2, colourType(rgb));
        assertTrue(indexed.length * 2 < rgb.length, indexed.length + " bytes indexed, " + rgb.length + " in RGB");
        assertEquals(0x123456, ImageIO.read(new ByteArrayInputStream(rgb)).getRGB(3, 3) & 0xFFFFFF);
    }

    @Test
    void exactlyTheColoursAPaletteHoldsStillMakeAPalette() throws IOException {
        BufferedImage image = new BufferedImage(64, 8, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < 512; i++) image.setRGB(i % 64, i / 64, (i % 256) * 0x010203);
        assertEquals(3, colourType(png(image)));
        image.setRGB(0, 0, 0xFFFFFF);
        assertEquals(2, colourType(png(image)));
    }

    @Test
    void theSamePictureGivesTheSameBytesAndNoMoreThanItsPixels() throws IOException {
        BufferedImage image = picture(800, 600, 7);
        byte[] once = png(image);
        assertArrayEquals(once, png(picture(800, 600, 7)));
        // the signature, IHDR, IDAT chunks and IEND only: no time or text chunk
        String text = new String(once, java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String chunk : new String[]{"tIME", "tEXt", "iTXt", "zTXt", "pHYs"}) {
            assertTrue(!text.contains(chunk), chunk + " chunk in the file");
        }
        assertTrue(text.startsWith("\u0089PNG") && text.endsWith("IEND\u00aeB`\u0082"), "not a whole PNG");
    }

    @Test
    void anSvgHasNoClockInIt() {
        Picture picture = (g, w, h) -> {
            g.clip(new java.awt.geom.Rectangle2D.Double(5, 5, w - 10.5, h - 10.25));
            g.setColor(RunCharts.colour(org.sahelsim.results.Actors.standard().find("state")));
            g.fill(new java.awt.geom.Ellipse2D.Double(0, 0, w / 3.0, h / 7.0));
        };
        String first = PictureFiles.svg(picture, 400, 300);
        assertEquals(first, PictureFiles.svg(picture, 400, 300));
        assertTrue(first.contains("clip-path='url(#clip-0)'"), "clip ids carry no clock: " + first);
    }

    @Test
    void coordinatesAreWrittenToAHundredth() {
        assertEquals("12", PictureFiles.hundredths(12));
        assertEquals("12.5", PictureFiles.hundredths(12.5));
        assertEquals("-0.07", PictureFiles.hundredths(-0.0712));
        assertEquals("0", PictureFiles.hundredths(-0.001));
        assertEquals("1599.99", PictureFiles.hundredths(1599.994));
        assertEquals("1600", PictureFiles.hundredths(1599.996));
    }
}
