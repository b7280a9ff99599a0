package org.sahelsim.scenario;

import java.util.ArrayList;
import java.util.List;

/** Collects problems up to a cap, counting the rest, and throws them all at once. */
final class ProblemList {
    private final int cap;
    private final List<Problem> kept = new ArrayList<>();
    private int omitted;

    ProblemList(int cap) {
        this.cap = cap;
    }

    void add(Tree.Origin at, String path, String found, String expected, String suggestion) {
        add(new Problem(at.file(), at.line(), at.column(), path, found, expected, suggestion));
    }

    void add(Tree.Origin at, String path, String found, String expected) {
        add(at, path, found, expected, null);
    }

    void add(Problem p) {
        if (kept.size() < cap) {
            kept.add(p);
        } else {
            omitted++;
        }
    }

    boolean isEmpty() {
        return kept.isEmpty();
    }

    int size() {
        return kept.size() + omitted;
    }

    /** Throws if anything was found. */
    void throwIfAny() {
        if (!kept.isEmpty()) {
            // In reading order: by file (in the order first met), then line and column.
            List<String> files = new ArrayList<>();
            kept.forEach(p -> {
                if (!files.contains(p.file())) {
                    files.add(p.file());
                }
            });
            List<Problem> sorted = new ArrayList<>(kept);
            sorted.sort(java.util.Comparator.<Problem>comparingInt(p -> files.indexOf(p.file()))
                    .thenComparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new ScenarioException(sorted, omitted);
        }
    }

    /** Throws a single problem at once (for problems that stop reading a document). */
    static ScenarioException single(Tree.Origin at, String path, String found, String expected, String suggestion) {
        return new ScenarioException(List.of(new Problem(at.file(), at.line(), at.column(), path, found,
                expected, suggestion)), 0);
    }
}
