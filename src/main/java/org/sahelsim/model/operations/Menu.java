package org.sahelsim.model.operations;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.Words;

/**
 * A side's menu of operations as it is drawn up, one column of numbers per field of an option
 * ({@link Planner.Option}), kept by the planner from menu to menu. A side draws up a menu for
 * each round of each month's choice and takes at most one option from it: an object and a
 * reason's formula per option were a fifth of a run's allocation, so the options stay numbers
 * and an {@link Planner.Option}, with its reason put in words, is made only for the one
 * launched or shown. A reason is its format and up to five numbers.
 */
final class Menu {
    private static final int REASON_NUMBERS = 5;

    private int size;
    private OperationKind[] kind = new OperationKind[64];
    private int[] place = new int[64];
    private double[] troops = new double[64];
    private double[] chance = new double[64];
    private double[] expectedLoss = new double[64];
    private double[] ev = new double[64];
    private int[] breaks = new int[64];
    /** What strangling the capital instead would bring, for an option charged with it ({@link Strangling}); else null. */
    private Strangling.Weighing[] forgone = new Strangling.Weighing[64];
    private String[] format = new String[64];
    private double[] numbers = new double[64 * REASON_NUMBERS];
    /** The logit's weights while choosing; scratch. */
    private double[] weight = new double[64];

    /** Empties the menu for the next one. */
    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    double ev(int i) {
        return ev[i];
    }

    OperationKind kind(int i) {
        return kind[i];
    }

    double chance(int i) {
        return chance[i];
    }

    double expectedLoss(int i) {
        return expectedLoss[i];
    }

    /** Adds an option whose reason is {@code format} with the numbers {@code a}..{@code e} (those it does not name are not shown). */
    void add(OperationKind k, int q, double troops, double chance, double expectedLoss, double ev, String format,
             double a, double b, double c, double d, double e) {
        if (size == kind.length) grow();
        int i = size++;
        kind[i] = k;
        place[i] = q;
        this.troops[i] = troops;
        this.chance[i] = chance;
        this.expectedLoss[i] = expectedLoss;
        this.ev[i] = ev;
        breaks[i] = -1;
        forgone[i] = null;
        this.format[i] = format;
        int at = i * REASON_NUMBERS;
        numbers[at] = a;
        numbers[at + 1] = b;
        numbers[at + 2] = c;
        numbers[at + 3] = d;
        numbers[at + 4] = e;
    }

    void add(OperationKind k, int q, double troops, double chance, double expectedLoss, double ev, String format, double a) {
        add(k, q, troops, chance, expectedLoss, ev, format, a, 0, 0, 0, 0);
    }

    void add(OperationKind k, int q, double troops, double chance, double expectedLoss, double ev, String format, double a, double b) {
        add(k, q, troops, chance, expectedLoss, ev, format, a, b, 0, 0, 0);
    }

    void add(OperationKind k, int q, double troops, double chance, double expectedLoss, double ev, String format, double a, double b,
             double c) {
        add(k, q, troops, chance, expectedLoss, ev, format, a, b, c, 0, 0);
    }

    void add(OperationKind k, int q, double troops, double chance, double expectedLoss, double ev, String format, double a, double b,
             double c, double d) {
        add(k, q, troops, chance, expectedLoss, ev, format, a, b, c, d, 0);
    }

    /** Charges option {@code i} with {@code cost} for breaking the truce with side {@code side}. */
    void breaking(int i, int side, double cost) {
        ev[i] = ev[i] - cost;
        breaks[i] = side;
    }

    /** Charges option {@code i} with what strangling the capital instead would bring; its reason then says so. */
    void forgoing(int i, Strangling.Weighing weighing) {
        ev[i] = ev[i] - weighing.strangleWorth();
        forgone[i] = weighing;
    }

    /** Option {@code i}'s id in orders and menus, e.g. {@code assault:kidal}. */
    String id(int i, WorldState w) {
        return kind[i].key() + ":" + w.places.place(place[i]).id();
    }

    /** Option {@code i} as a value, its reason to be put in words when read. */
    Planner.Option option(int i) {
        int at = i * REASON_NUMBERS;
        CharSequence reason = Words.of(format[i], numbers[at], numbers[at + 1], numbers[at + 2], numbers[at + 3], numbers[at + 4]);
        if (forgone[i] != null) reason = Words.of("%s; %s", reason, forgone[i].words());
        return new Planner.Option(kind[i], place[i], troops[i], chance[i], expectedLoss[i], ev[i], reason, breaks[i]);
    }

    /**
     * Picks an option's index, or -1 to hold. Two logit steps, so a long menu does not make acting
     * more likely: which option (each with probability ∝ exp(EV / temperature)), then whether to
     * carry it out rather than hold (probability 1 / (1 + exp(−EV / temperature)), holding being
     * worth 0).
     */
    int choose(double temperature, MersenneTwisterFast random) {
        if (size == 0) return -1;
        double t = Math.max(1e-9, temperature);
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < size; i++) max = Math.max(max, ev[i]);
        double total = 0;
        if (weight.length < size) weight = new double[kind.length];
        for (int i = 0; i < size; i++) {
            weight[i] = Math.exp((ev[i] - max) / t);
            total += weight[i];
        }
        double u = random.nextDouble() * total;
        int pick = size - 1;
        for (int i = 0; i < size; i++) {
            if (u < weight[i]) {
                pick = i;
                break;
            }
            u -= weight[i];
        }
        double act = 1 / (1 + Math.exp(-ev[pick] / t));
        return random.nextDouble() < act ? pick : -1;
    }

    private void grow() {
        int n = kind.length * 2;
        kind = Arrays.copyOf(kind, n);
        place = Arrays.copyOf(place, n);
        troops = Arrays.copyOf(troops, n);
        chance = Arrays.copyOf(chance, n);
        expectedLoss = Arrays.copyOf(expectedLoss, n);
        ev = Arrays.copyOf(ev, n);
        breaks = Arrays.copyOf(breaks, n);
        forgone = Arrays.copyOf(forgone, n);
        format = Arrays.copyOf(format, n);
        numbers = Arrays.copyOf(numbers, n * REASON_NUMBERS);
    }
}
