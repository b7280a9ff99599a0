package org.sahelsim.classroom;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.actors.MenuItem;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.operations.OperationKind;
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.run.Checkpoint;

/**
 * A class playing the war month by month: students hold the factions' seats and give their
 * actors orders from the actors' menus; the teacher sets a deadline, fires events and plays the
 * month; factions without a student, or whose student sent nothing in time, follow their rules.
 *
 * <p>Every request is checked before anything changes: an unknown faction, a wrong code, a choice
 * not on the menu, orders after the deadline or for a month already played are refused with a
 * {@link Refusal} that says why. The game is one object the web server's threads share, so every
 * method is synchronized; one student's browser failing leaves the game and everyone else's seat
 * as they were. The game saves with the run ({@link Checkpoint}) and resumes with its seats, so
 * students keep their factions across a restart.
 */
public final class Game {
    /** The letters of codes people read and type: no 0/O, 1/I/L. */
    private static final String LETTERS = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    /** The longest name a student may give. */
    static final int NAME_LENGTH = 40;
    /** The most options one month's orders may name. */
    static final int MOST_CHOICES = 60;
    /** How long after its last request a seat counts as connected. */
    static final Duration CONNECTED = Duration.ofSeconds(20);

    private final SahelSim sim;
    private final Clock clock;
    private final SecureRandom random;
    private final State state;
    private final Map<String, Instant> lastSeen = new HashMap<>();
    private final Map<Faction, List<MenuItem>> menus = new EnumMap<>(Faction.class);

    /** A student's seat: the faction, who plays it, the token their browser holds, and the code to rejoin from another. */
    public record Seat(Faction faction, String name, String token, String rejoin) implements Serializable {
    }

    /** An option ordered, with its words as the menu gave them. */
    public record Order(String id, String label) implements Serializable {
    }

    /** A faction's orders for a month, and when they came (epoch milliseconds). */
    public record Submission(int month, List<Order> orders, long at) implements Serializable {
        public Submission {
            orders = List.copyOf(orders);
        }
    }

    /** An event the teacher fired, before the week {@code beforeWeek} was played. */
    public record Fired(long beforeWeek, ScenarioEvent event) implements Serializable {
    }

