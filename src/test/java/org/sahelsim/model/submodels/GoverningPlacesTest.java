package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.EmptyWorld;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.AdministrationParams;
import org.sahelsim.model.params.RelationParams;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.Mali;

/**
 * A held town governs its district through its officials; a camp holds ground and governs
 * nobody (ODD §7.3, "Governance follows who holds"). In the default scenario's relations (the
 * state and the separatists under the Algiers truce, JNIM and the separatists allied), in Kidal:
 * the side holding the town keeps its administration there, any other side's but an ally's is cut
 * by its officials, and an army camp in the same town cuts nobody's.
 */
class GoverningPlacesTest {
    private static final Scenario SCENARIO = Mali.defaultScenario().scenario();
    private static final Geography MAP = Mali.map();
    private static final AdministrationParams A = SCENARIO.administration();

    /** The scenario's world with nobody anywhere and nothing held, administered or supported. */
    private static WorldState bare() {
        WorldState w = EmptyWorld.of(SCENARIO, MAP);
        for (double[][] table : new double[][][] {w.control, w.support, w.administration, w.standing}) {
            for (double[] row : table) Arrays.fill(row, 0);
        }
        return w;
    }

    private static void hold(WorldState w, String place, Force force, double troops) {
        int q = MAP.placeIndex(place);
        w.places.holder[q] = force.side().ordinal();
        w.places.garrison[force.ordinal()][q] = troops;
    }

    private record Run(Control control, Administration administration) {
        void weeks(WorldState w, int n) {
            for (int k = 0; k < n; k++) {
                control.update(w);
                administration.update(w);
            }
        }
    }

    private static Run run() {
        Control control = new Control(SCENARIO.control(), SCENARIO.places(), MAP, Administration.weights(A, MAP));
        return new Run(control, new Administration(A, SCENARIO.control().troopsPerKm2(), SCENARIO.control().insurgentTroopsPerKm2(), control));
    }

    @Test
    void aTownsOfficialsGovernItsDistrictAndACampsGovernNobody() {
        WorldState w = bare();
        hold(w, "kidal", Force.SEPARATISTS, 300);
        hold(w, "kidal_fama_camp", Force.FAMA, 300);
        Run r = run();
        r.weeks(w, 1);
        int town = MAP.places().get(MAP.placeIndex("kidal")).cell();
        double[][] governing = r.control().governing();
        assertEquals(1, governing[Side.SEPARATISTS.ordinal()][town], 1e-12, "the town's holder governs its cell");
        for (int c = 0; c < w.cells; c++) assertEquals(0, governing[Side.STATE.ordinal()][c], 0, "the army's camp governs nobody: cell " + c);
        // The camp still projects control, as any garrison does.
        assertTrue(r.control().projected()[Side.STATE.ordinal()][town] > 0.99, "the camp's garrison holds its ground");
    }

    @Test
    void underATruceTheTownsHolderGovernsAndTheOthersOfficialsLeave() {
        WorldState w = bare();
        assertEquals(RelationParams.Status.TRUCE, w.relations.between(Side.STATE, Side.SEPARATISTS));
        int town = MAP.places().get(MAP.placeIndex("kidal")).cell();
        int state = Side.STATE.ordinal();
        int separatists = Side.SEPARATISTS.ordinal();
        w.administration[state][town] = 0.8;
        w.administration[separatists][town] = 0.8;
        hold(w, "kidal", Force.SEPARATISTS, 300);
        hold(w, "kidal_fama_camp", Force.FAMA, 300);
        run().weeks(w, 26);
        // The state's officials, cut each week by a share 1/contest_weeks (its camp backs none of
        // them) and fading as unbacked: at most what the cut alone leaves.
        double cut = 0.8 * Math.pow(1 - 1 / A.contestWeeks(), 26);
        assertTrue(w.administration[state][town] <= cut + 1e-9, "the state's administration of Kidal: " + w.administration[state][town] + ", the cut alone leaves " + cut);
        assertTrue(w.administration[separatists][town] > 0.8, "the separatists' administration of Kidal: " + w.administration[separatists][town]);
    }

    @Test
    void anAllysOfficialsDoNotCutAnAdministration() {
        WorldState w = bare();
        assertEquals(RelationParams.Status.ALLIANCE, w.relations.between(Side.JNIM, Side.SEPARATISTS));
        int town = MAP.places().get(MAP.placeIndex("kidal")).cell();
        int separatists = Side.SEPARATISTS.ordinal();
        w.administration[separatists][town] = 0.8;
        hold(w, "kidal", Force.JNIM, 300);
        Run r = run();
        r.weeks(w, 1);
        // Unbacked (no fighters, no support; its control of the cell is nil after one week) and
        // unopposed: it only fades, by 1/lapse_weeks, less what its sliver of control backs.
        double b = w.control[separatists][town];
        double expected = 0.8 + b * 0.2 / A.buildWeeks() - 0.8 * (1 - b) / A.lapseWeeks();
        assertEquals(expected, w.administration[separatists][town], 1e-12, "an ally's town leaves the separatists' officials alone");
    }
}
