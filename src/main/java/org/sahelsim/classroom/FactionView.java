package org.sahelsim.classroom;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.actors.MenuItem;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Place;

/**
 * What a student's page shows of the war: their faction's forces, places and money, what its
 * intelligence shows of the others (enemy garrisons counted with the error the model's own
 * actors make, narrowed by the faction's ISR), the national picture everyone sees, last month's
 * news about it, and its menu for the coming month. Dates are ISO strings, times epoch
 * milliseconds, so any browser reads them.
 *
 * @param faction            the faction's key
 * @param label              its name
 * @param brief              who it is and what it decides
 * @param player             the student's name
 * @param rejoin             the code to take the seat back from another browser
 * @param month              the month being planned, from 0
 * @param date               the first day of that month
 * @param deadline           the deadline for orders (epoch ms), or null
 * @param now                the server's clock (epoch ms), to count down from
 * @param over               whether the game has ended
 * @param standing           where the faction stands
 * @param money              what the model says of its money
 * @param forces             its forces in Mali
 * @param places             the places its side holds, or its own forces garrison
 * @param intelligence       enemy garrisons as its intelligence counts them
 * @param intelligenceNote   how far that count can be trusted
 * @param nation             the national picture everyone sees
 * @param news               last month's events that involved it
 * @param options            its menu for the coming month
 * @param operationsPerMonth how many operations it may order a month
 * @param submitted          its orders for the month so far, or null (its rules decide)
 */
