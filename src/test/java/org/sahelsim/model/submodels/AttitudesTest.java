package org.sahelsim.model.submodels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.sahelsim.model.Side;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.params.AttitudeParams;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.Mali;

/** Grievance and support per cell: who is blamed for harm, Epstein's grievance, and whom people back. */
class AttitudesTest {
    private static final Geography MAP = Mali.map();
    private static final double NORMAL_PRICE = 740;
    private static final double TROOPS_PER_KM2 = 0.1;

    /** Parameters with every effect switched on; tests override what they look at. */
    private static AttitudeParams params(double hardshipBase, double governanceJnim) {
        return new AttitudeParams(0.6, hardshipBase, 0.5, 0.2, 0.5, 0.9, 0.05, 1.0, governanceJnim, 0.2, 0.2, 1.0, 0.2, 0.01, 0.5, 100, 0, null, "test");
    }

    private static WorldState world(double legitimacy) {
        WorldState w = new WorldState(MAP);
        w.legitimacy = legitimacy;
        Arrays.fill(w.fuelPrice, NORMAL_PRICE);
        return w;
    }

    private static int cellOf(String town) {
        return MAP.town(town).cell();
    }

    @ParameterizedTest
    @EnumSource(Side.class)
    void harmRaisesGrievanceAgainstTheSideThatDidItThereOnly(Side culprit) {
        AttitudeParams p = params(0.4, 0.4);
        WorldState w = world(0.6);
        WorldState calm = world(0.6);
        int c = cellOf("mopti");
        w.civiliansKilledBy[culprit.ordinal()][c] = 12;
        new Attitudes(p, NORMAL_PRICE, TROOPS_PER_KM2).update(w);
        new Attitudes(p, NORMAL_PRICE, TROOPS_PER_KM2).update(calm);

        double expected = Math.min(1, p.harmGrievance() * 12 / Math.max(1, MAP.population(c) / 1000));
        assertTrue(expected > 0);
        assertEquals(expected, w.harmGrievance[culprit.ordinal()][c], 1e-12, "grievance against " + culprit);
        for (Side s : Side.values()) {
            for (int k = 0; k < w.cells; k++) {
                if (s == culprit && k == c) continue;
                assertEquals(0.0, w.harmGrievance[s.ordinal()][k], 0.0, s + " blamed in cell " + k);
            }
        }
        assertEquals(0.0, w.civiliansKilledBy[culprit.ordinal()][c], 0.0, "the week's tally is consumed");
        if (culprit == Side.STATE) {
            assertTrue(w.grievanceState[c] > calm.grievanceState[c], "the state's harm adds to grievance against the state");
            assertTrue(w.support[Side.STATE.ordinal()][c] <= calm.support[Side.STATE.ordinal()][c]);
        } else {
            assertEquals(calm.grievanceState[c], w.grievanceState[c], 0.0, "an insurgent's harm is not blamed on the state");
        }
    }

    @Test
    void harmGrievanceFadesWithMemory() {
        AttitudeParams p = params(0.4, 0.4);
        Attitudes attitudes = new Attitudes(p, NORMAL_PRICE, TROOPS_PER_KM2);
        WorldState w = world(0.6);
        int c = cellOf("gao");
        w.civiliansKilledBy[Side.IS_SAHEL.ordinal()][c] = 5;
        attitudes.update(w);
        double first = w.harmGrievance[Side.IS_SAHEL.ordinal()][c];
        attitudes.update(w);
        assertEquals(p.grievanceMemory() * first, w.harmGrievance[Side.IS_SAHEL.ordinal()][c], 1e-15);
    }

    record EpsteinCase(double legitimacy, double hardshipBase, double priceFactor, boolean restriction) {
    }

    static Stream<EpsteinCase> epsteinCases() {
        Random rnd = new Random(2002L);
        return IntStream.range(0, 40).mapToObj(i -> new EpsteinCase(rnd.nextDouble(), rnd.nextDouble(),
                0.5 + 2.5 * rnd.nextDouble(), rnd.nextBoolean()));
    }

    /** Without harm, grievance against the state is Epstein's {@code H × (1 − L)} in every cell. */
    @ParameterizedTest
    @MethodSource("epsteinCases")
    void withoutHarmGrievanceIsHardshipTimesIllegitimacy(EpsteinCase e) {
        AttitudeParams p = params(e.hardshipBase(), 0.4);
        WorldState w = world(e.legitimacy());
        w.ruralFuelRestriction = e.restriction();
        Arrays.fill(w.fuelPrice, NORMAL_PRICE * e.priceFactor());
        new Attitudes(p, NORMAL_PRICE, TROOPS_PER_KM2).update(w);
        double fuel = p.hardshipFuel() * Math.max(0, Math.min(1, e.priceFactor() - 1));
        for (int c = 0; c < w.cells; c++) {
            double h = Math.min(1, e.hardshipBase() + fuel + (e.restriction() && w.rural[c] ? p.hardshipRuralFuel() : 0));
            assertEquals(h, w.hardship[c], 1e-12, "hardship in cell " + c);
            assertEquals(h * (1 - e.legitimacy()), w.grievanceState[c], 1e-12, "grievance in cell " + c);
        }
    }

