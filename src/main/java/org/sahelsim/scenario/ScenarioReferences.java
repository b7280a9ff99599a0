package org.sahelsim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.model.Force;
import org.sahelsim.model.params.Period;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.model.world.Geography;

/**
 * Checks what a bound scenario refers to, before anything is simulated: each event's target
 * against the {@link Gazetteer} and its {@link EventRules} (target, value, {@code over_weeks}),
 * its date against the period, and the keys of {@code initial_control} (every region, no
 * other), {@code fuel.corridors} (every corridor, no other) and each force's
 * {@code priorities.regions} (regions only). Each problem is reported where it was written, with
 * the key path, what was found, what was expected and, for a near miss, a "did you mean".
 */
public final class ScenarioReferences {
    private final Loaded<Scenario> loaded;
    private final Gazetteer names;
    private final ProblemList problems;

    private ScenarioReferences(Loaded<Scenario> loaded, Gazetteer names, int cap) {
        this.loaded = loaded;
        this.names = names;
        this.problems = new ProblemList(cap);
    }

    /**
     * Checks a scenario and throws every problem found.
     *
     * @throws ScenarioException if anything refers to what does not exist or breaks its event's rule
     */
    public static void check(Loaded<Scenario> loaded, Gazetteer names) {
        ScenarioReferences c = new ScenarioReferences(loaded, names, ScenarioReader.Limits.DEFAULT.maxProblems());
        Scenario s = loaded.value();
        c.events("events", s.events(), s.period());
        c.events("add_events", s.addEvents(), s.period());
        c.keys("initial_control", s.initialControl().byRegion(), Referent.REGION, true);
        c.keys("fuel.corridors", s.fuel().corridors(), Referent.CORRIDOR, true);
        for (Force f : Force.values()) {
            Map<String, Double> regions = s.forces().of(f).priorities().regions();
            if (regions != null) c.keys("forces." + f.key() + ".priorities.regions", regions, Referent.REGION, false);
        }
        c.problems.throwIfAny();
    }

    /**
     * Checks that the scenario's grid gives every region of the map at least one cell: on a grid
     * too coarse for a small region (Bamako district at 0.5°) the model would play that region
     * without ground.
     *
     * @throws ScenarioException at {@code grid.cell_degrees} if a region has no cell
     */
    public static void checkGrid(ScenarioLibrary.Entry entry, Geography map) {
        int[] cells = new int[map.regions().size()];
        for (int c = 0; c < map.cellCount(); c++) cells[map.region(c)]++;
        List<String> empty = new ArrayList<>();
        for (int r = 0; r < cells.length; r++) if (cells[r] == 0) empty.add(map.regions().get(r).id());
        if (empty.isEmpty()) return;
        ProblemList problems = new ProblemList(1);
        String path = "grid.cell_degrees";
        ParameterCatalog.Parameter p = entry.catalog().get(path); // where the value was written, --set included
        Tree.Origin at = p != null ? new Tree.Origin(p.file(), p.line(), p.column()) : entry.locations().at(path);
        problems.add(at, path, ParameterCatalog.format(map.cellDegrees()) + ", at which " + String.join(", ", empty)
                + (empty.size() == 1 ? " has" : " have") + " no cell of the grid",
                "cells small enough for every region of the map to have one");
        problems.throwIfAny();
    }

    private void events(String key, List<ScenarioEvent> events, Period period) {
        if (events == null) return;
        for (int i = 0; i < events.size(); i++) {
            ScenarioEvent e = events.get(i);
            String path = key + "[" + i + "]";
            String type = e.type().name().toLowerCase(Locale.ROOT);
            EventRules.Rule rule = EventRules.of(e.type());
            LocalDate date = e.date();
            if (date.isBefore(period.start())) {
                add(path + ".date", date.toString(), "a date within the period (" + period.start() + " to "
                        + period.end() + "): this one comes before its start", null);
            }
            target(path, type, rule, e.target());
            value(path, type, rule, e.value());
            if (rule.overWeeks() == EventRules.Need.NONE && e.overWeeks() != null) {
                add(path + ".over_weeks", e.overWeeks().toString(), "no over_weeks: " + type + " events act at once", null);
            } else if (rule.overWeeks() == EventRules.Need.REQUIRED && e.overWeeks() == null) {
                add(path, "no over_weeks", "over_weeks: how many weeks the " + type + " lasts", null);
            } else if (rule.overWeeks() == EventRules.Need.REQUIRED && e.overWeeks() < 1) {
                add(path + ".over_weeks", e.overWeeks().toString(), "a whole number of weeks >= 1", null);
            }
        }
    }

