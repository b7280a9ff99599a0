package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.AdministrationParams;
import org.sahelsim.model.params.ControlParams;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.Mali;

/**
 * Administration builds where a side holds or goes unopposed, is cut where its enemies come in
 * force, fades where its side is gone, and counts in the cell contest without fighters.
 */
class AdministrationTest {
    private static final Geography MAP = Mali.map();
    private static final AdministrationParams P = new AdministrationParams(1.0, 26, 8, 52, 5, "test");
    private static final double STATE_DENSITY = 0.1;
    private static final double INSURGENT_DENSITY = 0.08;

    private static WorldState atWar() {
        WorldState w = new WorldState(MAP);
        java.util.Arrays.fill(w.quality, 1.0);
        for (int s = 0; s < Side.COUNT; s++) {
            for (int t = 0; t < Side.COUNT; t++) w.hostile[s][t] = s != t;
        }
        return w;
    }

    private static int centre() {
        return MAP.town("mopti").cell();
    }

    @Test
    void anUnopposedInsurgentBuildsItsAdministrationAndTheStateInForceCutsIt() {
        WorldState w = atWar();
        int c = centre();
        int jnim = Side.JNIM.ordinal();
        w.presence[Force.JNIM.ordinal()][c] = INSURGENT_DENSITY * MAP.areaKm2(c);
        Administration a = new Administration(P, STATE_DENSITY, INSURGENT_DENSITY);
        for (int week = 0; week < 52; week++) a.update(w);
        double built = w.administration[jnim][c];
        // Full backing, no opposition: 1 - exp(-52/26) of the way up.
        assertEquals(1 - Math.pow(1 - 1 / 26.0, 52), built, 1e-9, "a year unopposed");
        // The state returns in force and stands there (its standing presence, which the cell
        // contest keeps, §7.3); JNIM's fighters stay, but its courts close: with full backing and
        // full opposition each week takes 1/contest of what is left.
        w.presence[Force.FAMA.ordinal()][c] = STATE_DENSITY * MAP.areaKm2(c);
        w.standing[Side.STATE.ordinal()][c] = 1;
        for (int week = 0; week < 26; week++) a.update(w);
        assertEquals(built * Math.pow(1 - 1 / 8.0, 26), w.administration[jnim][c], 1e-9, "after half a year of the state standing in force");
        assertTrue(w.administration[jnim][c] < 0.1 * built, "after half a year of the state in force: " + w.administration[jnim][c] + " from " + built);
    }

    /** A column that passes through, in force but not standing, does not close the courts. */
    @Test
    void aColumnPassingThroughDoesNotCutAnAdministration() {
        WorldState w = atWar();
        int c = centre();
        int jnim = Side.JNIM.ordinal();
        w.presence[Force.JNIM.ordinal()][c] = INSURGENT_DENSITY * MAP.areaKm2(c);
        w.administration[jnim][c] = 0.6;
        // The state's column is in the cell in full force this week; it has not stood there.
        w.presence[Force.FAMA.ordinal()][c] = STATE_DENSITY * MAP.areaKm2(c);
        w.standing[Side.STATE.ordinal()][c] = 0;
        new Administration(P, STATE_DENSITY, INSURGENT_DENSITY).update(w);
        assertEquals(0.6 + 0.4 / 26, w.administration[jnim][c], 1e-12, "JNIM's administration builds on, unopposed");
    }

    @Test
    void theStatesAdministrationFadesWhereItIsGoneAndHoldsWhereItIsBacked() {
        WorldState w = atWar();
        int c = centre();
        int other = MAP.town("segou").cell();
        int state = Side.STATE.ordinal();
        w.administration[state][c] = 0.8;
        w.administration[state][other] = 0.8;
        // The state's hold alone does not keep its officials: its troops do.
        w.control[state][c] = 1.0;
        w.presence[Force.FAMA.ordinal()][other] = STATE_DENSITY * MAP.areaKm2(other);
        Administration a = new Administration(P, STATE_DENSITY, INSURGENT_DENSITY);
        for (int week = 0; week < 52; week++) a.update(w);
        assertEquals(0.8 * Math.pow(1 - 1 / 52.0, 52), w.administration[state][c], 1e-9, "a year without troops or garrisons in reach");
        assertTrue(w.administration[state][other] > 0.8, "held: " + w.administration[state][other]);
    }

    @Test
    void administrationStaysAShareInRandomWorlds() {
        Random rnd = new Random(7);
        WorldState w = atWar();
        for (int c = 0; c < w.cells; c++) {
            for (int s = 0; s < Side.COUNT; s++) {
                w.administration[s][c] = rnd.nextDouble();
                w.control[s][c] = rnd.nextDouble() / Side.COUNT;
                w.support[s][c] = rnd.nextDouble() / Side.COUNT;
            }
            for (int f = 0; f < Force.COUNT; f++) w.presence[f][c] = rnd.nextInt(3) == 0 ? Math.pow(10, 4 * rnd.nextDouble()) : 0;
        }
        Administration a = new Administration(new AdministrationParams(2, 1, 1, 1, 0, "extreme"), STATE_DENSITY, INSURGENT_DENSITY);
        for (int week = 0; week < 20; week++) {
            a.update(w);
            for (int s = 0; s < Side.COUNT; s++) {
                for (int c = 0; c < w.cells; c++) {
                    double x = w.administration[s][c];
                    assertTrue(x >= 0 && x <= 1, Side.of(s) + " cell " + c + ": " + x);
                }
            }
        }
    }

    /** A cell no one has fighters in goes to the side that administers it, and stays contested without it. */
    @Test
    void administrationWinsACellWithoutFighters() {
        ControlParams p = Mali.defaultScenario().scenario().control();
        for (boolean administered : new boolean[] {true, false}) {
            WorldState w = atWar();
            int c = centre();
            if (administered) w.administration[Side.JNIM.ordinal()][c] = 1.0;
            Control control = new Control(p, Mali.defaultScenario().scenario().places(), MAP, Administration.weights(P, MAP));
            for (int week = 0; week < 104; week++) control.update(w);
            double held = w.control[Side.JNIM.ordinal()][c];
            if (administered) assertTrue(held > p.dominance(), "administered, JNIM holds " + held);
            else assertTrue(held < 1e-9, "not administered, JNIM holds " + held);
        }
    }
}
