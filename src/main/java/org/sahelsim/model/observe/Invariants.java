package org.sahelsim.model.observe;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.Force;
import org.sahelsim.model.FuelLedger;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;

/**
 * What must hold of the world every week, whatever the scenario, the seed or the parameters
 * (ODD §7): troops, fuel and people are conserved, shares are shares, and no number is NaN or
 * infinite. It watches a run as an observer and counts the checks it made and the violations it
 * found, by {@link Kind}, with the first example of each. The tests of the ledgers and the
 * {@code check} command of many runs both use it.
 */
public final class Invariants implements RunObserver {
    /** What is checked. */
    public enum Kind {
        /** Each force's strength is its troops in the field, in garrisons and on operations, none negative. */
        TROOPS_POOLED("troops: strength = field + garrisons + operations + escorts, none negative"),
        /** Each force's strength changes by what its ledger records: arrived + recruited − departed − killed − lost. */
        TROOPS_ACCOUNTED("troops: weekly change = arrived + recruited - departed - killed - lost"),
        /** Each depot's stock changes by received − shipped − consumed, stocks and flows never negative. */
        FUEL_DEPOTS("fuel: each depot's stock change = received - shipped - consumed, none negative"),
        /** The nation's stock changes by imported + one-off deliveries − consumed − destroyed. */
        FUEL_NATION("fuel: national stock change = imported + one-off - consumed - destroyed"),
        /** What a corridor imports is delivered or destroyed; what leaves Bamako arrives or burns. */
        FUEL_ROADS("fuel: imported = delivered + destroyed; shipped fuel arrives or burns on the way"),
        /** Each cell keeps its people; each row of population shares accounts for everyone once. */
        PEOPLE("people: each cell's population fixed; everyone under one side or contested"),
        /** Every share and every probability is in [0, 1]. */
        SHARE_RANGE("shares: every share in [0, 1]"),
        /** Shares that split a whole sum to one (territory, nationally and per region), and those of a cell at most one. */
        SHARE_SUM("shares: sum to one (national, regions), at most one (each cell's control and support)"),
        /** No NaN or infinity in the world's numbers, nor in the week's record. */
        FINITE("numbers: no NaN or infinity in the world's arrays");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** One line saying what is checked. */
        public String label() {
            return label;
        }
    }

    /** Relative tolerance of a balance (the books are kept in doubles). */
    private static final double TOLERANCE = 1e-6;
    /** Absolute tolerance of a share. */
    private static final double SHARE_TOLERANCE = 1e-9;

    private final String run;
    private final long[] violations = new long[Kind.values().length];
    private final String[] first = new String[Kind.values().length];
    private long checks;
    private int weeks;
    private double[] lastStrength;
    private double[] population;
    /** The fields holding doubles, by class of the world's parts. */
    private final java.util.Map<Class<?>, List<Field>> numbers = new java.util.HashMap<>();

    /** @param run how to name the run in an example (its seed, say) */
    public Invariants(String run) {
        this.run = run;
    }

    @Override
    public void week(WeekRecord r, WorldState w) {
        String when = run + ", " + r.date();
        troops(w, when);
        if (w.fuel != null) fuel(w.fuel, when);
        people(r, w, when);
        shares(r, w, when);
        finite(r, w, when);
        weeks++;
    }

    private void troops(WorldState w, String when) {
        boolean first = lastStrength == null;
        if (first) lastStrength = new double[Force.COUNT];
        for (int i = 0; i < Force.COUNT; i++) {
            int f = i;
            double field = w.fieldStrength(f);
            double garrisons = w.places.garrisoned(f);
            double operations = w.onOperations(f);
            double escorts = w.escorting(f);
            double pooled = field + garrisons + operations + escorts;
            balance(Kind.TROOPS_POOLED, w.strength[f], pooled, Math.max(1, pooled), () -> when + ", " + Force.of(f).key() + ": strength "
                    + w.strength[f] + " but field " + field + " + garrisons " + garrisons + " + operations " + operations
                    + " + escorts " + escorts + " = " + pooled);
            double fewest = Math.min(min(w.presence[f]), min(w.places.garrison[f]));
            check(Kind.TROOPS_POOLED, fewest >= -TOLERANCE, () -> when + ", " + Force.of(f).key() + ": " + fewest
                    + " troops in a cell or a garrison");
            if (!first) {
                double change = w.strength[f] - lastStrength[f];
                double net = w.troops.net(f);
                balance(Kind.TROOPS_ACCOUNTED, change, net, Math.max(1, w.strength[f]), () -> when + ", " + Force.of(f).key()
                        + ": strength changed by " + change + " but the ledger records " + net + " (arrived " + w.troops.arrived[f]
                        + ", recruited " + w.troops.recruited[f] + ", departed " + w.troops.departed[f] + ", killed "
                        + w.troops.killed[f] + ", lost " + w.troops.lost[f] + ")");
            }
            lastStrength[f] = w.strength[f];
        }
    }

