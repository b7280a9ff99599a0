package org.sahelsim.classroom;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.results.Actor;
import org.sahelsim.results.Actors;

/**
 * What the teacher's page shows on the projector: the month, the join code, who plays which
 * faction and whether their orders are in, the map, the territory each side has held week by
 * week, and what happened last month.
 *
 * @param title     the scenario's title
 * @param scenario  its id
 * @param seed      the run's seed
 * @param joinCode  the code students join with
 * @param month     the month being planned, from 0
 * @param date      its first day
 * @param weeks     weeks played of the scenario's
 * @param total     the scenario's weeks
 * @param deadline  the deadline for orders (epoch ms), or null
 * @param now       the server's clock (epoch ms)
 * @param over      whether the game has ended
 * @param seats     every faction of the class and who plays it
 * @param territory the territory each side dominated, week by week
 * @param cells     who holds each cell now
 * @param news      last month's main events
 * @param fired     the events the teacher fired, in order
 */
public record TeacherView(String title, String scenario, long seed, String joinCode, int month, String date, long weeks, int total,
                          Long deadline, long now, boolean over, List<SeatRow> seats, Chart territory, ClassMap.Cells cells,
                          List<String> news, List<String> fired) {

    /**
     * A faction's seat.
     *
     * @param orders what it has sent for the month: {@code rules} (nothing: its rules decide),
     *               {@code hold} (orders to do nothing) or the number of options ordered
     */
    public record SeatRow(String faction, String label, String player, String rejoin, boolean connected, String orders) {
    }

    /** Lines over weeks: the weeks' first days, and a line per actor (its key, label, colour, one value a week). */
    public record Chart(List<String> dates, List<Line> lines) {
    }

    /** One line of a chart. */
    public record Line(String key, String label, String colour, boolean dashed, double[] values) {
    }

    /** The kinds of event the projector lists; the many small fights stay in the run's log. */
    static final Set<String> HEADLINES = Set.of("decision", "live_event", "scenario", "coup", "operation", "assault", "siege",
            "relief", "intention", "contract", "policy", "blockade", "starvation", "massacre",
            "garrison_breaks", "column_routed", "leader_killed", "group_split");

    /** Builds the view; call inside {@code synchronized (game)}. */
    static TeacherView of(Game game, long now) {
        SahelSim sim = game.sim();
        List<SeatRow> seats = new ArrayList<>();
        var taken = game.seats();
        for (Faction f : game.factions()) {
            Game.Seat s = taken.get(f);
            Game.Submission sub = game.submission(f);
            String orders = sub == null ? "rules" : sub.orders().isEmpty() ? "hold" : String.valueOf(sub.orders().size());
            seats.add(new SeatRow(f.key(), f.label(), s == null ? "" : s.name(), s == null ? "" : s.rejoin(),
                    s != null && game.connected(s), orders));
        }
        List<String> news = new ArrayList<>();
        List<Game.Month> months = game.months();
        if (!months.isEmpty()) {
            for (LoggedEvent e : months.get(months.size() - 1).events()) {
                if (HEADLINES.contains(e.type())) news.add(e.date() + ": " + e.description());
            }
        }
        List<String> fired = game.fired().stream().map(x -> sim.calendar().date(x.beforeWeek()) + ": " + x.event().label()).toList();
        return new TeacherView(sim.scenario().title(), sim.scenario().id(), sim.seed(), game.joinCode(), game.month(),
                game.date().toString(), game.nextWeek(), sim.calendar().weeks(),
                game.deadline() == null ? null : game.deadline().toEpochMilli(), now, game.over(), seats,
                territory(game.weeks(), false), ClassMap.cells(sim.world(), sim.scenario().control()), news, fired);
    }

    /** The territory each side (and none) dominated, week by week; dashed lines for a comparison. */
    static Chart territory(List<WeekRecord> weeks, boolean dashed) {
        List<String> dates = weeks.stream().map(w -> w.date().toString()).toList();
        List<Line> lines = new ArrayList<>();
        List<Actor> actors = Actors.standard().territorial();
        // The sides, contested and ungoverned ground (as many as the records carry).
        int columns = weeks.isEmpty() ? actors.size() : Math.min(actors.size(), weeks.get(0).territory().length);
        for (int i = 0; i < columns; i++) {
            double[] v = new double[weeks.size()];
            for (int k = 0; k < v.length; k++) v[k] = Math.round(1000 * weeks.get(k).territory()[i]) / 10.0;
            Actor a = actors.get(i);
            lines.add(new Line(a.key(), a.label(), a.colour(), dashed, v));
        }
        return new Chart(dates, lines);
    }
}
