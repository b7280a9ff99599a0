package org.sahelsim.viz;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.sahelsim.data.DataFormatException;
import org.sahelsim.results.Actors;
import org.sahelsim.results.CellControl;
import org.sahelsim.results.Manifest;
import org.sahelsim.results.RunResults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import org.sahelsim.Requirements;
import org.sahelsim.results.SyntheticRun;

class ControlMapTest {
    @TempDir
    static Path dir;
    static RunResults run;

    @BeforeAll
    static void writeRun() throws IOException {
        Requirements.fonts();
        run = RunResults.read(SyntheticRun.write(dir, 13, 5, false));
    }

    private static LocalDate last() {
        return run.snapshotDates().get(run.snapshotDates().size() - 1);
    }

    @Test
    void mapIsDrawnWithTheLegendsColours() {
        ControlMap map = new ControlMap(run, SyntheticOverlay.overlay());
        BufferedImage image = map.render(last(), ControlMap.WIDTH);
        assertEquals(ControlMap.WIDTH, image.getWidth());
        assertEquals(map.height(ControlMap.WIDTH), image.getHeight());
        assertTrue(image.getHeight() > 900 && image.getHeight() < 1600, "height " + image.getHeight());
        assertTrue(Pixels.distinctColours(image) > 50);
        assertTrue(Pixels.nonWhiteFraction(image) > 0.3);
        for (String a : SyntheticRun.TERRITORIAL) {
            if (a.equals(Actors.CONTESTED)) continue; // contested is hatched: its grey is a lighter fill
            assertTrue(Pixels.count(image, SyntheticRun.colour(a)) > 300, "legend swatch of " + a);
        }
    }

    /** Each cell's centre, projected, has the cell's colour: the grid is placed and coloured right. */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void cellsAreWhereTheGridSaysInTheirActorsColour(long seed) {
        ControlMap map = new ControlMap(run, MapOverlay.empty());
        LocalDate date = last();
        BufferedImage image = map.render(date, ControlMap.WIDTH);
        List<CellControl> cells = run.snapshot(date).stream()
                .filter(c -> !c.contested()).toList();
        Random random = new Random(seed);
        for (int i = 0; i < 40; i++) {
            CellControl c = cells.get(random.nextInt(cells.size()));
            Point2D p = map.project(c.lon(), c.lat(), ControlMap.WIDTH);
            Color expected = ControlMap.cellColour(run.actors().find(c.dominant()), c.dominantShare());
            assertEquals(expected, Pixels.at(image, p.getX(), p.getY()),
                    "cell " + c.col() + "," + c.row() + " held by " + c.dominant());
        }
    }

    @Test
    void weakerHoldsArePaler() {
        Color weak = ControlMap.cellColour(run.actors().find("jnim"), 0.45);
        Color full = ControlMap.cellColour(run.actors().find("jnim"), 1.0);
        assertEquals(SyntheticRun.colour("jnim"), full);
        assertTrue(weak.getRed() + weak.getGreen() + weak.getBlue() > full.getRed() + full.getGreen() + full.getBlue());
    }

    @Test
    void theNearestSnapshotIsChosen() {
        ControlMap map = new ControlMap(run, MapOverlay.empty());
        assertEquals(SyntheticRun.START.plusWeeks(4), map.nearestSnapshot(SyntheticRun.START.plusWeeks(5)));
        assertEquals(SyntheticRun.START, map.nearestSnapshot(LocalDate.of(1990, 1, 1)));
        assertEquals(last(), map.nearestSnapshot(LocalDate.of(2090, 1, 1)));
        assertThrows(IllegalArgumentException.class, () -> map.picture(SyntheticRun.START.plusDays(1)));
    }

    @Test
    void ticksAndScaleUseReadableNumbers() {
        assertEquals("12°W", ControlMap.degrees(-12, "E", "W"));
        assertEquals("0°", ControlMap.degrees(0, "E", "W"));
        assertEquals(200, ControlMap.niceNumber(340));
        assertEquals(500, ControlMap.niceNumber(500));
    }

