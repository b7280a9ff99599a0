package org.sahelsim.model.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.EmptyWorld;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.TestWeeks;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.EventLog;
import org.sahelsim.model.world.Geography;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * What an attacker knows of a place's defenders: the true count (garrison and the engaged field
 * troops of the cell, as the battle will count them) blurred by one error a month. With no error
 * the estimate is the truth; with the same month's errors the menu is the same however often the
 * side weighs it, so choosing among options cannot fish for a low count.
 */
class PlannerIntelligenceTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);
    private static final Scenario SCENARIO = ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5")).scenario();
    private static final Pattern DEFENDERS = Pattern.compile("against about (\\d+) defenders");

    private WorldState w;
    private Planner planner;
    private int segou;
    private final Week week = TestWeeks.monthStart(0, SCENARIO.period().start(), new MersenneTwisterFast(3), new EventLog());

    @BeforeEach
    void stage() {
        w = EmptyWorld.of(SCENARIO, GEO);
        segou = GEO.placeIndex("segou");
        w.places.garrison[Force.FAMA.ordinal()][segou] = 300;
        w.places.holder[segou] = Side.STATE.ordinal();
        w.presence[Force.JNIM.ordinal()][w.places.place(segou).cell()] = 3000;
        w.recountStrength();
        planner = new Planner(SCENARIO.operations(), SCENARIO.places(), SCENARIO.combat(),
                Reach.of(GEO, SCENARIO.operations().reachKm()));
    }

    private double seenDefenders(double[] error) {
        for (Planner.Option o : planner.menu(w, week, Side.JNIM, List.of(Force.JNIM), error)) {
            if (o.place() != segou || o.kind() != OperationKind.ASSAULT) continue;
            Matcher m = DEFENDERS.matcher(o.reason());
            assertTrue(m.find(), o.reason());
            return Double.parseDouble(m.group(1));
        }
        throw new AssertionError("no assault on Ségou in JNIM's menu");
    }

    @Test
    void withNoErrorTheAttackerCountsTheDefendersTheBattleWillMeet() {
        assertEquals(300, seenDefenders(new double[w.places.count()]), 0.5);
    }

    @Test
    void anErrorOfOneDeviationScalesTheCountByTheExponentOfTheIntelligenceSpread() {
        double[] error = new double[w.places.count()];
        error[segou] = 1;
        // No force of JNIM has surveillance aircraft (ISR 1): the spread is the parameter itself.
        double expected = 300 * Math.exp(SCENARIO.operations().intelligence());
        assertEquals(expected, seenDefenders(error), 0.5);
    }

    @Test
    void theMonthsPictureDoesNotChangeBetweenRoundsOfChoosing() {
        double[] error = Planner.intelligenceErrors(w, new MersenneTwisterFast(11));
        assertEquals(w.places.count(), error.length);
        List<String> first = planner.menu(w, week, Side.JNIM, List.of(Force.JNIM), error).stream().map(Planner.Option::reason).toList();
        List<String> again = planner.menu(w, week, Side.JNIM, List.of(Force.JNIM), error).stream().map(Planner.Option::reason).toList();
        assertEquals(first, again);
    }
}