    /**
     * A month played: its weeks, the orders each seated faction gave ({@code null}: its rules
     * decided), and what the model logged meanwhile.
     */
    public record Month(int index, LocalDate date, long firstWeek, long lastWeek, Map<String, List<Order>> orders,
                        List<LoggedEvent> events) implements Serializable {
        public Month {
            orders = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(orders));
            events = List.copyOf(events);
        }
    }

    /** What a game keeps beside the model when it is saved. */
    static final class State implements Serializable {
        private static final long serialVersionUID = 1L;
        final List<Faction> factions;
        final String joinCode;
        final String teacherKey;
        final Map<Faction, Seat> seats = new EnumMap<>(Faction.class);
        final Map<Faction, Submission> submissions = new EnumMap<>(Faction.class);
        final List<Month> months = new ArrayList<>();
        final List<Fired> fired = new ArrayList<>();
        final List<WeekRecord> weeks = new ArrayList<>();
        /** The deadline of the month's orders, epoch milliseconds, or 0 for none. */
        long deadline;
        boolean over;

        State(List<Faction> factions, String joinCode, String teacherKey) {
            this.factions = List.copyOf(factions);
            this.joinCode = joinCode;
            this.teacherKey = teacherKey;
        }
    }

    private Game(SahelSim sim, State state, Clock clock, SecureRandom random) {
        this.sim = sim;
        this.state = state;
        this.clock = clock;
        this.random = random;
        sim.addObserver(new RunObserver() {
            @Override
            public void week(WeekRecord record, WorldState world) {
                state.weeks.add(record);
            }
        });
    }

    /**
     * A new game on a model not yet started: it starts it, and the class plans its first month.
     *
     * @param factions the factions students may play
     */
    public static Game start(SahelSim sim, List<Faction> factions, Clock clock, SecureRandom random) {
        if (factions.isEmpty()) throw new IllegalArgumentException("a class needs at least one faction to play");
        State s = new State(factions, code(random, 6), code(random, 24));
        sim.start();
        return new Game(sim, s, clock, random);
    }

    /**
     * A saved game, as it was when saved: the same run, seats, codes and months.
     *
     * @throws IOException if the file is not a saved game
     */
    public static Game resume(Path file, Clock clock, SecureRandom random) throws IOException {
        Checkpoint.Saved saved = Checkpoint.read(file);
        if (!(saved.beside() instanceof State s)) {
            throw new IOException(file + " is a saved run, but not a saved class (start a class on its scenario instead)");
        }
        return new Game(saved.sim(), s, clock, random);
    }

    private static String code(SecureRandom random, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) s.append(LETTERS.charAt(random.nextInt(LETTERS.length())));
        return s.toString();
    }

    // ---- what everyone may read ----

    /** The model (read it inside {@code synchronized (game)}, or between requests). */
    public SahelSim sim() {
        return sim;
    }

    public String joinCode() {
        return state.joinCode;
    }

    /** The key the teacher's page sends with every request. */
    public String teacherKey() {
        return state.teacherKey;
    }

    public List<Faction> factions() {
        return state.factions;
    }

    public synchronized boolean over() {
        return state.over;
    }

    /** The month being planned (0 for the first), or the number of months played once the game is over. */
    public synchronized int month() {
        return state.months.size();
    }

    /** The week the coming month opens with. */
    public synchronized long nextWeek() {
        return sim.schedule.getTime() < 0 ? 0 : sim.tick() + 1;
    }

    /** The first day of the coming month (of the last week played, once the game is over). */
    public synchronized LocalDate date() {
        return sim.calendar().date(Math.min(nextWeek(), sim.calendar().weeks() - 1));
    }

    /** The deadline of this month's orders, or null if none is set. */
    public synchronized Instant deadline() {
        return state.deadline == 0 ? null : Instant.ofEpochMilli(state.deadline);
    }

    public synchronized List<Month> months() {
        return List.copyOf(state.months);
    }

    public synchronized List<Fired> fired() {
        return List.copyOf(state.fired);
    }

    /** The weeks played, as the charts show them. */
    public synchronized List<WeekRecord> weeks() {
        return List.copyOf(state.weeks);
    }

    public synchronized Map<Faction, Seat> seats() {
        return new EnumMap<>(state.seats);
    }

    public synchronized Submission submission(Faction f) {
        return state.submissions.get(f);
    }

    /** Whether a seat's browser has asked for anything lately. */
    public synchronized boolean connected(Seat seat) {
        Instant seen = lastSeen.get(seat.token());
        return seen != null && Duration.between(seen, clock.instant()).compareTo(CONNECTED) <= 0;
    }

    /** The faction's options this month, as its actor's menu gives them (the same all month until something changes). */
    public synchronized List<MenuItem> menu(Faction f) {
        return menus.computeIfAbsent(f, k -> state.over ? List.of() : List.copyOf(sim.menu(k.key())));
    }

    // ---- students ----

    /** A faction of this class by key, or a refusal naming those there are. */
    public Faction faction(String key) {
        Faction f = key == null ? null : Faction.byKey(key.strip());
        if (f == null || !state.factions.contains(f)) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, "There is no faction '" + key + "' in this class: choose one of "
                    + String.join(", ", state.factions.stream().map(Faction::key).toList()) + ".");
        }
        return f;
    }

    /** Refuses a wrong join code. */
    public void checkCode(String code) {
        if (code == null || !constantTimeEquals(code.strip().toUpperCase(Locale.ROOT), state.joinCode)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "That is not this class's join code: check the code on the projector.");
        }
    }

    /**
     * A student joins: takes a free faction's seat, or rejoins their own with its rejoin code (a
     * new browser, a crashed one).
     */
    public synchronized Seat join(String code, String factionKey, String name, String rejoin) {
        checkCode(code);
        Faction f = faction(factionKey);
        Seat held = state.seats.get(f);
        if (held != null) {
            if (rejoin != null && constantTimeEquals(rejoin.strip().toUpperCase(Locale.ROOT), held.rejoin())) {
                seen(held);
                return held;
            }
            throw new Refusal(Refusal.Kind.CONFLICT, f.label() + " is played by " + held.name() + ". If that is you,"
                    + " give your rejoin code (it is on your page; the teacher can read it to you).");
        }
        String who = name == null ? "" : name.strip();
        if (who.isEmpty() || who.length() > NAME_LENGTH || who.codePoints().anyMatch(Character::isISOControl)) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, "Give your name (1 to " + NAME_LENGTH
                    + " characters) so the class knows who plays " + f.label() + ".");
        }
        Seat seat = new Seat(f, who, code(random, 24), code(random, 4));
        state.seats.put(f, seat);
        seen(seat);
        return seat;
    }

    /** The seat a browser's token holds, or a refusal. */
    public synchronized Seat seat(String token) {
        if (token != null) {
            for (Seat s : state.seats.values()) {
                if (constantTimeEquals(token, s.token())) {
                    seen(s);
                    return s;
                }
            }
        }
        throw new Refusal(Refusal.Kind.FORBIDDEN, "This browser holds no seat of this class: join with the class's code"
                + " (to take your faction back, give its rejoin code).");
    }

    private void seen(Seat s) {
        lastSeen.put(s.token(), clock.instant());
    }

    /**
     * A faction's orders for the month: options from its menu (none: it holds). Refused, with
     * nothing changed, after the deadline, for a month already played, or naming what the menu
     * does not offer; sent again before the deadline, they replace the earlier ones.
     *
     * @param month the month the student chose for (what their page showed)
     */
    public synchronized Submission submit(Seat seat, int month, List<String> choices) {
        onTime(month);
        if (choices == null) throw new Refusal(Refusal.Kind.BAD_INPUT, "Orders must list the options chosen (none: hold).");
        if (choices.size() > MOST_CHOICES) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, "At most " + MOST_CHOICES + " options a month; these orders name " + choices.size() + ".");
        }
        Map<String, MenuItem> menu = new LinkedHashMap<>();
        for (MenuItem i : menu(seat.faction())) menu.put(i.id(), i);
        Set<String> seen = new HashSet<>();
        List<Order> orders = new ArrayList<>();
        int operations = 0;
        for (String raw : choices) {
            String id = raw == null ? "" : raw.strip();
            if (!seen.add(id)) throw new Refusal(Refusal.Kind.BAD_INPUT, "'" + id + "' is chosen twice: choose it once.");
            MenuItem item = menu.get(id);
            if (item == null) {
                throw new Refusal(Refusal.Kind.BAD_INPUT, "'" + id + "' is not on " + seat.faction().label()
                        + "'s menu this month: choose from the options your page shows.");
            }
            if (isOperation(id)) operations++;
            orders.add(new Order(id, item.label()));
        }
        int most = sim.scenario().operations().perMonth();
        if (operations > most) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, "At most " + most + " operations a month; these orders name " + operations
                    + ". Choose the ones that matter most.");
        }
        Submission s = new Submission(month, orders, clock.millis());
        state.submissions.put(seat.faction(), s);
        return s;
    }

    /** Withdraws a faction's orders for the month: its rules decide (before the deadline only). */
    public synchronized void withdraw(Seat seat, int month) {
        onTime(month);
        state.submissions.remove(seat.faction());
    }

    private void onTime(int month) {
        if (state.over) throw new Refusal(Refusal.Kind.CONFLICT, "The game is over: no more orders.");
        if (month != month()) {
            throw new Refusal(Refusal.Kind.LATE, "These orders are for month " + (month + 1) + ", which "
                    + (month < month() ? "has been played" : "has not begun") + "; this is month " + (month() + 1)
                    + ": choose again from this month's menu.");
        }
        if (state.deadline != 0 && clock.millis() > state.deadline) {
            throw new Refusal(Refusal.Kind.LATE, "The deadline passed at " + Instant.ofEpochMilli(state.deadline)
                    + ": your orders were not taken. Unless the teacher gives more time, your faction follows its rules this month.");
        }
    }

    /** Whether a menu id is an operation (the {@code per_month} limit counts these), rather than a strategic choice. */
    static boolean isOperation(String id) {
        int colon = id.indexOf(':');
        if (colon < 0) return false;
        String kind = id.substring(0, colon);
        for (OperationKind k : OperationKind.values()) if (k.key().equals(kind)) return true;
        return false;
    }

    // ---- the teacher ----

    /** Refuses a wrong teacher key. */
    public void checkTeacher(String key) {
        if (key == null || !constantTimeEquals(key.strip(), state.teacherKey)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "Only the teacher's page may do that (open the teacher's address the server printed).");
        }
    }

    /** Sets the month's deadline {@code minutes} from now (0 or less: none). */
    public synchronized Instant deadlineIn(double minutes) {
        if (Double.isNaN(minutes) || minutes > 24 * 60) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, "A deadline is a number of minutes from now, up to a day (0 for none).");
        }
        state.deadline = minutes <= 0 ? 0 : clock.millis() + Math.round(minutes * 60_000);
        return deadline();
    }

    /**
     * Plays the month: the seated factions' orders received in time are given to their actors,
     * the others follow their rules, and the model runs to the start of the next month.
     */
    public synchronized Month advance() {
        if (state.over) throw new Refusal(Refusal.Kind.CONFLICT, "The game is over.");
        long first = nextWeek();
        LocalDate date = date();
        Map<String, List<Order>> given = new LinkedHashMap<>();
        for (Faction f : state.factions) {
            Submission s = state.seats.containsKey(f) ? state.submissions.get(f) : null;
            if (s != null && s.month() == month()) {
                sim.order(f.key(), s.orders().stream().map(Order::id).toList());
                given.put(f.key(), s.orders());
            } else if (state.seats.containsKey(f)) {
                given.put(f.key(), null);
            }
        }
        int logged = sim.eventLog().size();
        int weeks = sim.calendar().weeks();
        do {
            if (!sim.schedule.step(sim)) break;
        } while (!sim.isFinished() && sim.tick() + 1 < weeks && !sim.calendar().startsMonth(sim.tick() + 1));
        Month m = new Month(month(), date, first, sim.tick(), given, sim.eventLog().since(logged));
        state.months.add(m);
        state.submissions.clear();
        state.deadline = 0;
        if (sim.isFinished() || sim.tick() + 1 >= weeks) state.over = true;
        menus.clear();
        return m;
    }

    /** Fires an event now, as the teacher's; the comparison played by the rules fires it at the same week. */
    public synchronized void fire(ScenarioEvent event) {
        if (state.over) throw new Refusal(Refusal.Kind.CONFLICT, "The game is over.");
        sim.fire(event, "teacher");
        state.fired.add(new Fired(nextWeek(), event));
        menus.clear();
    }

    /** Ends the game where it stands: no more months; the debrief shows what was played. */
    public synchronized void end() {
        state.over = true;
        state.submissions.clear();
        menus.clear();
    }

    /**
     * Saves the game (the run, seats, codes, months) into a new file in {@code folder}.
     *
     * @throws IOException if it cannot be written; no file is overwritten
     */
    public synchronized Path save(Path folder) throws IOException {
        java.nio.file.Files.createDirectories(folder);
        String stem = sim.scenario().id() + "-month" + (month() + 1) + "-" + date();
        return Checkpoint.write(Checkpoint.freeName(folder, stem), sim, state);
    }

    private static boolean constantTimeEquals(String a, String b) {
        return java.security.MessageDigest.isEqual(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
