package org.sahelsim.scenario;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.params.ScenarioEvent;

/**
 * Checks one event against its type's {@link EventRules}: its target against the
 * {@link Gazetteer}, its value against the type's range, its {@code over_weeks}. The same checks
 * serve an event read from a file ({@link ScenarioReferences}, which says where it was written)
 * and one a teacher fires live ({@link LiveEvents}, which says it in the form).
 */
final class EventCheck {
    /** Where the problems go: a key path under the event, an offset into its value, and what was wrong. */
    interface Report {
        void add(String path, int offset, String found, String expected, String suggestion);
    }

    /** The most names an error message lists in full. */
    private static final int LISTED = 30;

    private final Gazetteer names;
    private final Report report;

    EventCheck(Gazetteer names, Report report) {
        this.names = names;
        this.report = report;
    }

    /** Checks the event's target, value and {@code over_weeks}; {@code path} is where the event is ({@code events[3]}). */
    void check(String path, ScenarioEvent e) {
        String type = e.type().name().toLowerCase(Locale.ROOT);
        EventRules.Rule rule = EventRules.of(e.type());
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
                        "a target for " + type + ": " + rule.referent().what() + ", one of " + known(names, rule.referent()), null);
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
                report.add(at, offset + indent, "an empty name in '" + target + "'",
                        rule.referent().what() + " in each place between ';'", null);
            } else if (!names.knows(rule.referent(), name)) {
                report.add(at, offset + indent, "'" + name + "', which is not " + rule.referent().what(),
                        (rule.list() ? rule.referent().what() + " (several separated by ';')" : rule.referent().what())
                                + ": one of " + known(names, rule.referent()),
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
        if (value.isNaN() || value < rule.min() || value > rule.max()) {
            add(at, ParameterCatalog.format(value), range(rule) + ": " + rule.means(), null);
        }
    }

    /** The values a rule takes, in words: "a number between 0 and 1", "a number >= 0". */
    static String range(EventRules.Rule rule) {
        return rule.max() == Double.POSITIVE_INFINITY ? "a number >= " + ParameterCatalog.format(rule.min())
                : "a number between " + ParameterCatalog.format(rule.min()) + " and " + ParameterCatalog.format(rule.max());
    }

    /** The names of a kind, in words; a long list (the map's places) is named by where to find it. */
    static String known(Gazetteer names, Referent kind) {
        List<String> all = names.names(kind);
        if (all.size() <= LISTED) return String.join(", ", all);
        return "the " + all.size() + " listed by 'sahelsim describe' (" + String.join(", ", all.subList(0, 6)) + ", ...)";
    }

    private void add(String path, String found, String expected, String suggestion) {
        report.add(path, -1, found, expected, suggestion);
    }
}