    private void fuel(FuelLedger l, String when) {
        for (int d = 0; d < l.depots; d++) {
            int depot = d;
            double change = l.stock[d] - l.stockBefore[d];
            double flows = l.received[d] - l.shipped[d] - l.consumed[d];
            balance(Kind.FUEL_DEPOTS, change, flows, Math.max(1, l.stockBefore[d] + l.received[d]), () -> when + ", depot " + depot
                    + ": stock changed by " + change + " but received − shipped − consumed = " + flows);
            boolean negative = l.stock[d] < 0 || l.received[d] < 0 || l.shipped[d] < 0 || l.consumed[d] < 0 || l.destroyedInbound[d] < 0;
            check(Kind.FUEL_DEPOTS, !negative, () -> when + ", depot " + depot + ": a negative stock or flow (stock " + l.stock[depot]
                    + ", received " + l.received[depot] + ", shipped " + l.shipped[depot] + ", consumed " + l.consumed[depot]
                    + ", destroyed inbound " + l.destroyedInbound[depot] + ")");
        }
        double change = sum(l.stock) - sum(l.stockBefore);
        double flows = sum(l.imported) + l.extraImported - sum(l.consumed) - sum(l.corridorDestroyed) - sum(l.destroyedInbound);
        balance(Kind.FUEL_NATION, change, flows, Math.max(1, sum(l.stockBefore) + sum(l.imported) + l.extraImported), () -> when
                + ": national stock changed by " + change + " but imported + one-off − consumed − destroyed = " + flows);
        for (int k = 0; k < l.corridors; k++) {
            int corridor = k;
            double accounted = l.delivered[k] + l.corridorDestroyed[k];
            balance(Kind.FUEL_ROADS, l.imported[k], accounted, Math.max(1, l.imported[k]), () -> when + ", corridor " + corridor
                    + ": imported " + l.imported[corridor] + " but delivered + destroyed = " + accounted);
        }
        double left = sum(l.shipped) + sum(l.delivered) + l.extraImported;
        double arrived = sum(l.received) + sum(l.destroyedInbound);
        balance(Kind.FUEL_ROADS, left, arrived, Math.max(1, arrived), () -> when + ": " + left
                + " litres left Bamako or reached it, but received + destroyed on the way = " + arrived);
    }

    private void people(WeekRecord r, WorldState w, String when) {
        int cells = w.geo.cellCount();
        if (population == null) {
            population = new double[cells];
            for (int c = 0; c < cells; c++) population[c] = w.geo.population(c);
        }
        checks++;
        for (int c = 0; c < cells; c++) {
            if (w.geo.population(c) != population[c] || !(population[c] >= 0)) {
                int cell = c;
                violation(Kind.PEOPLE, () -> when + ", cell " + cell + ": population " + w.geo.population(cell) + ", was "
                        + population[cell] + " when the run started");
            }
        }
        sumsToOne(Kind.PEOPLE, r.population(), () -> when + ": national population shares");
        for (int g = 0; g < r.regionPopulation().length; g++) {
            int region = g;
            sumsToOne(Kind.PEOPLE, r.regionPopulation()[g], () -> when + ": population shares of " + w.geo.regions().get(region).id());
        }
    }

    private void shares(WeekRecord r, WorldState w, String when) {
        sumsToOne(Kind.SHARE_SUM, r.territory(), () -> when + ": national territory shares");
        for (int g = 0; g < r.regionTerritory().length; g++) {
            int region = g;
            sumsToOne(Kind.SHARE_SUM, r.regionTerritory()[g], () -> when + ": territory shares of " + w.geo.regions().get(region).id());
        }
        checks += 2;
        for (int c = 0; c < w.cells; c++) {
            double control = 0;
            double support = 0;
            for (int s = 0; s < Side.COUNT; s++) {
                control += w.control[s][c];
                support += w.support[s][c];
            }
            if (!(control <= 1 + SHARE_TOLERANCE)) cellSum(when, c, "control", control);
            if (!(support <= 1 + SHARE_TOLERANCE)) cellSum(when, c, "support", support);
        }
        inRange(r.territory(), "national territory", when);
        inRange(r.population(), "national population", when);
        for (int g = 0; g < r.regionTerritory().length; g++) {
            inRange(r.regionTerritory()[g], "territory of region " + g, when);
            inRange(r.regionPopulation()[g], "population of region " + g, when);
        }
        inRange(w.control, "control", when);
        inRange(w.support, "support", when);
        inRange(w.harmGrievance, "harm grievance", when);
        inRange(w.grievanceState, "grievance against the state", when);
        inRange(w.hardship, "hardship", when);
        inRange(w.roadDanger, "road danger", when);
        inRange(new double[] {w.legitimacy, w.cohesion, w.fuelMobility, w.droughtHardship}, "legitimacy, cohesion, fuel mobility, drought hardship", when);
    }

