package org.sahelsim.classic.epstein;

import java.util.List;
import org.sahelsim.model.params.Bounds;
import org.sahelsim.model.params.Checker;
import org.sahelsim.model.params.Optional;
import org.sahelsim.model.params.Validated;

/**
 * One run of Epstein's Model I as a scenario file states it: what it asks and which of the
 * paper's findings it reproduces, the torus, the citizens, the cops, the jail, the regime's
 * legitimacy, and the experimenter's changes during the run. Every number comes from the file,
 * with its source; there are no Java defaults.
 *
 * @param id                the scenario's name (its file name without {@code .yaml})
 * @param title             a short title for charts and lists
 * @param question          what the run asks
 * @param finding           the paper's finding it reproduces, quoted
 * @param notes             what to look at, and what the run cannot show (optional)
 * @param ticks             how many ticks to run; every agent acts once a tick
 * @param torus             the lattice
 * @param legitimacy        the regime's legitimacy L at the start, 0 to 1
 * @param citizens          the general population
 * @param cops              the forces of the central authority
 * @param jail              jail terms
 * @param outburstThreshold actives above which the run is in an outburst (the paper's 50); for
 *                          measuring, no rule of the model reads it
 * @param changes           the experimenter's changes to legitimacy or cop density (optional)
 */
public record EpsteinScenario(
        String id,
        String title,
        String question,
        String finding,
        @Optional String notes,
        @Bounds(min = 1, max = 1_000_000) int ticks,
        Torus torus,
        @Bounds(min = 0, max = 1) double legitimacy,
        Citizens citizens,
        Cops cops,
        Jail jail,
        @Bounds(min = 1) int outburstThreshold,
        @Optional List<Change> changes) implements Validated {

    public EpsteinScenario {
        changes = changes == null ? List.of() : List.copyOf(changes);
    }

    /** The number of citizens: {@code round(density × sites)}. */
    public int citizenCount() {
        return torus.count(citizens.density());
    }

    /** The number of cops at the start. */
    public int copCount() {
        return torus.count(cops.density());
    }

    /** The largest cop density that leaves a site for every citizen and every cop. */
    public double maxCopDensity() {
        return (torus.sites() - citizenCount()) / (double) torus.sites();
    }

    /** Whether {@code density} puts no more cops on the torus than the citizens leave room for. */
    public boolean copsFit(double density) {
        return density >= 0 && torus.count(density) + citizenCount() <= torus.sites();
    }

    @Override
    public void validate(Checker check) {
        int sites = torus.sites();
        check.require(copsFit(cops.density()), "cops.density",
                cops.density() + " (" + copCount() + " cops beside " + citizenCount() + " citizens on " + sites + " sites)",
                "at most one agent a site: citizens.density + cops.density <= 1");
        double halfSide = Math.min(torus.width(), torus.height()) / 2.0;
        check.require(citizens.vision() < halfSide, "citizens.vision", String.valueOf(citizens.vision()),
                "a vision shorter than half the torus's smaller side (" + halfSide + "), so no site is seen twice");
        check.require(cops.vision() < halfSide, "cops.vision", String.valueOf(cops.vision()),
                "a vision shorter than half the torus's smaller side (" + halfSide + "), so no site is seen twice");
        check.require(outburstThreshold < Math.max(1, citizenCount()), "outburst_threshold", String.valueOf(outburstThreshold),
                "fewer actives than there are citizens (" + citizenCount() + ")");
        for (int i = 0; i < changes.size(); i++) {
            Change c = changes.get(i);
            String at = "changes[" + i + "]";
            check.require(c.end() <= ticks, at + ".ticks", "a change that ends at tick " + c.end(),
                    "a change within the run's " + ticks + " ticks");
            if (c.lever() == Lever.COP_DENSITY) {
                check.require(copsFit(c.to()), at + ".to", String.valueOf(c.to()),
                        "a cop density of at most " + maxCopDensity() + " (the sites the citizens leave free)");
            }
            for (int j = 0; j < i; j++) {
                Change d = changes.get(j);
                if (d.lever() == c.lever() && d.start() <= c.end() && c.start() <= d.end()) {
                    check.problem(at + ".start", "a change of " + c.lever().key() + " over ticks " + c.start() + "-"
                            + c.end() + ", overlapping changes[" + j + "] (ticks " + d.start() + "-" + d.end() + ")",
                            "changes of one lever that do not overlap");
                }
            }
        }
    }
}
