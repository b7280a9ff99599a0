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
 * other), {@code fuel.corridors} (every corridor, no other), {@code strategy.neighbours.states}
 * (every country a corridor crosses, no other) and each force's
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
        c.keys("strategy.neighbours.states", s.strategy().neighbours().states(), Referent.CORRIDOR_STATE, true);
        c.names("fuel.rural_restriction_regions.regions", s.fuel().ruralRestrictionRegions().regions(), Referent.REGION);
        if (s.relations() != null && s.relations().grounds() != null) {
            s.relations().grounds().forEach((side, regions) -> c.names("relations.grounds." + side, regions, Referent.REGION));
        }
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
        EventCheck check = new EventCheck(names, (path, offset, found, expected, suggestion) -> {
            if (offset < 0) add(path, found, expected, suggestion);
            else add(path, offset, found, expected, suggestion);
        });
        for (int i = 0; i < events.size(); i++) {
            ScenarioEvent e = events.get(i);
            String path = key + "[" + i + "]";
            LocalDate date = e.date();
            if (date.isBefore(period.start())) {
                add(path + ".date", date.toString(), "a date within the period (" + period.start() + " to "
                        + period.end() + "): this one comes before its start", null);
            }
            check.check(path, e);
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
                        kind.what() + ": one of " + EventCheck.known(names, kind), KeyNames.didYouMean(k, known));
            }
        }
        if (!complete) return;
        List<String> missing = new ArrayList<>();
        for (String k : known) if (!map.containsKey(k)) missing.add(k);
        if (!missing.isEmpty()) {
            add(path, "no entry for " + String.join(", ", missing),
                    "an entry for every " + kind.name().toLowerCase(Locale.ROOT) + " of the map: " + EventCheck.known(names, kind), null);
        }
    }

    /** Every item of a list must be a name of a kind. */
    private void names(String path, List<String> list, Referent kind) {
        if (list == null) return;
        List<String> known = names.names(kind);
        for (int i = 0; i < list.size(); i++) {
            String k = list.get(i);
            if (!known.contains(k)) {
                add(path + "[" + i + "]", "'" + k + "', which is not " + kind.what(),
                        kind.what() + ": one of " + EventCheck.known(names, kind), KeyNames.didYouMean(k, known));
            }
        }
    }

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
