package org.sahelsim.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;

/**
 * The end of a class: each faction's decisions month by month (its student's orders, or its
 * rules') and what the model logged of them, their consequences (where the faction stands now,
 * where it stood at the start, and where it stands after the same weeks played by the rules), and
 * the territory chart of the class's run beside the rules' run.
 *
 * <p>The comparison is the same scenario with the same seed, played for the same weeks with the
 * teacher's events fired in the same weeks, and no student's orders: whatever differs, the
 * students' choices (and the chances they changed) made it differ.
 *
 * @param title     the scenario's title
 * @param from      the first week's day
 * @param to        the last week played
 * @param months    months played
 * @param factions  each faction's story
 * @param chart     the territory of the class's run (solid) and of the rules' run (dashed)
 * @param fired     the teacher's events, which both runs had
 */
public record Debrief(String title, String from, String to, int months, List<Story> factions, TeacherView.Chart chart,
                      List<String> fired) {

    /**
     * A faction's game.
     *
     * @param player       who played it, or empty (its rules)
     * @param months       its decisions month by month
     * @param consequences where it stands: at the start, after the class, after the rules' run
     * @param byRules      what its rules decided in the rules' run
     */
    public record Story(String faction, String label, String player, List<MonthStory> months, List<Consequence> consequences,
                        List<String> byRules) {
    }

    /** A month of a faction: who decided ({@code rules} or the student's name), the orders, what the model logged. */
    public record MonthStory(int month, String date, String decidedBy, List<Game.Order> orders, List<String> logged) {
    }

    /** A fact at the start, after the class's run and after the rules' run, and the class's run less the rules'. */
    public record Consequence(String label, String atStart, String inClass, String byRules, double difference) {
    }

    /** What the debrief tells of a faction's month: its decisions, operations and their outcomes. */
    static final Set<String> TOLD = Set.of("decision", "operation", "assault", "siege", "relief", "raid", "intention", "contract",
            "policy", "blockade", "coup", "live_event", "starvation", "column_destroyed");
    /** The most lines a faction's month gets. */
    private static final int MOST = 12;

    /** Builds the debrief, playing the rules' run; call inside {@code synchronized (game)}. */
    static Debrief of(Game game) {
        SahelSim sim = game.sim();
        SahelSim start = new SahelSim(sim.scenario(), sim.geography(), sim.seed());
        start.start();
        RulesRun run = rulesRun(game);
        SahelSim rules = run.sim();
        List<WeekRecord> rulesWeeks = run.weeks();
        List<Story> stories = new ArrayList<>();
        Map<Faction, Game.Seat> seats = game.seats();
        List<Game.Month> played = game.months();
        for (Faction f : game.factions()) {
            Game.Seat seat = seats.get(f);
            List<MonthStory> months = new ArrayList<>();
            for (Game.Month m : played) {
                boolean ordered = m.orders().containsKey(f.key()) && m.orders().get(f.key()) != null;
                String who = ordered ? (seat == null ? "a student" : seat.name()) : "its rules";
                months.add(new MonthStory(m.index(), m.date().toString(), who, ordered ? m.orders().get(f.key()) : List.of(),
                        told(m.events(), f)));
            }
            List<Consequence> consequences = new ArrayList<>();
            if (sim.world() != null && !played.isEmpty()) {
                List<Standing.Fact> then = Standing.of(f, start);
                List<Standing.Fact> now = Standing.of(f, sim);
                List<Standing.Fact> alt = Standing.of(f, rules);
                for (int i = 0; i < now.size() && i < alt.size() && i < then.size(); i++) {
                    consequences.add(new Consequence(now.get(i).label(), then.get(i).text(), now.get(i).text(), alt.get(i).text(),
                            now.get(i).value() - alt.get(i).value()));
                }
            }
            List<String> byRules = new ArrayList<>();
            for (LoggedEvent e : rules.eventLog().events()) {
                if (e.type().equals("decision") && FactionView.involves(e, f) && e.actors().get(0).equals(f.key())) {
                    byRules.add(e.date() + ": " + e.description());
                }
            }
            stories.add(new Story(f.key(), f.label(), seat == null ? "" : seat.name(), months, consequences, byRules));
        }
        List<WeekRecord> classWeeks = game.weeks();
        TeacherView.Chart mine = TeacherView.territory(classWeeks, false);
        TeacherView.Chart theirs = TeacherView.territory(rulesWeeks, true);
        List<TeacherView.Line> lines = new ArrayList<>(mine.lines());
        for (TeacherView.Line l : theirs.lines()) {
            lines.add(new TeacherView.Line(l.key() + "_rules", l.label() + " (by the rules)", l.colour(), true, l.values()));
        }
        String to = classWeeks.isEmpty() ? game.date().toString() : classWeeks.get(classWeeks.size() - 1).date().toString();
        List<String> fired = game.fired().stream().map(x -> sim.calendar().date(x.beforeWeek()) + ": " + x.event().label()).toList();
        return new Debrief(sim.scenario().title(), sim.calendar().start().toString(), to, played.size(), stories,
                new TeacherView.Chart(mine.dates(), lines), fired);
    }

    /** The rules' run and the weeks it recorded. */
    record RulesRun(SahelSim sim, List<WeekRecord> weeks) {
    }

    /**
     * The same scenario and seed played for the weeks the class played, with the teacher's events
     * fired before the same weeks and no player's orders.
     */
    static RulesRun rulesRun(Game game) {
        SahelSim sim = game.sim();
        SahelSim rules = new SahelSim(sim.scenario(), sim.geography(), sim.seed());
        List<WeekRecord> weeks = new ArrayList<>();
        rules.addObserver(new RunObserver() {
            @Override
            public void week(WeekRecord record, WorldState state) {
                weeks.add(record);
            }
        });
        rules.start();
        List<Game.Fired> fired = game.fired();
        long played = game.weeks().size();
        int next = 0;
        for (long week = 0; week < played; week++) {
            while (next < fired.size() && fired.get(next).beforeWeek() <= week) rules.fire(fired.get(next++).event(), "teacher");
            if (!rules.schedule.step(rules)) break;
        }
        while (next < fired.size()) rules.fire(fired.get(next++).event(), "teacher"); // fired after the last week played
        return new RulesRun(rules, weeks);
    }

    private static List<String> told(List<LoggedEvent> events, Faction f) {
        List<String> out = new ArrayList<>();
        for (LoggedEvent e : events) {
            if (TOLD.contains(e.type()) && FactionView.involves(e, f)) out.add(e.date() + ": " + e.description());
            if (out.size() == MOST) break;
        }
        return out;
    }
}
