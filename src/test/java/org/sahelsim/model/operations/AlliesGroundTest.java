package org.sahelsim.model.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.EmptyWorld;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.TestWeeks;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.EventLog;
import org.sahelsim.model.params.RelationParams;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.Mali;

/**
 * An empty place on an ally's ground is the ally's to take (ODD §7.9): the separatists, JNIM's
 * allies in the default scenario, do not occupy an empty town of the centre where JNIM holds
 * more of the ground than they do, and do where they hold more; JNIM likewise on theirs.
 */
class AlliesGroundTest {
    private static final Scenario SCENARIO = Mali.defaultScenario().scenario();
    private static final Geography MAP = Mali.map();

    private WorldState w;
    private Planner planner;
    private int bandiagara;
    private int cell;
    private final Week week = TestWeeks.monthStart(0, SCENARIO.period().start(), new MersenneTwisterFast(3), new EventLog());

    @BeforeEach
    void stage() {
        w = EmptyWorld.of(SCENARIO, MAP);
        bandiagara = MAP.placeIndex("bandiagara");
        cell = w.places.place(bandiagara).cell();
        // Separatist and JNIM fighters close by, nobody in the town.
        w.presence[Force.SEPARATISTS.ordinal()][cell] = 400;
        w.presence[Force.JNIM.ordinal()][cell] = 400;
        for (double[] row : w.control) row[cell] = 0;
        w.recountStrength();
        planner = new Planner(SCENARIO.operations(), SCENARIO.places(), SCENARIO.combat(), Reach.of(MAP, SCENARIO.operations().reachKm()));
    }

    private boolean offers(Side side, Force force) {
        for (Planner.Option o : planner.menu(w, week, side, List.of(force), new double[w.places.count()])) {
            if (o.place() == bandiagara && o.kind() == OperationKind.OCCUPY) return true;
        }
        return false;
    }

    @Test
    void theSeparatistsLeaveAnEmptyTownOnJnimsGroundToJnim() {
        assertEquals(RelationParams.Status.ALLIANCE, w.relations.between(Side.JNIM, Side.SEPARATISTS));
        w.control[Side.JNIM.ordinal()][cell] = 0.5;
        w.control[Side.SEPARATISTS.ordinal()][cell] = 0.1;
        assertFalse(offers(Side.SEPARATISTS, Force.SEPARATISTS), "the separatists' menu has no occupation of Bandiagara");
        assertTrue(offers(Side.JNIM, Force.JNIM), "JNIM's menu has it");
    }

    @Test
    void onTheirOwnGroundTheSeparatistsTakeItAndJnimLeavesIt() {
        w.control[Side.JNIM.ordinal()][cell] = 0.1;
        w.control[Side.SEPARATISTS.ordinal()][cell] = 0.5;
        assertTrue(offers(Side.SEPARATISTS, Force.SEPARATISTS), "the separatists' menu has the occupation of Bandiagara");
        assertFalse(offers(Side.JNIM, Force.JNIM), "and JNIM's has not: the rule runs both ways");
    }
}
