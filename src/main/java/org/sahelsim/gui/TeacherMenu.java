package org.sahelsim.gui;

import java.awt.event.InputEvent;
import java.awt.event.KeyEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JCheckBoxMenuItem;
import javax.swing.JFileChooser;
import javax.swing.JMenu;
import javax.swing.JMenuBar;
import javax.swing.JMenuItem;
import javax.swing.JOptionPane;
import javax.swing.KeyStroke;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.sahelsim.run.Checkpoint;
import sim.display.Console;

/**
 * The Teacher menu on the console's menu bar: fire an event now, save the run at this week,
 * restore a saved week, fork the run from this week, and the projector mode. Whatever goes wrong
 * (a run not begun, a file that cannot be written or read) is said in a dialog; nothing fails
 * silently.
 */
final class TeacherMenu {
    private TeacherMenu() {
    }

    /** Adds the menu to the console's menu bar. */
    static void install(SahelSimWithUI gui, Console console) {
        JMenu menu = new JMenu("Teacher");
        menu.setMnemonic(KeyEvent.VK_T);
        int ctrl = java.awt.Toolkit.getDefaultToolkit().getMenuShortcutKeyMaskEx();

        JMenuItem fire = new JMenuItem("Fire an event now\u2026");
        fire.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_E, ctrl));
        fire.addActionListener(e -> gui.eventForm().show(console));
        menu.add(fire);

        JMenuItem save = new JMenuItem("Save this week\u2026");
        save.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_S, ctrl | InputEvent.SHIFT_DOWN_MASK));
        save.addActionListener(e -> save(gui, console));
        menu.add(save);

        JMenuItem restore = new JMenuItem("Restore a saved week\u2026");
        restore.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_O, ctrl | InputEvent.SHIFT_DOWN_MASK));
        restore.addActionListener(e -> restore(gui, console));
        menu.add(restore);

        JMenuItem fork = new JMenuItem("Fork from this week");
        fork.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_F, ctrl | InputEvent.SHIFT_DOWN_MASK));
        fork.addActionListener(e -> attempt(console, "Cannot fork the run", () -> gui.fork()));
        menu.add(fork);

        menu.addSeparator();
        JCheckBoxMenuItem projector = new JCheckBoxMenuItem("Projector mode (larger text)");
        projector.setAccelerator(KeyStroke.getKeyStroke(KeyEvent.VK_P, ctrl | InputEvent.SHIFT_DOWN_MASK));
        projector.addActionListener(e -> gui.setProjector(projector.isSelected()));
        menu.add(projector);

        JMenuBar bar = console.getJMenuBar();
        bar.add(menu);
        bar.revalidate();
    }

    /** Where saved runs go by default: {@code output/} under the working folder, if it exists. */
    private static Path folder() {
        Path out = Path.of("output");
        return Files.isDirectory(out) ? out : Path.of(".");
    }

    private static void save(SahelSimWithUI gui, Console console) {
        if (gui.sim().world() == null) {
            error(console, "Cannot save the run", "The run has not begun: press play or pause first.");
            return;
        }
        JFileChooser chooser = chooser();
        chooser.setDialogTitle("Save the run at this week");
        String stem = gui.sim().scenario().id() + "-seed" + gui.sim().seed() + "-" + gui.sim().date();
        chooser.setSelectedFile(Checkpoint.freeName(folder(), stem).toFile());
        if (chooser.showSaveDialog(console) != JFileChooser.APPROVE_OPTION) return;
        Path file = chooser.getSelectedFile().toPath();
        if (!file.getFileName().toString().endsWith(Checkpoint.EXTENSION)) {
            file = file.resolveSibling(file.getFileName() + Checkpoint.EXTENSION);
        }
        try {
            Path written = gui.save(file);
            JOptionPane.showMessageDialog(console, "Saved the run after the week of " + gui.sim().date() + " in\n" + written,
                    "Saved", JOptionPane.INFORMATION_MESSAGE);
        } catch (IOException | RuntimeException e) {
            error(console, "Cannot save the run", e.getMessage());
        }
    }

    private static void restore(SahelSimWithUI gui, Console console) {
        JFileChooser chooser = chooser();
        chooser.setDialogTitle("Restore a saved week");
        chooser.setCurrentDirectory(folder().toFile());
        if (chooser.showOpenDialog(console) != JFileChooser.APPROVE_OPTION) return;
        try {
            gui.restore(chooser.getSelectedFile().toPath());
        } catch (IOException | RuntimeException e) {
            error(console, "Cannot restore the run", e.getMessage());
        }
    }

    private static JFileChooser chooser() {
        JFileChooser chooser = new JFileChooser();
        chooser.setFileFilter(new FileNameExtensionFilter("Saved runs (*" + Checkpoint.EXTENSION + ")",
                Checkpoint.EXTENSION.substring(1)));
        return chooser;
    }

    private static void attempt(Console console, String title, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            error(console, title, e.getMessage());
        }
    }

    private static void error(Console console, String title, String message) {
        JOptionPane.showMessageDialog(console, message, title, JOptionPane.ERROR_MESSAGE);
    }
}