    private void target(String path, String type, EventRules.Rule rule, String target) {
        boolean blank = target == null || target.isBlank();
        String at = path + ".target";
        if (rule.target() == EventRules.Need.NONE) {
            if (!blank) add(at, "'" + target + "'", "no target: " + type + " events name none", null);
            return;
        }
        if (blank) {
            if (rule.target() == EventRules.Need.REQUIRED) {
                add(target == null ? path : at, target == null ? "no target" : "an empty target",
                        "a target for " + type + ": " + rule.referent().what() + ", one of " + known(rule.referent()), null);
            }
            return;
        }
        if (rule.referent() == null) return;
        int offset = 0;
        if (rule.names() > 0) {
            java.util.Set<String> distinct = new java.util.LinkedHashSet<>();
            for (String part : target.split(";", -1)) if (!part.isBlank()) distinct.add(part.strip());
            if (distinct.size() != rule.names()) {
                add(at, "'" + target + "', which names " + distinct.size() + " different",
                        rule.names() + " different names of " + rule.referent().what() + ", separated by ';'", null);
            }
        }
        for (String part : rule.list() ? target.split(";", -1) : new String[] {target}) {
            String name = part.strip();
            int indent = part.indexOf(name.isEmpty() ? part : name);
            if (name.isEmpty()) {
                add(at, offset + indent, "an empty name in '" + target + "'",
                        rule.referent().what() + " in each place between ';'", null);
            } else if (!names.knows(rule.referent(), name)) {
                add(at, offset + indent, "'" + name + "', which is not " + rule.referent().what(),
                        (rule.list() ? rule.referent().what() + " (several separated by ';')" : rule.referent().what())
                                + ": one of " + known(rule.referent()),
                        KeyNames.didYouMean(name, names.names(rule.referent())));
            }
            offset += part.length() + 1;
        }
    }

    private void value(String path, String type, EventRules.Rule rule, Double value) {
        String at = path + ".value";
        if (rule.value() == EventRules.Need.NONE) {
            if (value != null) add(at, ParameterCatalog.format(value), "no value: " + type + " events have none", null);
            return;
        }
        if (value == null) {
            if (rule.value() == EventRules.Need.REQUIRED) add(path, "no value", "a value: " + rule.means(), null);
            return;
        }
        if (value < rule.min() || value > rule.max()) {
            String range = rule.max() == Double.POSITIVE_INFINITY ? "a number >= " + ParameterCatalog.format(rule.min())
                    : "a number between " + ParameterCatalog.format(rule.min()) + " and " + ParameterCatalog.format(rule.max());
            add(at, ParameterCatalog.format(value), range + ": " + rule.means(), null);
        }
    }

    /**
     * The keys of a mapping must be names of a kind: none unknown and, if {@code complete}, none
     * missing.
     */
    private void keys(String path, Map<String, ?> map, Referent kind, boolean complete) {
        List<String> known = names.names(kind);
        for (String k : map.keySet()) {
            if (!known.contains(k)) {
                add(loaded.locations().keyAt(path + "." + k), path + "." + k, "'" + k + "', which is not " + kind.what(),
                        kind.what() + ": one of " + known(kind), KeyNames.didYouMean(k, known));
            }
        }
        if (!complete) return;
        List<String> missing = new ArrayList<>();
        for (String k : known) if (!map.containsKey(k)) missing.add(k);
        if (!missing.isEmpty()) {
            add(path, "no entry for " + String.join(", ", missing),
                    "an entry for every " + kind.name().toLowerCase(Locale.ROOT) + " of the map: " + known(kind), null);
        }
    }

    /** The names of a kind, in words; a long list (the map's places) is named by where to find it. */
    private String known(Referent kind) {
        List<String> all = names.names(kind);
        if (all.size() <= LISTED) return String.join(", ", all);
        return "the " + all.size() + " listed by 'sahelsim describe' (" + String.join(", ", all.subList(0, 6)) + ", ...)";
    }

    /** The most names an error message lists in full. */
    private static final int LISTED = 30;

    private void add(String path, String found, String expected, String suggestion) {
        add(loaded.locations().at(path), path, found, expected, suggestion);
    }

    private void add(String path, int offset, String found, String expected, String suggestion) {
        add(loaded.locations().at(path, offset), path, found, expected, suggestion);
    }

    private void add(Tree.Origin at, String path, String found, String expected, String suggestion) {
        problems.add(at, path, found, expected, suggestion);
    }
}
