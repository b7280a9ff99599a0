package org.sahelsim.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.model.world.Corridor;

/**
 * Fires the scenario's dated events in the week they fall in, and phases strength changes in
 * over their {@code over_weeks}. Each event is logged with its label so charts can mark it.
 */
final class ScenarioEvents implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private record Ramp(Force force, double from, double to, long start, int weeks) {
    }

    private final SahelSim sim;
    private final ArrayDeque<ScenarioEvent> pending;
    private final List<Ramp> ramps = new ArrayList<>();

    ScenarioEvents(SahelSim sim, List<ScenarioEvent> events) {
        this.sim = sim;
        List<ScenarioEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparing(ScenarioEvent::date)); // stable: same-day events keep file order
        this.pending = new ArrayDeque<>(sorted);
    }

    void ramp(Force force, double to, int weeks) {
        WorldState w = sim.world();
        ramps.removeIf(r -> r.force() == force);
        ramps.add(new Ramp(force, w.strength[force.ordinal()], to, sim.tick(), Math.max(0, weeks)));
    }

    void fire(long tick) {
        Calendar cal = sim.calendar();
        // Events dated before the start fire in the first week.
        while (!pending.isEmpty() && cal.tickOf(pending.peek().date()) <= tick) {
            apply(pending.poll());
        }
        WorldState w = sim.world();
        for (var it = ramps.iterator(); it.hasNext(); ) {
            Ramp r = it.next();
            long done = tick - r.start() + 1;
            double frac = r.weeks() == 0 ? 1 : Math.min(1, done / (double) r.weeks());
            w.scaleForce(r.force(), r.from() + (r.to() - r.from()) * frac);
            if (frac >= 1) it.remove();
        }
    }

    private void apply(ScenarioEvent e) {
        WorldState w = sim.world();
        String target = e.target() == null ? "" : e.target();
        double value = e.value() == null ? 0 : e.value();
        String region = "";
        List<String> actors = new ArrayList<>();
        switch (e.type()) {
            case FORCE_STRENGTH -> {
                Force f = force(e);
                actors.add(f.key());
                ramp(f, value, e.overWeeks() == null ? 0 : e.overWeeks());
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
                for (String id : target.split(";")) sim.fuelSupply().setCorridorOpen(id.trim(), e.type() == org.sahelsim.model.params.EventType.CORRIDOR_OPENED);
                actors.add("neighbours");
            }
            case SANCTIONS, SANCTIONS_LIFTED -> {
                boolean on = e.type() == org.sahelsim.model.params.EventType.SANCTIONS;
                w.sanctions = on;
                w.sanctionsRevenueLoss = on ? value : 0;
                List<String> countries = List.of(target.split(";"));
                for (Corridor c : sim.fuelSupply().corridors()) {
                    if (countries.stream().anyMatch(k -> k.trim().equalsIgnoreCase(c.originCountry()))) sim.fuelSupply().setCorridorOpen(c.id(), !on);
                }
                actors.add("ecowas");
            }
            case BLOCKADE -> {
                w.blockade = true;
                java.util.Arrays.fill(w.blockadedRegion, false);
                if (!target.isBlank()) {
                    for (String id : target.split(";")) w.blockadedRegion[regionIndex(e, id.trim())] = true;
                }
                actors.add("jnim");
            }
            case BLOCKADE_LIFTED -> {
                w.blockade = false;
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
                int r = regionIndex(e, target);
                region = target;
                sim.startOffensive(r, value, e.overWeeks());
                actors.add("state");
            }
            case COUP -> {
                sim.coup(e.label());
                return;
            }
            case FUEL_DELIVERY -> {
                w.fuel.extraImport += value;
                actors.add(target.isBlank() ? "partners" : target);
            }
            case PAYMENT -> {
                w.arrearsMonths = Math.max(0, w.arrearsMonths - value);
                actors.add("state");
                actors.add("russia");
            }
            case MARKER -> actors.add(target.isBlank() ? "scenario" : target);
        }
        sim.log("scenario", region, actors, e.label());
    }

    private Force force(ScenarioEvent e) {
        Force f = e.target() == null ? null : Force.byKey(e.target());
        if (f == null) {
            throw new IllegalArgumentException("event on " + e.date() + " (" + e.type().name().toLowerCase(Locale.ROOT)
                    + "): target '" + e.target() + "' is not a force; expected one of fama, russia, france, minusma, eu, aes, jnim, is_sahel, separatists");
        }
        return f;
    }

    private int regionIndex(ScenarioEvent e, String id) {
        int r = sim.geography().regionIndex(id);
        if (r < 0) {
            throw new IllegalArgumentException("event on " + e.date() + ": target '" + id + "' is not a region id");
        }
        return r;
    }

    /** Cells within {@code km} of the border with {@code country} become off-limits to state forces. */
    private void noGoZone(WorldState w, String country, double km) {
        var geo = w.geo;
        double cellKm = geo.cellDegrees() * 111.32;
        int rings = (int) Math.ceil(km / cellKm);
        int[] depth = new int[w.cells];
        java.util.Arrays.fill(depth, -1);
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int c = 0; c < w.cells; c++) {
            if (country.equalsIgnoreCase(geo.borderCountry(c))) {
                depth[c] = 0;
                queue.add(c);
            }
        }
        while (!queue.isEmpty()) {
            int c = queue.poll();
            w.stateMayOperate[c] = false;
            if (depth[c] >= rings - 1) continue;
            for (int k = 0; k < geo.neighbourCount(c); k++) {
                int m = geo.neighbour(c, k);
                if (depth[m] < 0) {
                    depth[m] = depth[c] + 1;
                    queue.add(m);
                }
            }
        }
    }
}