    private void cellSum(String when, int cell, String what, double sum) {
        violation(Kind.SHARE_SUM, () -> when + ", cell " + cell + ": " + what + " shares sum to " + sum);
    }

    private void finite(WeekRecord r, WorldState w, String when) {
        List<Object> parts = new ArrayList<>(List.of(r, w, w.places, w.troops));
        if (w.fuel != null) parts.add(w.fuel);
        parts.addAll(w.operations);
        for (Object part : parts) {
            for (Field f : numbers.computeIfAbsent(part.getClass(), Invariants::numbers)) {
                Object v;
                try {
                    v = f.get(part);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + f, e);
                }
                String name = part.getClass().getSimpleName() + "." + f.getName();
                if (v instanceof Double d) {
                    check(Kind.FINITE, Double.isFinite(d), () -> when + ": " + name + " = " + d);
                } else if (v instanceof double[] a) {
                    finite(a, name, when);
                } else if (v instanceof double[][] aa) {
                    for (int i = 0; i < aa.length; i++) finite(aa[i], name + "[" + i + "]", when);
                }
            }
        }
    }

    private void finite(double[] a, String name, String when) {
        checks++;
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                int at = i;
                violation(Kind.FINITE, () -> when + ": " + name + "[" + at + "] = " + a[at]);
            }
        }
    }

    /** The fields of a class that hold doubles (one, an array, an array of arrays), made readable. */
    private static List<Field> numbers(Class<?> type) {
        List<Field> out = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())) continue;
                Class<?> t = f.getType();
                if (t == double.class || t == double[].class || t == double[][].class) {
                    f.setAccessible(true);
                    out.add(f);
                }
            }
        }
        return List.copyOf(out);
    }

    private void inRange(double[][] shares, String name, String when) {
        for (int i = 0; i < shares.length; i++) inRange(shares[i], name + "[" + i + "]", when);
    }

    private void inRange(double[] shares, String name, String when) {
        checks++;
        for (int i = 0; i < shares.length; i++) {
            double v = shares[i];
            if (!(v >= -SHARE_TOLERANCE && v <= 1 + SHARE_TOLERANCE)) {
                int at = i;
                violation(Kind.SHARE_RANGE, () -> when + ": " + name + "[" + at + "] = " + v);
            }
        }
    }

    private void sumsToOne(Kind kind, double[] shares, java.util.function.Supplier<String> what) {
        double s = sum(shares);
        check(kind, Math.abs(s - 1) <= 1e-6, () -> what.get() + " sum to " + s);
    }

    private void balance(Kind kind, double actual, double expected, double scale, java.util.function.Supplier<String> example) {
        check(kind, Math.abs(actual - expected) <= TOLERANCE * scale, example);
    }

    private void check(Kind kind, boolean holds, java.util.function.Supplier<String> example) {
        checks++;
        if (!holds) violation(kind, example);
    }

    private void violation(Kind kind, java.util.function.Supplier<String> example) {
        int k = kind.ordinal();
        if (violations[k]++ == 0) first[k] = example.get();
    }

    private static double min(double[] x) {
        double m = Double.POSITIVE_INFINITY;
        for (double v : x) m = Math.min(m, v);
        return m;
    }

    private static double sum(double[] x) {
        double s = 0;
        for (double v : x) s += v;
        return s;
    }

    /** Weeks checked. */
    public int weeks() {
        return weeks;
    }

    /** Checks made. */
    public long checks() {
        return checks;
    }

    /** Violations found of a kind. */
    public long violations(Kind kind) {
        return violations[kind.ordinal()];
    }

    /** Violations found of every kind. */
    public long violations() {
        long n = 0;
        for (long v : violations) n += v;
        return n;
    }

    /** The first violation found of a kind, in words (the run, the week, what was found), or null. */
    public String firstExample(Kind kind) {
        return first[kind.ordinal()];
    }
}
