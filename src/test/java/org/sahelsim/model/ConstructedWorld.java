package org.sahelsim.model;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.observe.EventLog;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.params.StrategyParams;
import org.sahelsim.model.submodels.Economy;
import org.sahelsim.model.submodels.Reinforcements;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * The default scenario's world at its start on a coarse grid, for the strategic rules' tests to
 * build the world a rule should (or should not) act on: whole months, the decisions logged, and
 * a temperature so small that each rule is (almost) a threshold.
 */
abstract class ConstructedWorld {
    static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);
    static final Scenario SCENARIO = ScenarioLibrary.standard().load("default",
            List.of("grid.cell_degrees=0.5", "decisions=free")).scenario();
    static final StrategyParams ST = SCENARIO.strategy();
    static final double T = 1e-4;
    static final double DOMINANCE = SCENARIO.control().dominance();

    WorldState w;
    final EventLog log = new EventLog();
    long tick;
    Reinforcements flows;
    Economy economy;

    @BeforeEach
    void world() {
        w = Initialisation.world(SCENARIO, GEO, new MersenneTwisterFast(1));
        flows = new Reinforcements();
        economy = new Economy(SCENARIO.economy(), SCENARIO.fuel().normalPriceCfa(), DOMINANCE);
    }

    /** The first week of the next month. */
    Week month() {
        return new Week(tick++, true, new MersenneTwisterFast(tick), log, SCENARIO.period().start().plusWeeks(tick));
    }

    /** Whether a decision containing {@code words} has been logged. */
    boolean decided(String words) {
        return log.events().stream().anyMatch(e -> e.type().equals("decision") && e.description().contains(words));
    }

    /** Puts {@code troops} Russian troops in Bamako, and none elsewhere. */
    void russians(double troops) {
        int ru = Force.RUSSIA.ordinal();
        Arrays.fill(w.presence[ru], 0);
        w.presence[ru][GEO.town("bamako").cell()] = troops;
        w.recountStrength();
    }

    /** Hands every cell to JNIM (at war with the state) or to the state. */
    void ground(Side side) {
        for (double[] c : w.control) Arrays.fill(c, 0);
        Arrays.fill(w.control[side.ordinal()], 0.9);
    }

    /** Sends a column of {@code troops} FAMa troops to assault place {@code id}, under way; returns the place's cell. */
    int stateColumnTo(String id, double troops) {
        int q = GEO.placeIndex(id);
        int cell = w.places.place(q).cell();
        org.sahelsim.model.operations.Operation op = new org.sahelsim.model.operations.Operation(
                org.sahelsim.model.operations.OperationKind.ASSAULT, Side.STATE.ordinal(), q, 0, 10, cell, new int[] {cell}, "test");
        op.troops[Force.FAMA.ordinal()] = troops;
        w.operations.add(op);
        return cell;
    }

    /** The cell of {@code region} with the fewest people per km². */
    static int emptiestCell(int region) {
        int best = -1;
        for (int c = 0; c < GEO.cellCount(); c++) {
            if (GEO.region(c) != region) continue;
            double density = GEO.population(c) / GEO.areaKm2(c);
            if (best < 0 || density < GEO.population(best) / GEO.areaKm2(best)) best = c;
        }
        return best;
    }
}
