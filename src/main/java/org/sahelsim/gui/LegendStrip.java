package org.sahelsim.gui;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import javax.swing.JComponent;

/** How the strips under the teaching windows' maps are drawn: a white band under a grey rule, and colour swatches. */
final class LegendStrip {
    private LegendStrip() {
    }

    /** A copy of {@code graphics}, smoothed, with {@code strip} painted white under a grey rule; dispose it after. */
    static Graphics2D begin(Graphics graphics, JComponent strip) {
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, strip.getWidth(), strip.getHeight());
        g.setColor(new Color(0x888888));
        g.drawLine(0, 0, strip.getWidth(), 0);
        return g;
    }

    /**
     * A box of colour, or a pair (full and weaker, to show that paler means weaker), and its label;
     * returns where the next swatch starts.
     */
    static int swatch(Graphics2D g, int x, int y, Color strong, Color weak, String label, FontMetrics fm) {
        g.setColor(strong);
        g.fillRect(x, y, 14, 14);
        g.setColor(Color.DARK_GRAY);
        g.drawRect(x, y, 14, 14);
        int tx = x + 18;
        if (weak != null) {
            g.setColor(weak);
            g.fillRect(x + 16, y, 14, 14);
            g.setColor(Color.DARK_GRAY);
            g.drawRect(x + 16, y, 14, 14);
            tx = x + 34;
        }
        g.setColor(Color.BLACK);
        g.drawString(label, tx, y + 12);
        return tx + fm.stringWidth(label) + 16;
    }
}
