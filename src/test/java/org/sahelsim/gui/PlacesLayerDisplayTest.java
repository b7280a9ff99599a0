package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Component;
import java.awt.Container;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JComboBox;
import javax.swing.SwingUtilities;
import javax.swing.text.JTextComponent;
import org.junit.jupiter.api.Test;
import org.sahelsim.Requirements;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.world.Geography;
import org.sahelsim.results.PlaceRecord;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.viz.PlaceSymbols;
import sim.portrayal.DrawInfo2D;

/**
 * The places layer and the place inspector in the real window on an X display (run as the other
 * window tests are: {@code -Dawt.headless=false -Dsahelsim.gui.test=true}, under Xvfb): the layer
 * mirrors the model's places, draws each at its position in its holder's colour, is switched off
 * and on from the display's Layers menu like the other layers, and a place opens in the
 * inspector by a double-click on it and from the list in the map window's header.
 */
class PlacesLayerDisplayTest {
    private static final int WEEKS = 3;
    private static final long SEED = 2;

    @Test
    void placesShowInTheirHoldersColoursSwitchOffAndOpenInTheInspector() throws Exception {
        Requirements.display();
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load("default", List.of());
        SahelSimWithUI gui = SahelSimWithUI.open(entry, SEED);
        try {
            Screens.step(gui.console(), WEEKS);
            SahelSim sim = gui.sim();
            Geography geo = sim.geography();
            PlacesLayer layer = gui.placesLayer();

            // The layer holds this week's places as the run's places.csv would write them.
            List<PlaceRecord> shown = layer.places();
            assertEquals(geo.places().size(), shown.size());
            for (PlaceRecord p : shown) {
                assertEquals(PlaceRecord.of(sim.world(), geo, geo.placeIndex(p.id()), sim.date()), p, p.id());
            }

            // Each place that stands clear of the others shows its holder's colour at its position.
            DrawInfo2D info = drawInfo(gui);
            BufferedImage on = Screens.capture(gui.display());
            PlaceSymbols symbols = new PlaceSymbols(org.sahelsim.results.Actors.standard());
            List<PlaceRecord> clear = clearOfOthers(shown, info, geo);
            assertTrue(clear.size() > 40, "places clear of others: " + clear.size());
            int right = 0;
            List<String> wrong = new ArrayList<>();
            for (PlaceRecord p : clear) {
                Point2D at = pixel(p, info, geo);
                // the symbol's interior: its centre, or a pixel next to it for the smallest symbols
                Color fill = symbols.fill(p.holder());
                boolean seen = false;
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int rgb = on.getRGB((int) Math.round(at.getX()) + dx, (int) Math.round(at.getY()) + dy);
                        seen |= close(new Color(rgb), fill);
                    }
                }
                if (seen) right++;
                else wrong.add(p.id() + " (" + p.holder() + ")");
            }
            assertEquals(clear.size(), right, "places not in their holder's colour: " + wrong);
            long held = clear.stream().filter(PlaceRecord::held).map(PlaceRecord::holder).distinct().count();
            assertTrue(held >= 2, "places of at least two sides are checked");

            // Switched off from the Layers menu, the places leave the picture, and only there.
            SwingUtilities.invokeAndWait(() -> layersItem(gui, "Places").doClick());
            assertTrue(!layersItem(gui, "Places").isSelected());
            BufferedImage off = Screens.capture(gui.display());
            for (PlaceRecord p : clear) {
                Point2D at = pixel(p, info, geo);
                double r = PlaceSymbols.radius(p.kind()) * PlacesLayer.UNIT;
                assertTrue(differs(on, off, at, r), p.id() + ": the layer switched off still shows it");
            }
            for (int y = 0; y < on.getHeight(); y++) {
                for (int x = 0; x < on.getWidth(); x++) {
                    if (on.getRGB(x, y) == off.getRGB(x, y)) continue;
                    assertTrue(nearAPlace(x, y, shown, info, geo), "a pixel changed away from every place: " + x + "," + y);
                }
            }
            SwingUtilities.invokeAndWait(() -> layersItem(gui, "Places").doClick());
            assertTrue(layersItem(gui, "Places").isSelected());

            // A double-click on Kidal opens it in the inspector, with its holder and garrison.
            int kidal = geo.placeIndex("kidal");
            PlaceReport expected = new PlaceReport(sim, kidal);
            Point2D k = at(shown.stream().filter(p -> p.id().equals("kidal")).findFirst().orElseThrow(), info, geo);
            SwingUtilities.invokeAndWait(() -> gui.display().createInspectors(
                    new Rectangle2D.Double(k.getX() - 1, k.getY() - 1, 3, 3), gui));
            String text = inspectorText(gui);
            assertTrue(text.contains(expected.getName()), text);
            assertTrue(text.contains(expected.getHolder()), "holder " + expected.getHolder() + " in " + text);
            assertTrue(text.contains(expected.getGarrison()), "garrison " + expected.getGarrison() + " in " + text);
            assertTrue(text.contains(Long.toString(expected.getWorthToState())), text);

