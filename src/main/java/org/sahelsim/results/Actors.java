package org.sahelsim.results;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;

/**
 * The one home of the actors' labels and colours: the territorial sides that hold ground, then
 * {@code contested} where none dominates, then {@code ungoverned} where nobody holds anything
 * much (the order of every share column and chart stack; runs written before it have none), and
 * the armed forces (the order of the {@code troops_} columns). Every run writes its actors into
 * {@code manifest.json}, and charts, maps, the report and the GUI take labels and colours from
 * there, so an actor added to the model shows everywhere without a change to the drawing code.
 *
 * <p>Colours are from the Okabe–Ito palette (Okabe and Ito, "Color Universal Design", 2008),
 * chosen to stay distinct for viewers with the common forms of colour blindness; contested is a
 * neutral grey. A force that is a territorial side (JNIM, IS Sahel, the separatists) has that
 * side's colour, the state's own army (FAMa) the state's; foreign forces take the remaining
 * colours and are drawn dashed. An actor this table does not know (one newly added to the model)
 * gets its key in words as its label and a colour of its own from a second colour-blind-safe
 * set (Paul Tol's "muted" scheme), so it still shows, distinctly, until it is given one here.
 */
public final class Actors implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The key of cells and shares no side dominates. */
    public static final String CONTESTED = "contested";

    /** The key of cells and shares nobody holds: empty ground no side stands on, administers or reaches. */
    public static final String UNGOVERNED = "ungoverned";

    /** A label, a colour and, for a force, whether it is foreign. */
    private record Style(String label, String colour, boolean foreign) {
    }

    private static final Map<String, Style> SIDES = Map.of(
            "state", new Style("State (junta/FAMa)", "#0072b2", false),
            "jnim", new Style("JNIM", "#d55e00", false),
            "is_sahel", new Style("IS Sahel", "#cc79a7", false),
            "separatists", new Style("Separatists", "#e69f00", false),
            CONTESTED, new Style("Contested", "#bbbbbb", false),
            UNGOVERNED, new Style("Ungoverned (nobody's)", "#efe9d8", false));

    private static final Map<String, Style> FORCES = Map.of(
            "fama", new Style("FAMa", "#0072b2", false),
            "russia", new Style("Russia (Wagner/Africa Corps)", "#56b4e9", true),
            "france", new Style("France", "#009e73", true),
            "minusma", new Style("MINUSMA", "#777777", true),
            "eu", new Style("EU trainers", "#f0e442", true),
            "aes", new Style("AES joint force", "#000000", true),
            "jnim", new Style("JNIM", "#d55e00", false),
            "is_sahel", new Style("IS Sahel", "#cc79a7", false),
            "separatists", new Style("Separatists", "#e69f00", false));

    /**
     * Parties that take decisions in the model but hold no ground and field no force of their
     * own: their names, for the event log and the timeline of decisions (drawn grey).
     */
    private static final Map<String, String> PARTIES = Map.ofEntries(
            Map.entry("ecowas", "ECOWAS"),
            Map.entry("algeria", "Algeria"),
            Map.entry("turkey", "Turkey"),
            Map.entry("niger", "Niger"),
            Map.entry("burkina_faso", "Burkina Faso"),
            Map.entry("senegal", "Senegal"),
            Map.entry("cote_divoire", "Côte d'Ivoire"),
            Map.entry("guinea", "Guinea"),
            Map.entry("mauritania", "Mauritania"),
            Map.entry("united_states", "United States"),
            Map.entry("china", "China"));

    /** The colour of a party that is neither a side nor a force. */
    private static final String PARTY_COLOUR = "#777777";

    /** For actors the tables above do not know, in the order they are met (Paul Tol, "muted"). */
    private static final List<String> SPARE = List.of("#332288", "#117733", "#44aa99", "#882255", "#999933",
            "#aa4499", "#88ccee", "#ddcc77");

    private final List<Actor> sides;
    private final Actor contested;
    /** Null for runs written before ungoverned ground was told apart from contested. */
    private final Actor ungoverned;
    private final List<Actor> forces;

    /** Actors without ungoverned ground (as runs written before it recorded them). */
    public Actors(List<Actor> sides, Actor contested, List<Actor> forces) {
        this(sides, contested, null, forces);
    }

    /** @param ungoverned null when the run does not tell ungoverned ground from contested */
    public Actors(List<Actor> sides, Actor contested, Actor ungoverned, List<Actor> forces) {
        this.sides = List.copyOf(sides);
        this.contested = contested;
        this.ungoverned = ungoverned;
        this.forces = List.copyOf(forces);
    }

    /** The actors of the model as it is: its sides and forces, in the model's order. */
    public static Actors standard() {
        int[] spare = {0};
        List<Actor> sides = new ArrayList<>();
        for (Side s : Side.values()) sides.add(styled(s.key(), s.key(), SIDES.get(s.key()), spare));
        List<Actor> forces = new ArrayList<>();
        for (Force f : Force.values()) forces.add(styled(f.key(), f.side().key(), FORCES.get(f.key()), spare));
        return new Actors(sides, styled(CONTESTED, CONTESTED, SIDES.get(CONTESTED), spare),
                styled(UNGOVERNED, UNGOVERNED, SIDES.get(UNGOVERNED), spare), forces);
    }

    /** The standard style of ungoverned ground, for runs that name it. */
    public static Actor standardUngoverned() {
        return new Actor(UNGOVERNED, SIDES.get(UNGOVERNED).label(), SIDES.get(UNGOVERNED).colour(), UNGOVERNED, false);
    }

    private static Actor styled(String key, String side, Style style, int[] spare) {
        if (style != null) return new Actor(key, style.label(), style.colour(), side, style.foreign());
        return new Actor(key, titleCase(key), SPARE.get(spare[0]++ % SPARE.size()), side, false);
    }

    /** The sides that hold ground, in the order of the share columns. */
    public List<Actor> sides() {
        return sides;
    }

    /** Where no side dominates. */
    public Actor contested() {
        return contested;
    }

    /** Where nobody holds anything much, or null for runs written before it was told apart from contested. */
    public Actor ungoverned() {
        return ungoverned;
    }

    /**
     * The sides, {@code contested} and (when the run has it) {@code ungoverned}: the columns of
     * every share, the layers of every stacked chart.
     */
    public List<Actor> territorial() {
        List<Actor> all = new ArrayList<>(sides);
        all.add(contested);
        if (ungoverned != null) all.add(ungoverned);
        return all;
    }

    /** The armed forces, in the order of the {@code troops_} columns. */
    public List<Actor> forces() {
        return forces;
    }

    /** The keys of the sides and {@code contested}. */
    public List<String> territorialKeys() {
        return territorial().stream().map(Actor::key).toList();
    }

    public List<String> sideKeys() {
        return sides.stream().map(Actor::key).toList();
    }

    public List<String> forceKeys() {
        return forces.stream().map(Actor::key).toList();
    }

    /** The position of a side, {@code contested} or {@code ungoverned} in {@link #territorial()}, or -1. */
    public int territorialIndex(String key) {
        if (contested.key().equals(key)) return sides.size();
        if (ungoverned != null && ungoverned.key().equals(key)) return sides.size() + 1;
        for (int i = 0; i < sides.size(); i++) if (sides.get(i).key().equals(key)) return i;
        return -1;
    }

    /**
     * A side, {@code contested} or, failing those, a force; a party that only decides (ECOWAS,
     * Algeria...) by its name, in grey; a stand-in (key in words, grey) for a key the run does not know.
     */
    public Actor find(String key) {
        int i = territorialIndex(key);
        if (i >= 0) return territorial().get(i);
        for (Actor f : forces) if (f.key().equals(key)) return f;
        return new Actor(key, PARTIES.getOrDefault(key, titleCase(key)), PARTY_COLOUR, "", false);
    }

    /** Whether {@code key} is a side, {@code contested}, a force or a party this table names (not a stand-in). */
    public boolean knows(String key) {
        return territorialIndex(key) >= 0 || forceKeys().contains(key) || PARTIES.containsKey(key);
    }

    /** A force by key; a stand-in (key in words, grey) for a key the run does not know. */
    public Actor force(String key) {
        for (Actor f : forces) if (f.key().equals(key)) return f;
        return new Actor(key, titleCase(key), "#777777", "", false);
    }

    /** As written into {@code manifest.json}: {@code {"sides": [...], "forces": [...]}}, contested and ungoverned last among the sides. */
    public Map<String, Object> toJson() {
        Map<String, Object> m = new LinkedHashMap<>();
        List<Map<String, Object>> s = new ArrayList<>();
        for (Actor a : territorial()) s.add(entry(a, false));
        List<Map<String, Object>> f = new ArrayList<>();
        for (Actor a : forces) f.add(entry(a, true));
        m.put("sides", s);
        m.put("forces", f);
        return m;
    }

    private static Map<String, Object> entry(Actor a, boolean force) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", a.key());
        m.put("label", a.label());
        m.put("colour", a.colour());
        if (force) {
            m.put("side", a.side());
            m.put("foreign", a.foreign());
        }
        return m;
    }

    /** {@code ivory_coast} becomes "Ivory Coast": a readable name for an id that has no label. */
    public static String titleCase(String id) {
        StringBuilder s = new StringBuilder();
        boolean up = true;
        for (char c : id.toCharArray()) {
            if (c == '_' || c == '-') {
                s.append(' ');
                up = true;
            } else {
                s.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return s.toString();
    }
}
