package org.sahelsim.scenario;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.params.EventType;
import org.sahelsim.model.params.ScenarioEvent;

/**
 * Events a teacher fires while a run plays (the window's event form, the classroom's teacher's
 * page): what each type asks for, so a form can offer exactly that, and the same checks a
 * scenario file's events get, so that a value the model cannot take is refused in words before
 * anything is fired.
 */
public final class LiveEvents {
    private LiveEvents() {
    }

    /**
     * What a form needs to offer an event type.
     *
     * @param type        the type
     * @param key         its name in scenario files, e.g. {@code force_strength}
     * @param does        what it does, in a sentence
     * @param target      whether it names a target: {@code required}, {@code optional} or {@code none}
     * @param targetWhat  what the target names, in words ("a force"), or empty
     * @param choices     the names the target may take, in the model's and the map's order
     * @param several     whether the target may name several, separated by {@code ;}
     * @param names       how many different names the target must give (a truce: 2), or 0 for any number
     * @param value       whether it has a value: {@code required}, {@code optional} or {@code none}
     * @param valueMeans  what the value is, in words, or empty
     * @param min         the lowest value taken
     * @param max         the highest value taken ({@code Infinity}: no limit)
     * @param overWeeks   whether it takes {@code over_weeks}: {@code required}, {@code optional} or {@code none}
     */
    public record Form(EventType type, String key, String does, String target, String targetWhat, List<String> choices,
                       boolean several, int names, String value, String valueMeans, double min, double max, String overWeeks) {
        public Form {
            choices = List.copyOf(choices);
        }
    }

    /** The forms of every event type, in the order of {@link EventType}. */
    public static List<Form> forms(Gazetteer names) {
        List<Form> out = new ArrayList<>();
        for (EventType t : EventType.values()) out.add(form(t, names));
        return out;
    }

    /** The form of one event type. */
    public static Form form(EventType type, Gazetteer names) {
        EventRules.Rule r = EventRules.of(type);
        boolean named = r.target() != EventRules.Need.NONE && r.referent() != null;
        return new Form(type, key(type), EventRules.does(type), need(r.target()), named ? r.referent().what() : "",
                named ? names.names(r.referent()) : List.of(), r.list(), r.names(), need(r.value()),
                r.value() == EventRules.Need.NONE ? "" : r.means(), r.min(), r.max(), need(r.overWeeks()));
    }

    /** An event type by its name in scenario files ({@code force_strength}), or null. */
    public static EventType type(String key) {
        for (EventType t : EventType.values()) if (key(t).equals(key)) return t;
        return null;
    }

    /**
     * The event a person asked for, dated today in the run, or the reasons it cannot be fired: the
     * same checks as an event of a scenario file, said as "target: found 'frnace', which is not a
     * force, expected a force: one of ... (did you mean 'france'?)".
     *
     * @throws IllegalArgumentException with every problem, one a line, if it cannot be fired
     */
    public static ScenarioEvent event(String type, String target, Double value, Integer overWeeks, String label,
                                      LocalDate date, Gazetteer names) {
        EventType t = type == null ? null : type(type.strip());
        if (t == null) {
            List<String> keys = new ArrayList<>();
            for (EventType e : EventType.values()) keys.add(key(e));
            throw new IllegalArgumentException("type: found '" + type + "', expected one of " + String.join(", ", keys)
                    + didYouMean(type, keys));
        }
        String blankless = target == null || target.isBlank() ? null : target.strip();
        String words = label == null || label.isBlank() ? defaultLabel(t, blankless, value) : label.strip();
        ScenarioEvent e = new ScenarioEvent(date, t, blankless, value, overWeeks, words, "live event");
        List<String> problems = problems(e, names);
        if (!problems.isEmpty()) throw new IllegalArgumentException(String.join("\n", problems));
        return e;
    }

    /** The problems with an event fired now, in words, one per entry (none: it can be fired). */
    public static List<String> problems(ScenarioEvent e, Gazetteer names) {
        List<String> out = new ArrayList<>();
        new EventCheck(names, (path, offset, found, expected, suggestion) -> {
            String field = path.isEmpty() ? "" : path + ": ";
            out.add(field + "found " + found + ", expected " + expected + (suggestion == null ? "" : " (" + suggestion + ")"));
        }).check("", e);
        // The check names fields as ".target" under the event's path; here the event is the form itself.
        out.replaceAll(s -> s.startsWith(".") ? s.substring(1) : s);
        return out;
    }

    private static String defaultLabel(EventType t, String target, Double value) {
        StringBuilder s = new StringBuilder(key(t).replace('_', ' '));
        if (target != null) s.append(' ').append(target);
        if (value != null) s.append(" = ").append(ParameterCatalog.format(value));
        return s.toString();
    }

    private static String didYouMean(String wrong, List<String> keys) {
        if (wrong == null) return "";
        String s = KeyNames.didYouMean(wrong, keys);
        return s == null ? "" : " (" + s + ")";
    }

    private static String key(EventType t) {
        return t.name().toLowerCase(Locale.ROOT);
    }

    private static String need(EventRules.Need n) {
        return n.name().toLowerCase(Locale.ROOT);
    }
}
