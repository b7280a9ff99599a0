package org.sahelsim.gui;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import javax.swing.JComponent;
import org.sahelsim.classic.epstein.Occupant;
import org.sahelsim.viz.EpsteinPalette;

/**
 * The strip under the torus: the tick and the counts in large type, the key to the colours, and
 * in red the last value a lever refused.
 */
public final class EpsteinLegend extends JComponent {
    private static final long serialVersionUID = 1L;
    private static final Color REFUSAL = new Color(0xB00020);

    private volatile String status = "";
    private volatile String refusal = "";

    public EpsteinLegend() {
        setPreferredSize(new Dimension(680, 90));
        setOpaque(true);
    }

    /** Shows the tick and counts; call on the event thread. */
    public void setStatus(String text) {
        status = text;
        repaint();
    }

    /** Shows what a lever refused (empty: nothing); call on the event thread. */
    public void setRefusal(String text) {
        if (text.equals(refusal)) return;
        refusal = text;
        repaint();
    }

    public String status() {
        return status;
    }

    public String refusal() {
        return refusal;
    }

    @Override
    protected void paintComponent(Graphics graphics) {
        Graphics2D g = LegendStrip.begin(graphics, this);
        int x = 12;
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.drawString(status, x, 25);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        FontMetrics fm = g.getFontMetrics();
        for (Occupant o : new Occupant[] {Occupant.QUIESCENT, Occupant.ACTIVE, Occupant.JAILED, Occupant.COP, Occupant.EMPTY}) {
            x = LegendStrip.swatch(g, x, 38, EpsteinPalette.of(o), null, EpsteinPalette.label(o), fm);
        }
        String r = refusal;
        if (!r.isEmpty()) {
            g.setColor(REFUSAL);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
            g.drawString(r, 12, 78);
        }
        g.dispose();
    }
}