            // And from the list above the map.
            JComboBox<?> list = placeList(gui);
            assertNotNull(list, "a list of places in the map window's header");
            int gao = -1;
            for (int i = 0; i < list.getItemCount(); i++) if ("Gao".equals(list.getItemAt(i))) gao = i;
            assertTrue(gao > 0, "Gao is in the list");
            int pick = gao;
            SwingUtilities.invokeAndWait(() -> list.setSelectedIndex(pick));
            String gaoText = inspectorText(gui);
            PlaceReport gaoReport = new PlaceReport(sim, geo.placeIndex("gao"));
            assertTrue(gaoText.contains("Gao") && gaoText.contains(gaoReport.getHolder()), gaoText);
            assertEquals(0, list.getSelectedIndex(), "the list returns to its prompt");
        } finally {
            Screens.close(gui.console(), gui);
        }
    }

    private static DrawInfo2D drawInfo(SahelSimWithUI gui) throws Exception {
        AtomicReference<DrawInfo2D> info = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> info.set(gui.display().getDrawInfo2D(gui.placesLayer(), new Point2D.Double(0, 0))));
        return info.get();
    }

    /** Where the display draws a place, in its own coordinates (those of a click). */
    private static Point2D at(PlaceRecord p, DrawInfo2D info, Geography geo) {
        return new Point2D.Double(PlacesLayer.x(info, geo, p.lon()), PlacesLayer.y(info, geo, p.lat()));
    }

    /** Where a place is in a captured picture of the display, which starts at the corner of the drawn map. */
    private static Point2D pixel(PlaceRecord p, DrawInfo2D info, Geography geo) {
        Point2D a = at(p, info, geo);
        return new Point2D.Double(a.getX() - info.draw.x, a.getY() - info.draw.y);
    }

    /** Places other than junctions whose centre no other place's symbol (with its halo) or siege ring covers. */
    private static List<PlaceRecord> clearOfOthers(List<PlaceRecord> all, DrawInfo2D info, Geography geo) {
        List<PlaceRecord> out = new ArrayList<>();
        for (PlaceRecord p : all) {
            if (p.kind().equals("junction")) continue;
            Point2D a = at(p, info, geo);
            boolean clear = true;
            for (PlaceRecord q : all) {
                if (q == p) continue;
                double d = a.distance(at(q, info, geo)) / PlacesLayer.UNIT;
                if (d < PlaceSymbols.radius(q.kind()) + 3) clear = false;
                if (q.besieged() && Math.abs(d - PlaceSymbols.ringRadius(q.kind())) < 4) clear = false;
            }
            if (clear) out.add(p);
        }
        return out;
    }

    private static boolean nearAPlace(int x, int y, List<PlaceRecord> all, DrawInfo2D info, Geography geo) {
        for (PlaceRecord p : all) {
            double reach = (PlaceSymbols.ringRadius(p.kind()) + 3) * PlacesLayer.UNIT + 2;
            if (pixel(p, info, geo).distance(x, y) <= reach) return true;
        }
        return false;
    }

    private static boolean differs(BufferedImage a, BufferedImage b, Point2D at, double r) {
        int n = 0;
        for (int y = (int) (at.getY() - r); y <= at.getY() + r; y++) {
            for (int x = (int) (at.getX() - r); x <= at.getX() + r; x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) n++;
            }
        }
        return n > 0;
    }

    private static boolean close(Color a, Color b) {
        return Math.abs(a.getRed() - b.getRed()) <= 3 && Math.abs(a.getGreen() - b.getGreen()) <= 3
                && Math.abs(a.getBlue() - b.getBlue()) <= 3;
    }

    private static JCheckBoxMenuItem layersItem(SahelSimWithUI gui, String name) {
        for (Component c : gui.display().popup.getComponents()) {
            if (c instanceof JCheckBoxMenuItem item && item.getText().equals(name)) return item;
        }
        throw new AssertionError("no layer called " + name + " in the Layers menu");
    }

    private static JComboBox<?> placeList(SahelSimWithUI gui) {
        for (Component c : gui.display().header.getComponents()) {
            if (c instanceof JComboBox<?> box && box.getItemCount() > 0 && String.valueOf(box.getItemAt(0)).startsWith("Inspect a place")) {
                return box;
            }
        }
        return null;
    }

    /** The text the console's inspectors show: every label and field in them. */
    private static String inspectorText(SahelSimWithUI gui) throws Exception {
        AtomicReference<String> text = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            StringBuilder s = new StringBuilder();
            for (Object i : gui.console().getAllInspectors()) {
                sim.portrayal.Inspector inspector = (sim.portrayal.Inspector) i;
                inspector.updateInspector();
                collect(inspector, s);
            }
            text.set(s.toString());
        });
        return text.get();
    }

    private static void collect(Component c, StringBuilder s) {
        if (c instanceof javax.swing.JLabel l && l.getText() != null) s.append(l.getText()).append('\n');
        if (c instanceof JTextComponent t && t.getText() != null) s.append(t.getText()).append('\n');
        if (c instanceof javax.swing.AbstractButton b && b.getText() != null) s.append(b.getText()).append('\n');
        if (c instanceof Container parent) for (Component child : parent.getComponents()) collect(child, s);
    }
}
