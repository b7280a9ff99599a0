package org.sahelsim.classic.epstein;

import java.util.List;

/** Scenarios built in code for the model's unit tests, with the paper's Run 2 values by default. */
final class Scenarios {
    private Scenarios() {
    }

    static EpsteinScenario run2() {
        return of(40, 40, 0.7, 0.04, 7, 0.82, 30, ArrestRatio.ROUND, true, 1000, List.of());
    }

    static EpsteinScenario of(int width, int height, double citizens, double cops, double vision, double legitimacy,
            Integer maxTerm, ArrestRatio ratio, boolean move, int ticks, List<Change> changes) {
        return new EpsteinScenario("test", "test", "test", "test", null, ticks, new Torus(width, height, "test"), legitimacy,
                new Citizens(citizens, vision, 0.1, 2.3, ratio, move, "test"), new Cops(cops, vision, "test"),
                new Jail(maxTerm, "test"), 50, changes);
    }
}