public record FactionView(String faction, String label, String brief, String player, String rejoin, int month, String date,
                          Long deadline, long now, boolean over, List<Standing.Fact> standing, String money,
                          List<ForceRow> forces, List<PlaceRow> places, List<Sighting> intelligence, String intelligenceNote,
                          List<Standing.Fact> nation, List<String> news, List<Option> options, int operationsPerMonth,
                          Game.Submission submitted) {

    /** A force of the faction: its troops and where they are. */
    public record ForceRow(String force, long troops, long field, long garrisons, long operations, double quality,
                           double airPower, double isr) {
    }

    /** A place held: its garrison, supplies and whether it is besieged. */
    public record PlaceRow(String id, String name, String kind, String region, long garrison, long supplyDays, String besiegedBy) {
    }

    /** An enemy place as the faction's intelligence counts it. */
    public record Sighting(String name, String region, String holder, long garrison) {
    }

    /**
     * An option of the menu.
     *
     * @param id     what to order, e.g. {@code assault:kidal}
     * @param label  what it is, as the model says it
     * @param chance the chance the faction's own rule would take it (of success, for an operation)
     * @param kind   {@code choice} for a strategic decision, else the operation's kind ({@code assault}, ...)
     * @param region the region of the place an operation aims at, or empty
     */
    public record Option(String id, String label, double chance, String kind, String region) {
    }

    /** Builds the view of a seat; call inside {@code synchronized (game)}. */
    static FactionView of(Game game, Game.Seat seat, long now) {
        SahelSim sim = game.sim();
        WorldState w = sim.world();
        Faction f = seat.faction();
        List<ForceRow> forces = new ArrayList<>();
        for (Force force : f.forces()) {
            int i = force.ordinal();
            forces.add(new ForceRow(force.label(), Math.round(w.strength[i]), Math.round(w.fieldStrength(i)),
                    Math.round(w.places.garrisoned(i)), Math.round(w.onOperations(i)), w.quality[i], w.airPower[i], w.isr[i]));
        }
        List<PlaceRow> places = new ArrayList<>();
        for (int p = 0; p < w.places.count(); p++) {
            double own = 0;
            for (Force force : f.forces()) own += w.places.garrison[force.ordinal()][p];
            boolean ours = f.holdsGround() ? w.places.holder[p] == f.side().ordinal() : own >= 1;
            if (!ours) continue;
            Place place = w.places.place(p);
            double garrison = f.holdsGround() ? w.places.sideGarrison(f.side(), p) : own;
            int by = w.places.besiegedBy[p];
            places.add(new PlaceRow(place.id(), place.name(), place.kind().name().toLowerCase(java.util.Locale.ROOT),
                    region(sim, place), Math.round(garrison), Math.round(w.places.supplyDays[p]), by < 0 ? "" : Side.of(by).label()));
        }
        List<Sighting> seen = new ArrayList<>();
        String note = "";
        if (f.side() != null && !f.forces().isEmpty()) {
            double isr = 1;
            for (Force force : f.forces()) if (w.strength[force.ordinal()] > 0) isr = Math.max(isr, w.isr[force.ordinal()]);
            double spread = sim.scenario().operations().intelligence() / isr;
            // The model's own fog of war (ODD 7.9): a log-normal error, narrowed by ISR; drawn from a
            // generator apart from the run's, the same all month.
            MersenneTwisterFast blur = new MersenneTwisterFast(sim.seed() * 1_000_003L + game.nextWeek() * 31L + f.ordinal());
            for (int p = 0; p < w.places.count(); p++) {
                int h = w.places.holder[p];
                if (h < 0 || h == f.side().ordinal() || !w.hostile[f.side().ordinal()][h]) continue;
                double garrison = w.places.sideGarrison(Side.of(h), p);
                if (garrison < 1) continue;
                Place place = w.places.place(p);
                seen.add(new Sighting(place.name(), region(sim, place), Side.of(h).label(),
                        Math.round(garrison * Math.exp(spread * blur.nextGaussian()))));
            }
            seen.sort(Comparator.comparing(Sighting::region).thenComparing(Sighting::name));
            note = String.format(java.util.Locale.ROOT, "Counts of enemy garrisons are guesses: about two times in three within"
                    + " a factor of %.1f of the truth (your ISR is %.1f).", Math.exp(spread), isr);
        }
        List<String> news = new ArrayList<>();
        List<Game.Month> months = game.months();
        if (!months.isEmpty()) {
            for (LoggedEvent e : months.get(months.size() - 1).events()) {
                // The month's small incidents against civilians are in the standing's count of the killed; massacres are news.
                if (involves(e, f) && !e.type().equals("civilians_killed")) news.add(e.date() + ": " + e.description());
            }
        }
        List<Option> options = new ArrayList<>();
        for (MenuItem i : game.menu(f)) {
            boolean operation = Game.isOperation(i.id());
            String kind = operation ? i.id().substring(0, i.id().indexOf(':')) : "choice";
            String region = "";
            if (operation) {
                int q = sim.geography().placeIndex(i.id().substring(i.id().indexOf(':') + 1));
                if (q >= 0) region = region(sim, sim.geography().places().get(q));
            }
            options.add(new Option(i.id(), i.label(), i.chance(), kind, region));
        }
        return new FactionView(f.key(), f.label(), f.brief(), seat.name(), seat.rejoin(), game.month(), game.date().toString(),
                game.deadline() == null ? null : game.deadline().toEpochMilli(), now, game.over(), Standing.of(f, sim),
                Standing.money(f, sim), forces, places, seen, note, nation(game), news, options,
                sim.scenario().operations().perMonth(), game.submission(f));
    }

    /** What everyone sees: the territory each side dominates, last month's violence, Bamako's fuel. */
    static List<Standing.Fact> nation(Game game) {
        SahelSim sim = game.sim();
        List<Standing.Fact> out = new ArrayList<>();
        List<WeekRecord> weeks = game.weeks();
        if (weeks.isEmpty()) return out;
        WeekRecord last = weeks.get(weeks.size() - 1);
        for (Side s : Side.values()) {
            out.add(new Standing.Fact("Territory " + s.label() + " dominates", Standing.percent(last.territory()[s.ordinal()]),
                    last.territory()[s.ordinal()]));
        }
        double undominated = last.territory()[Side.COUNT] + (last.territory().length > Side.COUNT + 1 ? last.territory()[Side.COUNT + 1] : 0);
        out.add(new Standing.Fact("Territory no side dominates", Standing.percent(undominated), undominated));
        List<Game.Month> months = game.months();
        if (!months.isEmpty()) {
            Game.Month m = months.get(months.size() - 1);
            int events = 0;
            double killed = 0;
            double civilians = 0;
            for (WeekRecord r : weeks) {
                if (r.tick() < m.firstWeek() || r.tick() > m.lastWeek()) continue;
                events += r.violentEvents();
                killed += r.fatalities();
                civilians += r.civilianFatalities();
            }
            out.add(new Standing.Fact("Violent events last month", String.valueOf(events), events));
            out.add(new Standing.Fact("Killed last month (civilians among them)", Standing.whole(killed) + " (" + Standing.whole(civilians) + ")", killed));
        }
        out.add(new Standing.Fact("Fuel in Bamako", Standing.whole(last.fuelPriceBamako()) + " CFA a litre", last.fuelPriceBamako()));
        return out;
    }

    /** Whether an event of the log concerns a faction: its key, or its side's, among the actors. */
    static boolean involves(LoggedEvent e, Faction f) {
        if (e.actors().contains(f.key())) return true;
        if (f.holdsGround() && e.actors().contains(f.side().key())) return true;
        return f.forces().stream().anyMatch(force -> e.actors().contains(force.key()));
    }

    private static String region(SahelSim sim, Place place) {
        return sim.geography().regions().get(place.region()).name();
    }
}