    @Test
    void animationHasAFramePerSnapshotLoopsAndStaysSmall() throws IOException {
        ControlMap map = new ControlMap(run, SyntheticOverlay.overlay());
        Path gif = dir.resolve("control.gif");
        ControlAnimation.write(map, run.snapshotDates(), gif);
        assertTrue(Files.size(gif) < 3_000_000, "size " + Files.size(gif));
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            int frames = reader.getNumImages(true);
            assertEquals(run.snapshotDates().size(), frames);
            BufferedImage first = reader.read(0);
            assertEquals(ControlAnimation.FRAME_WIDTH, first.getWidth());
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            assertEquals(1, root.getElementsByTagName("ApplicationExtension").getLength(), "no looping extension");
            IIOMetadataNode gce = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals(Integer.toString(ControlAnimation.FRAME_DELAY_CS), gce.getAttribute("delayTime"));
        } finally {
            reader.dispose();
        }
    }

    @Test
    void longRunsAnimateAnEvenSelectionKeepingTheEnds() {
        List<LocalDate> many = java.util.stream.IntStream.range(0, 200)
                .mapToObj(i -> SyntheticRun.START.plusWeeks(4L * i)).toList();
        List<LocalDate> frames = ReportBuilder.frames(many);
        assertTrue(frames.size() <= ReportBuilder.MAX_ANIMATION_FRAMES && frames.size() > ReportBuilder.MAX_ANIMATION_FRAMES / 2,
                frames.size() + " frames");
        assertEquals(many.get(0), frames.get(0));
        assertEquals(many.get(199), frames.get(frames.size() - 1));
        long gap = frames.get(1).toEpochDay() - frames.get(0).toEpochDay();
        for (int i = 1; i < frames.size() - 1; i++) {
            assertEquals(gap, frames.get(i).toEpochDay() - frames.get(i - 1).toEpochDay(), "frames evenly spaced");
        }
        long lastGap = frames.get(frames.size() - 1).toEpochDay() - frames.get(frames.size() - 2).toEpochDay();
        assertTrue(lastGap > 0 && lastGap <= gap, "the final snapshot closes the animation");
        List<LocalDate> few = many.subList(0, ReportBuilder.MAX_ANIMATION_FRAMES);
        assertEquals(few, ReportBuilder.frames(few), "short runs animate every snapshot");
    }

    /**
     * Each frame of the file, laid over the ones before as a viewer shows it, is the map of its
     * date in the animation's palette: the frames that hold only what changed add up to the
     * whole map.
     */
    @Test
    void animationFramesAddUpToTheMapOfTheirDate() throws IOException {
        ControlMap map = new ControlMap(run, SyntheticOverlay.overlay());
        Path gif = dir.resolve("frames.gif");
        List<LocalDate> dates = run.snapshotDates();
        ControlAnimation.write(map, dates, gif);
        FramePalette palette = FramePalette.forControlMap(run.actors().sides());
        int[] rgb = palette.rgb();
        ControlMap.Frames frames = map.frames(ControlAnimation.FRAME_WIDTH);
        ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            BufferedImage screen = new BufferedImage(frames.width(), frames.height(), BufferedImage.TYPE_INT_RGB);
            java.awt.Graphics2D g = screen.createGraphics();
            for (int i = 0; i < dates.size(); i++) {
                IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode at = (IIOMetadataNode) root.getElementsByTagName("ImageDescriptor").item(0);
                BufferedImage part = reader.read(i);
                if (i > 0) {
                    assertTrue(part.getWidth() * part.getHeight() < frames.width() * frames.height() * 3 / 4,
                            "frame " + i + " holds the whole map, not what changed");
                }
                g.drawImage(part, Integer.parseInt(at.getAttribute("imageLeftPosition")),
                        Integer.parseInt(at.getAttribute("imageTopPosition")), null);
                byte[] expected = palette.indices(frames.render(dates.get(i)));
                for (int y = 0; y < screen.getHeight(); y++) {
                    for (int x = 0; x < screen.getWidth(); x++) {
                        int want = rgb[expected[y * screen.getWidth() + x] & 0xFF];
                        if ((screen.getRGB(x, y) & 0xFFFFFF) != want) {
                            throw new AssertionError("frame " + i + " (" + dates.get(i) + ") at " + x + "," + y + ": "
                                    + Integer.toHexString(screen.getRGB(x, y) & 0xFFFFFF) + " instead of " + Integer.toHexString(want));
                        }
                    }
                }
            }
            g.dispose();
        } finally {
            reader.dispose();
        }
    }

    /**
     * The palette holds the map's inks, and every actor's colour at the legend's strengths,
     * exactly; no pixel takes the transparent index.
     */
    @Test
    void theAnimationsPaletteHoldsTheMapsColours() {
        var sides = run.actors().sides();
        FramePalette palette = FramePalette.forControlMap(sides);
        int[] rgb = palette.rgb();
        assertEquals(256, rgb.length);
        java.util.List<Color> exact = new java.util.ArrayList<>(ControlMap.inks(sides));
        for (var a : sides) {
            exact.add(RunCharts.colour(a));
            for (double legendStep : new double[]{0.4, 0.6, 0.8, 1.0}) exact.add(ControlMap.cellColour(a, legendStep));
        }
        BufferedImage strip = new BufferedImage(exact.size(), 1, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < exact.size(); i++) strip.setRGB(i, 0, exact.get(i).getRGB());
        byte[] indices = palette.indices(strip);
        for (int i = 0; i < exact.size(); i++) {
            assertEquals(exact.get(i).getRGB() & 0xFFFFFF, rgb[indices[i] & 0xFF], "colour " + exact.get(i));
        }
        BufferedImage magenta = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        magenta.setRGB(0, 0, rgb[FramePalette.UNCHANGED]);
        assertTrue((palette.indices(magenta)[0] & 0xFF) != FramePalette.UNCHANGED);
    }

    @Test
    void aManifestWithoutGridCannotBeMapped() {
        Manifest m = run.manifest();
        Manifest noGrid = new Manifest(m.scenarioId(), m.title(), m.question(), m.sha256(), m.seed(), m.version(),
                m.firstDate(), m.lastDate(), m.weeks(), java.util.Optional.empty(), m.parameters(), m.actors());
        RunResults r = new RunResults(noGrid, run.summary(), run.actors(), run.national(), run.regions(), run.cells(),
                run.events(), run.fuel(), run.places());
        DataFormatException e = assertThrows(DataFormatException.class, () -> new ControlMap(r, MapOverlay.empty()));
        assertTrue(e.getMessage().startsWith("manifest.json") && e.getMessage().contains("grid"), e.getMessage());
    }
}
