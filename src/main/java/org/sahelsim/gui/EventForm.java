package org.sahelsim.gui;

import java.awt.Color;
import java.awt.Component;
import java.awt.Font;
import java.awt.GridBagConstraints;
import java.awt.GridBagLayout;
import java.awt.Insets;
import java.util.List;
import java.util.Locale;
import javax.swing.BorderFactory;
import javax.swing.DefaultComboBoxModel;
import javax.swing.DefaultListCellRenderer;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JFrame;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JPanel;
import javax.swing.JTextArea;
import javax.swing.JTextField;
import javax.swing.WindowConstants;
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.scenario.Gazetteer;
import org.sahelsim.scenario.LiveEvents;
import org.sahelsim.scenario.ParameterCatalog;

/**
 * The teacher's live event: a form that offers every type of event of the scenario format with
 * what it takes (the forces, regions, places, corridors, countries or sides it may name; the
 * range of its value; its weeks), checks what was entered with the scenario reader's own rules,
 * and fires it into the run now, logged as the teacher's. A value the model cannot take is
 * refused in red with the reason, and nothing is fired.
 */
final class EventForm {
    private static final Color REFUSED = new Color(0xB2182B);
    private static final Color FIRED = new Color(0x1B7837);

    private final SahelSimWithUI gui;
    private final List<LiveEvents.Form> forms = LiveEvents.forms(Gazetteer.standard());
    private final JFrame frame = new JFrame();
    private final JComboBox<LiveEvents.Form> type = new JComboBox<>(forms.toArray(new LiveEvents.Form[0]));
    private final JTextArea does = note();
    private final JComboBox<String> target = new JComboBox<>();
    private final JLabel targetHint = new JLabel();
    private final JTextField value = new JTextField(10);
    private final JLabel valueHint = new JLabel();
    private final JTextField overWeeks = new JTextField(5);
    private final JLabel overWeeksHint = new JLabel();
    private final JTextField label = new JTextField(28);
    private final JTextArea status = note();

    EventForm(SahelSimWithUI gui) {
        this.gui = gui;
        frame.setTitle("Fire an event now: " + gui.sim().scenario().title());
        frame.setDefaultCloseOperation(WindowConstants.HIDE_ON_CLOSE);
        type.setRenderer(new DefaultListCellRenderer() {
            @Override
            public Component getListCellRendererComponent(JList<?> list, Object v, int i, boolean selected, boolean focus) {
                String words = v instanceof LiveEvents.Form f ? f.key().replace('_', ' ') : String.valueOf(v);
                return super.getListCellRendererComponent(list, words, i, selected, focus);
            }
        });
        type.addActionListener(e -> offer(selected()));
        target.setEditable(true);
        target.addActionListener(e -> {
            // For a type that names several, each pick from the list is added to those named so far.
            LiveEvents.Form f = selected();
            Object picked = target.getSelectedItem();
            if (!"comboBoxChanged".equals(e.getActionCommand()) || !f.several() || picked == null || !target.isPopupVisible()) return;
            String so = text(target.getEditor().getItem());
            if (!List.of(so.split(";")).contains(picked.toString())) {
                target.getEditor().setItem(so.isEmpty() ? picked.toString() : so + ";" + picked);
            }
        });
        JButton fire = new JButton("Fire now");
        fire.addActionListener(e -> fire());

        JPanel p = new JPanel(new GridBagLayout());
        p.setBorder(BorderFactory.createEmptyBorder(12, 12, 12, 12));
        int row = 0;
        row = line(p, row, "Event", type, null);
        GridBagConstraints c = cell(1, row++);
        c.gridwidth = 2;
        p.add(does, c);
        row = line(p, row, "Target", target, targetHint);
        row = line(p, row, "Value", value, valueHint);
        row = line(p, row, "Over weeks", overWeeks, overWeeksHint);
        row = line(p, row, "Label (optional)", label, new JLabel("shown on charts and in the event log"));
        c = cell(1, row++);
        c.fill = GridBagConstraints.NONE;
        p.add(fire, c);
        c = cell(0, row);
        c.gridwidth = 3;
        p.add(status, c);
        frame.setContentPane(p);
        offer(selected());
        frame.pack();
        frame.setSize(Math.max(760, frame.getWidth()), frame.getHeight() + 60);
    }

    /** Shows the form next to {@code owner}. */
    void show(Component owner) {
        if (!frame.isVisible()) frame.setLocationRelativeTo(owner);
        frame.setVisible(true);
        frame.toFront();
    }

    JFrame frame() {
        return frame;
    }

    // ---- what a test (or a person) does with the form ----

    /** Picks an event type by its key ({@code force_strength}). */
    void choose(String key) {
        for (LiveEvents.Form f : forms) if (f.key().equals(key)) type.setSelectedItem(f);
    }

    void target(String text) {
        target.getEditor().setItem(text);
        target.setSelectedItem(text);
    }

    void value(String text) {
        value.setText(text);
    }

    void overWeeks(String text) {
        overWeeks.setText(text);
    }

    void label(String text) {
        label.setText(text);
    }

    /** The line under the form: what was fired, or why nothing was. */
    String status() {
        return status.getText();
    }

