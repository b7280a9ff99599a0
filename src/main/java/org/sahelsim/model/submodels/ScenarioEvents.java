package org.sahelsim.model.submodels;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.Calendar;
import org.sahelsim.model.Force;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.EventType;
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.model.world.Corridor;

/**
 * The scenario's dated events (ODD §7.8): each fires in the week its date falls in (events dated
 * before the start fire in the first week) and acts through the submodel that owns what it
 * changes. Each is logged with its label so charts can mark it.
 */
public final class ScenarioEvents extends Submodel {
    private static final long serialVersionUID = 1L;

    private final ArrayDeque<ScenarioEvent> pending;
    private final Calendar calendar;
    private final FuelSupply fuel;
    private final Politics politics;
    private final Economy economy;
    private final Reinforcements reinforcements;
    private final Decisions decisions;

    public ScenarioEvents(List<ScenarioEvent> events, Calendar calendar, FuelSupply fuel, Politics politics,
                          Economy economy, Reinforcements reinforcements, Decisions decisions) {
        List<ScenarioEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(ScenarioEvent::date)); // stable: same-day events keep file order
        this.pending = new ArrayDeque<>(sorted);
        this.calendar = calendar;
        this.fuel = fuel;
        this.politics = politics;
        this.economy = economy;
        this.reinforcements = reinforcements;
        this.decisions = decisions;
    }

    @Override
    public void step(WorldState w, Week week) {
        while (!pending.isEmpty() && calendar.tickOf(pending.peek().date()) <= week.tick()) {
            ScenarioEvent e = pending.poll();
            // In a free run the actors take the decisions themselves: dated ones are the record only.
            if (w.freeDecisions && e.type().isDecision()) continue;
            apply(w, week, e);
        }
    }

    /**
     * Applies an event now, whatever its date (a teacher's live event): it acts as a dated event
     * of its type would, decisions included, and is logged with {@code by} as the first actor.
     */
    public void fireNow(WorldState w, Week week, ScenarioEvent e, String by) {
        applyAs(w, week, e, by);
    }

    private void apply(WorldState w, Week week, ScenarioEvent e) {
        applyAs(w, week, e, null);
    }

    private void applyAs(WorldState w, Week week, ScenarioEvent e, String by) {
        String target = e.target() == null ? "" : e.target();
        double value = e.value() == null ? 0 : e.value();
        String region = "";
        List<String> actors = new ArrayList<>();
        switch (e.type()) {
            case FORCE_STRENGTH -> {
                Force f = force(e);
                actors.add(f.key());
                reinforcements.ramp(w, f, value, e.overWeeks() == null ? 0 : e.overWeeks(), week.tick());
            }
            case AIR_POWER -> {
                Force f = force(e);
                actors.add(f.key());
                w.airPower[f.ordinal()] = value;
            }
            case ISR -> {
                Force f = force(e);
                actors.add(f.key());
                w.isr[f.ordinal()] = value;
            }
            case QUALITY -> {
                Force f = force(e);
                actors.add(f.key());
                w.quality[f.ordinal()] = value;
            }
            case CORRIDOR_CLOSED, CORRIDOR_OPENED -> {
                for (String id : target.split(";")) fuel.setCorridorOpen(id.trim(), e.type() == EventType.CORRIDOR_OPENED);
                actors.add("neighbours");
            }
            case SANCTIONS, SANCTIONS_LIFTED -> {
                boolean on = e.type() == EventType.SANCTIONS;
                economy.sanction(w, on, on ? value : 0);
                List<String> countries = List.of(target.split(";"));
                for (Corridor c : fuel.corridors()) {
                    if (countries.stream().anyMatch(k -> k.trim().equalsIgnoreCase(c.originCountry()))) fuel.setCorridorOpen(c.id(), !on);
                }
                actors.add("ecowas");
            }
            case BLOCKADE -> {
                int[] regions = target.isBlank() ? new int[0]
                        : Arrays.stream(target.split(";")).mapToInt(id -> regionIndex(w, e, id.trim())).toArray();
                w.blockade.declare(regions, week, null);
                actors.add("jnim");
            }
            case BLOCKADE_LIFTED -> {
                w.blockade.lift(week, null);
                actors.add("jnim");
            }
            case RURAL_FUEL_RESTRICTION -> {
                w.ruralFuelRestriction = value != 0 || e.value() == null;
                actors.add("state");
            }
            case TAX_CUT -> {
                w.taxCut = value != 0 || e.value() == null;
                actors.add("state");
            }
            case NO_GO_ZONE -> {
                noGoZone(w, target.isBlank() ? "Algeria" : target, value);
                actors.add(target.isBlank() ? "algeria" : target.toLowerCase(Locale.ROOT));
            }
            case OFFENSIVE -> {
                int q = intendedPlace(w, e, target);
                if (q >= 0) {
                    region = w.geo.regions().get(w.places.place(q).region()).id();
                    w.intentions.order(q, value, week.tick(), e.overWeeks());
                    // The order from the top: the junta plans its operations at once.
                    decisions.redecide(w, week, Force.FAMA);
                }
                actors.add("state");
            }
            case COUP -> {
                politics.coup(w, week, e.label());
                return;
            }
            case FUEL_DELIVERY -> {
                w.fuel.extraImport += value;
                actors.add(target.isBlank() ? "partners" : target);
            }
            case PAYMENT -> {
                economy.settleArrears(w, value);
                actors.add("state");
                actors.add("russia");
            }
            case TRUCE -> {
                String[] pair = target.split(";");
                org.sahelsim.model.Side a = side(e, pair[0].trim());
                org.sahelsim.model.Side b = side(e, pair.length > 1 ? pair[1].trim() : "");
                w.relations.makeTruce(w, a, b, week, null);
                actors.add(a.key());
                actors.add(b.key());
            }
            case TRUCE_BROKEN -> {
                String[] pair = target.split(";");
                org.sahelsim.model.Side a = side(e, pair[0].trim());
                org.sahelsim.model.Side b = side(e, pair.length > 1 ? pair[1].trim() : "");
                w.relations.breakTruce(w, a, b, week, null);
                actors.add(a.key());
                actors.add(b.key());
            }
            case GOLD_PRICE -> {
                w.goldUsdPerTonne = value;
                actors.add("world");
            }
            case DROUGHT -> {
                w.droughtHardship = value;
                actors.add("world");
            }
            case MARKER -> actors.add(target.isBlank() ? "scenario" : target);
        }
        if (by != null) actors.add(0, by);
        week.log(by == null ? "scenario" : "live_event", region, actors, e.label());
    }

    private static Force force(ScenarioEvent e) {
        Force f = e.target() == null ? null : Force.byKey(e.target());
        if (f == null) {
            throw new IllegalArgumentException("event on " + e.date() + " (" + e.type().name().toLowerCase(Locale.ROOT)
                    + "): target '" + e.target() + "' is not a force; expected one of fama, russia, france, minusma, eu, aes, jnim, is_sahel, separatists");
        }
        return f;
    }

    private static org.sahelsim.model.Side side(ScenarioEvent e, String key) {
        for (org.sahelsim.model.Side s : org.sahelsim.model.Side.values()) if (s.key().equals(key)) return s;
        throw new IllegalArgumentException("event on " + e.date() + " (" + e.type().name().toLowerCase(Locale.ROOT) + "): '" + key + "' is not a side; expected two of state, jnim, is_sahel, separatists separated by ';'");
    }

    private static int regionIndex(WorldState w, ScenarioEvent e, String id) {
        int r = w.geo.regionIndex(id);
        if (r < 0) {
            throw new IllegalArgumentException("event on " + e.date() + ": target '" + id + "' is not a region id");
        }
        return r;
    }

    /**
     * The place an offensive intends to take: the target itself when it names a place; for a
     * region (the older form), the place there the state values most among those another side
     * holds, or -1 when there is none.
     */
    private static int intendedPlace(WorldState w, ScenarioEvent e, String target) {
        int q = w.geo.placeIndex(target);
        if (q >= 0) return q;
        int r = regionIndex(w, e, target);
        int best = -1;
        var pl = w.places;
        for (int i = 0; i < pl.count(); i++) {
            if (pl.place(i).region() != r || pl.holder[i] == org.sahelsim.model.Side.STATE.ordinal()) continue;
            if (best < 0 || pl.worth[0][i] > pl.worth[0][best]) best = i;
        }
        return best;
    }

    /**
     * Cells within {@code km} of the border with {@code country} become off-limits to state
     * forces. Algeria's band is Algeria's to keep: it lapses as its rule's does, after months
     * without state operations near the border.
     */
    private void noGoZone(WorldState w, String country, double km) {
        for (var s : decisions.strategists()) {
            if (s instanceof org.sahelsim.model.actors.Algeria algeria && country.equalsIgnoreCase(algeria.key())) {
                algeria.warnOff(w, km);
                return;
            }
        }
        boolean[] band = w.geo.nearBorder(country, km);
        for (int c = 0; c < w.cells; c++) if (band[c]) w.stateMayOperate[c] = false;
    }
}
