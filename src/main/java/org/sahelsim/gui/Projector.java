package org.sahelsim.gui;

import java.awt.Component;
import java.awt.Container;
import java.awt.Font;
import java.util.IdentityHashMap;
import java.util.Map;
import javax.swing.JComponent;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JRootPane;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.Axis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.LegendTitle;

/**
 * The projector mode of a set of teaching windows: every piece of text {@link #SCALE} times
 * larger (the console's tabs, buttons and levers, the menus, the charts' titles, axes and
 * legends), so that the back of a classroom can read it; and back. Each component's own font is
 * remembered the first time, so switching back restores exactly what was there.
 */
final class Projector {
    /** How much larger text is on a projector. */
    static final float SCALE = 1.6f;

    /** The fonts components and chart parts had before the first change, by identity. */
    private final Map<Object, Font> original = new IdentityHashMap<>();
    /** The same for an axis's two fonts, by axis and which. */
    private final Map<Key, Font> axes = new java.util.HashMap<>();
    private boolean on;

    boolean on() {
        return on;
    }

    /** Sets the text of these windows (and everything in them, menus included) to projector size or back. */
    void set(boolean wanted, Component... windows) {
        on = wanted;
        for (Component w : windows) {
            if (w == null) continue;
            scale(w);
            if (w instanceof javax.swing.RootPaneContainer rpc) {
                JRootPane root = rpc.getRootPane();
                JMenuBar bar = root.getJMenuBar();
                if (bar != null) scale(bar);
            }
            w.invalidate();
            w.validate();
            w.repaint();
        }
    }

    /** Sets a chart's title, axes and legend to projector size or back. */
    void charts(boolean wanted, JFreeChart... charts) {
        for (JFreeChart c : charts) {
            if (c.getTitle() != null) c.getTitle().setFont(sized(c.getTitle(), c.getTitle().getFont()));
            if (c.getPlot() instanceof XYPlot p) {
                for (Axis a : new Axis[] {p.getDomainAxis(), p.getRangeAxis()}) {
                    if (a == null) continue;
                    a.setLabelFont(sized(axes.computeIfAbsent(new Key(a, "label"), k -> a.getLabelFont())));
                    a.setTickLabelFont(sized(axes.computeIfAbsent(new Key(a, "ticks"), k -> a.getTickLabelFont())));
                }
            }
            LegendTitle legend = c.getLegend();
            if (legend != null) legend.setItemFont(sized(legend, legend.getItemFont()));
        }
    }

    /** An axis and which of its fonts (its label's or its ticks'). */
    private record Key(Axis axis, String which) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.axis == axis && k.which.equals(which);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(axis) * 31 + which.hashCode();
        }
    }

    private void scale(Component c) {
        Font f = c.getFont();
        if (f != null) c.setFont(sized(c, f));
        if (c instanceof JMenu m) {
            for (Component item : m.getMenuComponents()) scale(item);
        }
        if (c instanceof Container k) {
            for (Component child : k.getComponents()) scale(child);
        }
        if (c instanceof JComponent j) j.revalidate();
    }

    /** The font {@code owner} shows in this mode: its own, or its own made larger. */
    private Font sized(Object owner, Font current) {
        return sized(original.computeIfAbsent(owner, k -> current));
    }

    private Font sized(Font base) {
        return on ? base.deriveFont(base.getSize2D() * SCALE) : base;
    }
}