    /**
     * Support follows security: where the state holds ground (and is legitimate, so nobody
     * resents it) its support rises toward {@code a / (1 + a)} with {@code a = (security +
     * services) × control}; where JNIM holds ground, JNIM's does, more so with its governance.
     */
    @Test
    void supportMovesTowardTheSideThatHoldsTheGround() {
        int stateCell = cellOf("sikasso");
        int jnimCell = cellOf("mopti");
        double[] jnimSupport = new double[2];
        double[] governance = {0.0, 0.4};
        for (int i = 0; i < 2; i++) {
            AttitudeParams p = params(0.4, governance[i]);
            WorldState w = world(1.0); // fully legitimate: no grievance against anyone
            w.control[Side.STATE.ordinal()][stateCell] = 0.9;
            w.control[Side.JNIM.ordinal()][jnimCell] = 0.9;
            Attitudes attitudes = new Attitudes(p, NORMAL_PRICE, TROOPS_PER_KM2);
            attitudes.update(w);

            double a = (p.securityWeight() + p.stateServices()) * 0.9;
            assertEquals(p.supportRate() * a / (1 + a), w.support[Side.STATE.ordinal()][stateCell], 1e-12,
                    "the state's support closes supportRate of the gap to a / (1 + a)");
            for (int k = 0; k < 50; k++) attitudes.update(w);
            assertTrue(w.support[Side.STATE.ordinal()][stateCell] > 0.3, "state support where it holds ground");
            assertEquals(0.0, w.support[Side.JNIM.ordinal()][stateCell], 0.0, "no JNIM support where JNIM is absent");
            assertTrue(w.support[Side.JNIM.ordinal()][jnimCell] > 0.3, "JNIM support where it holds ground");
            assertEquals(0.0, w.support[Side.STATE.ordinal()][jnimCell], 0.0, "no state support where it holds nothing");
            for (Side s : new Side[] {Side.IS_SAHEL, Side.SEPARATISTS}) {
                assertEquals(0.0, w.support[s.ordinal()][stateCell] + w.support[s.ordinal()][jnimCell], 0.0);
            }
            jnimSupport[i] = w.support[Side.JNIM.ordinal()][jnimCell];
        }
        assertTrue(jnimSupport[1] > jnimSupport[0] + 0.02,
                "JNIM's governance wins it support: " + jnimSupport[1] + " with, " + jnimSupport[0] + " without");
    }

    /** Grievance against the state draws people away from it and, where insurgents are near, toward them. */
    @Test
    void grievanceAgainstTheStateFeedsTheInsurgentsPresent() {
        int c = cellOf("mopti");
        AttitudeParams p = params(0.8, 0.0);
        WorldState aggrieved = world(0.0);
        WorldState content = world(1.0);
        for (WorldState w : new WorldState[] {aggrieved, content}) {
            w.control[Side.STATE.ordinal()][c] = 0.5;
            w.control[Side.JNIM.ordinal()][c] = 0.3;
            Attitudes attitudes = new Attitudes(p, NORMAL_PRICE, TROOPS_PER_KM2);
            for (int k = 0; k < 30; k++) attitudes.update(w);
        }
        assertTrue(aggrieved.support[Side.STATE.ordinal()][c] < content.support[Side.STATE.ordinal()][c]);
        assertTrue(aggrieved.support[Side.JNIM.ordinal()][c] > content.support[Side.JNIM.ordinal()][c]);
        assertEquals(0.0, aggrieved.support[Side.IS_SAHEL.ordinal()][c], 0.0, "IS Sahel is not there to gain");
    }

    @Test
    void supportSharesStayAProbability() {
        Random rnd = new Random(7L);
        WorldState w = world(0.3);
        for (int s = 0; s < Side.COUNT; s++) {
            for (int c = 0; c < w.cells; c++) {
                w.control[s][c] = 0.25 * rnd.nextDouble();
                w.civiliansKilledBy[s][c] = rnd.nextInt(3);
                w.presence[s == 0 ? 0 : 5 + s][c] = 100 * rnd.nextDouble();
            }
        }
        Attitudes attitudes = new Attitudes(params(0.4, 0.4), NORMAL_PRICE, TROOPS_PER_KM2);
        for (int k = 0; k < 20; k++) attitudes.update(w);
        for (int c = 0; c < w.cells; c++) {
            double sum = 0;
            for (int s = 0; s < Side.COUNT; s++) {
                assertTrue(w.support[s][c] >= 0 && w.harmGrievance[s][c] >= 0 && w.harmGrievance[s][c] <= 1);
                sum += w.support[s][c];
            }
            assertTrue(sum <= 1 + 1e-12, "support in cell " + c + " sums to " + sum);
            assertTrue(w.grievanceState[c] >= 0 && w.grievanceState[c] <= 1);
        }
    }

    /**
     * The rural fuel restriction adds hardship in the rural cells of the regions it covers (the
     * default: the centre and south) and nowhere else; lifted, it adds none anywhere.
     */
    @Test
    void theRuralFuelRestrictionBitesOnlyInTheRegionsItCovers() {
        AttitudeParams p = params(0.1, 0.4);
        WorldState w = org.sahelsim.model.Initialisation.world(Mali.defaultScenario().scenario(), MAP, new ec.util.MersenneTwisterFast(1));
        Arrays.fill(w.fuelPrice, NORMAL_PRICE);
        int centre = IntStream.range(0, w.cells).filter(c -> w.rural[c] && MAP.region(c) == MAP.regionIndex("mopti")).findFirst().orElseThrow();
        int north = IntStream.range(0, w.cells).filter(c -> w.rural[c] && MAP.region(c) == MAP.regionIndex("kidal")).findFirst().orElseThrow();
        Attitudes attitudes = new Attitudes(p, NORMAL_PRICE, TROOPS_PER_KM2);
        attitudes.update(w);
        double centreBefore = w.hardship[centre];
        double northBefore = w.hardship[north];
        w.ruralFuelRestriction = true;
        attitudes.update(w);
        assertEquals(centreBefore + p.hardshipRuralFuel(), w.hardship[centre], 1e-12, "a rural cell of Mopti");
        assertEquals(northBefore, w.hardship[north], 1e-12, "a rural cell of Kidal");
    }
}
