package org.sahelsim.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.Requirements;
import org.sahelsim.results.PlaceRecord;
import org.sahelsim.results.RunResults;
import org.sahelsim.results.SyntheticPlaces;
import org.sahelsim.results.SyntheticRun;

/** The places on the maps: each in its holder's colour at its position, sieges ringed, a key in the legend. */
class PlaceMapTest {
    @TempDir
    static Path dir;
    static RunResults run;

    @BeforeAll
    static void writeRun() throws IOException {
        Requirements.fonts();
        run = RunResults.read(SyntheticPlaces.write(dir.resolve("run"), 13, 5, false));
    }

    private static LocalDate week(int t) {
        return SyntheticRun.START.plusWeeks(t);
    }

    /** At every snapshot, each place's centre is its holder's colour (white for nobody), in full-size maps and animation frames. */
    @Test
    void eachPlaceIsInItsHoldersColourAtItsPosition() {
        ControlMap map = new ControlMap(run, MapOverlay.empty());
        PlaceSymbols symbols = new PlaceSymbols(run.actors());
        for (int width : new int[] {ControlMap.WIDTH, ControlAnimation.FRAME_WIDTH}) {
            for (LocalDate date : run.snapshotDates()) {
                BufferedImage image = map.render(date, width);
                int t = (int) java.time.temporal.ChronoUnit.WEEKS.between(SyntheticRun.START, date);
                for (SyntheticPlaces.Site s : SyntheticPlaces.SITES) {
                    if (s.kind().equals("junction")) continue; // a dot of a few pixels, left unobtrusive
                    Point2D p = map.project(s.lon(), s.lat(), width);
                    Color expected = symbols.fill(s.at(t).holder());
                    assertTrue(interiorHas(image, p, expected), s.id() + " on " + date + " at " + width + " px: "
                            + Pixels.at(image, p.getX(), p.getY()) + " where " + expected + " was expected");
                }
            }
        }
        assertEquals(Color.WHITE, symbols.fill(PlaceRecord.NOBODY));
        assertEquals(SyntheticRun.colour("jnim"), symbols.fill("jnim"));
    }

    /** The symbol's interior: its centre, or for the smallest symbols of an animation frame a pixel next to it. */
    private static boolean interiorHas(BufferedImage image, Point2D p, Color colour) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (Pixels.at(image, p.getX() + dx, p.getY() + dy).equals(colour)) return true;
            }
        }
        return false;
    }

    /** A besieged place is ringed in its besieger's colour; the ring goes with the siege. */
    @Test
    void aSiegeIsRingedInTheBesiegersColour() {
        ControlMap map = new ControlMap(run, MapOverlay.empty());
        SyntheticPlaces.Site mopti = SyntheticPlaces.SITES.get(1);
        assertEquals("jnim", mopti.at(4).besieger(), "Mopti is besieged in the snapshot of week 4");
        assertEquals("", mopti.at(8).besieger());
        int during = ringPixels(map, week(4), mopti, SyntheticRun.colour("jnim"));
        int after = ringPixels(map, week(8), mopti, SyntheticRun.colour("jnim"));
        assertTrue(during >= 20, "the ring in JNIM's colour: " + during + " of 72 points");
        assertTrue(during - after >= 15, "the ring goes with the siege: " + during + " then " + after);
    }

    /** Points on the ring around a place that have the colour. */
    private static int ringPixels(ControlMap map, LocalDate date, SyntheticPlaces.Site s, Color colour) {
        BufferedImage image = map.render(date, ControlMap.WIDTH);
        Point2D c = map.project(s.lon(), s.lat(), ControlMap.WIDTH);
        double r = PlaceSymbols.ringRadius(s.kind()); // a unit is a pixel at full width
        int n = 0;
        for (int i = 0; i < 72; i++) {
            double a = i * Math.PI / 36;
            if (Pixels.at(image, c.getX() + r * Math.cos(a), c.getY() + r * Math.sin(a)).equals(colour)) n++;
        }
        return n;
    }

    /** The legend names the kinds of place the run has, an empty place and a siege. */
    @Test
    void theLegendKeysThePlaces() throws IOException {
        Path svg = dir.resolve("map.svg");
        ControlMap map = new ControlMap(run, SyntheticOverlay.overlay());
        PictureFiles.writeSvg(map.picture(week(4)), ControlMap.WIDTH, map.height(ControlMap.WIDTH), svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        for (String s : new String[] {"Places, in the holder", "Capital", "Regional capital", "Town", "Army camp",
                "Foreign base", "Mine", "Border crossing", "Road junction", "Held by nobody", "Besieged"}) {
            assertTrue(text.contains(s), "the legend says " + s);
        }
    }

    /** A run without places (written before them) keeps the overlay's own marks for towns and mines. */
    @Test
    void aRunWithoutPlacesKeepsTheOverlaysMarks() throws IOException {
        RunResults old = RunResults.read(SyntheticRun.write(dir.resolve("old"), 5, 5, false));
        Path svg = dir.resolve("old.svg");
        ControlMap map = new ControlMap(old, SyntheticOverlay.overlay());
        PictureFiles.writeSvg(map.picture(week(4)), ControlMap.WIDTH, map.height(ControlMap.WIDTH), svg);
        String text = Files.readString(svg, StandardCharsets.UTF_8);
        assertFalse(text.contains("Places, in the holder"));
        BufferedImage image = map.render(week(4), ControlMap.WIDTH);
        Point2D bamako = map.project(-8.0, 12.65, ControlMap.WIDTH);
        assertEquals(Color.BLACK, Pixels.at(image, bamako.getX(), bamako.getY()), "the overlay's capital mark");
    }
}
