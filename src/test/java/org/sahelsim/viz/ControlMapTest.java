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
        assertEquals(ReportBuilder.MAX_ANIMATION_FRAMES, frames.size());
        assertEquals(many.get(0), frames.get(0));
        assertEquals(many.get(199), frames.get(frames.size() - 1));
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
