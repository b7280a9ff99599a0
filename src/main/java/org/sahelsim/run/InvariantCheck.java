package org.sahelsim.run;

import java.util.List;
import java.util.Locale;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.observe.Invariants;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The {@link Invariants} checked every week of many seeded runs of a scenario (seeds
 * {@code first .. first + runs − 1}), on a pool of threads; the tally is kept by seed, so it is
 * the same whatever the number of threads.
 *
 * @param scenarioId the scenario checked
 * @param firstSeed  the first seed
 * @param runs       runs checked, one seed each
 * @param weeks      weeks checked, over all runs
 * @param checks     checks made
 * @param counts     violations of each {@link Invariants.Kind}, by ordinal
 * @param firsts     the first violation of each kind in seed order, or null
 */
public record InvariantCheck(String scenarioId, long firstSeed, int runs, long weeks, long checks, long[] counts, String[] firsts) {

    /** Runs seeds {@code firstSeed ..} of a scenario and checks every week of each. */
    public static InvariantCheck run(ScenarioLibrary.Entry entry, Geography geo, int runs, long firstSeed, int threads, Progress progress) {
        if (runs < 1) throw new IllegalArgumentException("--runs must be at least 1, found " + runs);
        List<Invariants> checked = Batch.run(runs, threads, progress, i -> {
            long seed = firstSeed + i;
            Invariants invariants = new Invariants("seed " + seed);
            SahelSim sim = new SahelSim(entry.scenario(), geo, seed);
            sim.addObserver(invariants);
            sim.runToEnd();
            return invariants;
        });
        return of(entry.scenario().id(), firstSeed, checked);
    }

    /** The tally of runs checked, in seed order. */
    public static InvariantCheck of(String scenarioId, long firstSeed, List<Invariants> checked) {
        Invariants.Kind[] kinds = Invariants.Kind.values();
        long[] counts = new long[kinds.length];
        String[] firsts = new String[kinds.length];
        long weeks = 0;
        long checks = 0;
        for (Invariants run : checked) {
            weeks += run.weeks();
            checks += run.checks();
            for (Invariants.Kind k : kinds) {
                counts[k.ordinal()] += run.violations(k);
                if (firsts[k.ordinal()] == null) firsts[k.ordinal()] = run.firstExample(k);
            }
        }
        return new InvariantCheck(scenarioId, firstSeed, checked.size(), weeks, checks, counts, firsts);
    }

    /** Violations of every kind. */
    public long violations() {
        long n = 0;
        for (long c : counts) n += c;
        return n;
    }

    /** Violations of a kind. */
    public long violations(Invariants.Kind kind) {
        return counts[kind.ordinal()];
    }

    /** The first violation of a kind in seed order, or null. */
    public String firstExample(Invariants.Kind kind) {
        return firsts[kind.ordinal()];
    }

    /** The tally as it is printed: runs, weeks, checks, violations by kind with the first example of each. */
    public String summary() {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "%s: %,d runs (seeds %d..%d), %,d weeks, %,d checks%n", scenarioId, runs, firstSeed,
                firstSeed + runs - 1, weeks, checks));
        for (Invariants.Kind k : Invariants.Kind.values()) {
            b.append(String.format(Locale.ROOT, "  %-86s %,12d%n", k.label(), counts[k.ordinal()]));
        }
        if (violations() == 0) {
            b.append("No violation.\n");
        } else {
            b.append(String.format(Locale.ROOT, "%,d violations; the first of each kind:%n", violations()));
            for (Invariants.Kind k : Invariants.Kind.values()) {
                if (firsts[k.ordinal()] != null) b.append("  ").append(k.label()).append(":\n    ").append(firsts[k.ordinal()]).append('\n');
            }
        }
        return b.toString();
    }
}