    /** The names the target field offers now. */
    List<String> targetChoices() {
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < target.getItemCount(); i++) out.add(target.getItemAt(i));
        return out;
    }

    /** Fires the event as entered; returns whether it was fired (if not, {@link #status()} says why). */
    boolean fire() {
        LiveEvents.Form f = selected();
        StringBuilder problems = new StringBuilder();
        Double v = number("value", value.getText(), f.valueMeans(), problems);
        Double w = number("over_weeks", overWeeks.getText(), "a whole number of weeks", problems);
        if (w != null && w != Math.rint(w)) problems.append("over_weeks: found ").append(overWeeks.getText().strip())
                .append(", expected a whole number of weeks\n");
        if (problems.length() > 0) return refuse(problems.toString().strip());
        try {
            ScenarioEvent e = LiveEvents.event(f.key(), text(target.getEditor().getItem()), v,
                    w == null ? null : (int) Math.round(w), label.getText(), gui.sim().date(), Gazetteer.standard());
            int before = gui.sim().eventLog().size();
            gui.fire(e);
            List<LoggedEvent> logged = gui.sim().eventLog().since(before);
            status.setForeground(FIRED);
            status.setText("Fired in the week of " + gui.sim().date() + ": " + e.label()
                    + (logged.isEmpty() ? "" : "\nLogged: " + logged.get(logged.size() - 1).description()
                    + " (" + String.join(", ", logged.get(logged.size() - 1).actors()) + ")"));
            return true;
        } catch (IllegalArgumentException | IllegalStateException e) {
            return refuse(e.getMessage());
        }
    }

    private boolean refuse(String why) {
        java.awt.Toolkit.getDefaultToolkit().beep();
        status.setForeground(REFUSED);
        status.setText("Not fired:\n" + why);
        return false;
    }

    /** A number typed in a field, or null when the field is empty; what is not a number is a problem. */
    private static Double number(String field, String typed, String means, StringBuilder problems) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) return null;
        try {
            return Double.valueOf(t);
        } catch (NumberFormatException e) {
            problems.append(field).append(": found '").append(t).append("', expected a number")
                    .append(means.isEmpty() ? "" : ": " + means).append('\n');
            return null;
        }
    }

    private LiveEvents.Form selected() {
        return (LiveEvents.Form) type.getSelectedItem();
    }

    /** Sets the fields to what a type takes: its targets, its value's range, its weeks. */
    private void offer(LiveEvents.Form f) {
        does.setText(f.does());
        target.setModel(new DefaultComboBoxModel<>(f.choices().toArray(new String[0])));
        target.getEditor().setItem("");
        boolean named = !f.target().equals("none");
        target.setEnabled(named);
        targetHint.setText(!named ? "none" : f.targetWhat() + (f.target().equals("optional") ? ", optional" : "")
                + (f.names() > 1 ? ": " + f.names() + " of them, picked one after the other" : f.several() ? ": one or more, picked one after the other" : ""));
        boolean valued = !f.value().equals("none");
        value.setEnabled(valued);
        value.setText("");
        valueHint.setText(!valued ? "none" : f.valueMeans() + " (" + range(f) + (f.value().equals("optional") ? ", optional" : "") + ")");
        boolean weeks = !f.overWeeks().equals("none");
        overWeeks.setEnabled(weeks);
        overWeeks.setText("");
        overWeeksHint.setText(!weeks ? "none" : f.overWeeks().equals("required") ? "weeks it lasts" : "weeks to get there (empty: at once)");
        status.setText("");
    }

    private static String range(LiveEvents.Form f) {
        return f.max() == Double.POSITIVE_INFINITY ? ParameterCatalog.format(f.min()) + " or more"
                : ParameterCatalog.format(f.min()) + " to " + ParameterCatalog.format(f.max());
    }

    private static String text(Object o) {
        return o == null ? "" : o.toString().strip();
    }

    private static int line(JPanel p, int row, String name, Component field, Component hint) {
        JLabel l = new JLabel(name);
        l.setFont(l.getFont().deriveFont(Font.BOLD));
        p.add(l, cell(0, row));
        GridBagConstraints c = cell(1, row);
        p.add(field, c);
        if (hint != null) p.add(hint, cell(2, row));
        return row + 1;
    }

    private static GridBagConstraints cell(int x, int y) {
        GridBagConstraints c = new GridBagConstraints();
        c.gridx = x;
        c.gridy = y;
        c.anchor = GridBagConstraints.WEST;
        c.fill = x == 2 ? GridBagConstraints.NONE : GridBagConstraints.HORIZONTAL;
        c.insets = new Insets(4, 6, 4, 6);
        c.weightx = x == 1 ? 1 : 0;
        return c;
    }

    private static JTextArea note() {
        JTextArea a = new JTextArea(2, 50);
        a.setEditable(false);
        a.setLineWrap(true);
        a.setWrapStyleWord(true);
        a.setOpaque(false);
        a.setBorder(null);
        return a;
    }

    @Override
    public String toString() {
        return "event form of " + gui.sim().scenario().id() + " (" + selected().key().toLowerCase(Locale.ROOT) + ")";
    }
}
