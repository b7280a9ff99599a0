package org.sahelsim.gui;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.util.Locale;
import javax.swing.JComponent;
import org.sahelsim.model.Side;
import org.sahelsim.results.Actors;

/**
 * The strip under the map: the week shown, in large type, and the key to the layer on top (the
 * last visible cell layer the display drew): the actors' colours for the control layer, or the
 * scale from white to the layer's colour with its end values.
 */
public final class MapLegend extends JComponent {
    private static final long serialVersionUID = 1L;

    private static final int HEIGHT = 102;
    /** From one line of the control key to the next, when it wraps. */
    private static final int LINE = 20;

    private volatile String week = "";
    private volatile double scale = 1;
    private volatile CellLayer layer;

    public MapLegend() {
        setPreferredSize(new Dimension(600, HEIGHT));
        setBackground(Color.WHITE);
        setOpaque(true);
    }

    /** Shows a new week; call on the event thread. */
    public void setWeek(String text) {
        week = text;
        repaint();
    }

    /** Shows the key of another layer; call on the event thread. */
    public void setLayer(CellLayer l) {
        if (l == layer) return;
        layer = l;
        repaint();
    }

    /** Draws everything {@code scale} times larger (a projector); call on the event thread. */
    public void setScale(double scale) {
        this.scale = scale;
        setPreferredSize(new Dimension(600, (int) Math.ceil(HEIGHT * scale)));
        revalidate();
        repaint();
    }

    public double scale() {
        return scale;
    }

    /** The week line shown. */
    public String week() {
        return week;
    }

    public CellLayer layer() {
        return layer;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = LegendStrip.begin(graphics, this);
        g.scale(scale, scale);
        int x = 12;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(week, x, 26);
        CellLayer l = layer;
        if (l == null) {
            g.dispose();
            return;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        String head = l.title() + ": ";
        g.drawString(head, x, 50);
        int hx = x + g.getFontMetrics().stringWidth(head);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        g.drawString(l.explanation(), hx, 50);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        if (l.colours() instanceof ControlColours) controlKey(g, x, 60);
        else if (l.colours() instanceof Ramp r) rampKey(g, x, 60, r);
        g.dispose();
    }

    private void controlKey(Graphics2D g, int x, int y) {
        FontMetrics fm = g.getFontMetrics();
        Actors actors = Actors.standard();
        // The key wraps onto a second line where the strip is too narrow for it (the strip is as
        // wide as the map's window, which a teacher may make narrow).
        int right = (int) (getWidth() / scale) - 8;
        int[] at = {x, y};
        for (Side s : Side.values()) {
            swatch(g, at, x, right, ControlColours.held(s, 1.0), ControlColours.held(s, 0.5), actors.find(s.key()).label(), fm);
        }
        swatch(g, at, x, right, new ControlColours().getColor(Side.COUNT + 0.2), null, actors.contested().label(), fm);
        swatch(g, at, x, right, new ControlColours().getColor(Side.COUNT + 1.1), null, actors.ungoverned().label(), fm);
    }

    /** Draws one swatch at {@code at} = {x, y}, first moving to a new line at {@code left} if it would pass {@code right}. */
    private static void swatch(Graphics2D g, int[] at, int left, int right, Color strong, Color weak, String label, FontMetrics fm) {
        int width = (weak != null ? 34 : 18) + fm.stringWidth(label);
        if (at[0] > left && at[0] + width > right) {
            at[0] = left;
            at[1] += LINE;
        }
        at[0] = LegendStrip.swatch(g, at[0], at[1], strong, weak, label, fm);
    }

    private void rampKey(Graphics2D g, int x, int y, Ramp r) {
        int w = 240;
        for (int i = 0; i < w; i++) {
            g.setColor(r.getColor(r.valueAt(i / (double) (w - 1))));
            g.drawLine(x + i, y, x + i, y + 14);
        }
        g.setColor(Color.DARK_GRAY);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(x, y, w, 14);
        g.setColor(Color.BLACK);
        FontMetrics fm = g.getFontMetrics();
        String lo = number(r.low());
        String hi = number(r.high()) + (r.openEnded() ? " or more" : "");
        g.drawString(lo, x + w + 8, y + 12);
        g.drawString("(white) to", x + w + 8 + fm.stringWidth(lo) + 4, y + 12);
        int hx = x + w + 8 + fm.stringWidth(lo) + 4 + fm.stringWidth("(white) to") + 4;
        g.drawString(hi, hx, y + 12);
    }

    private static String number(double v) {
        if (v == Math.rint(v)) return String.format(Locale.ROOT, "%,d", (long) v);
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
