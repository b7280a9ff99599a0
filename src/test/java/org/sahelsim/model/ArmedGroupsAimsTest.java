package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.actors.IsSahelStrategy;
import org.sahelsim.model.actors.SeparatistStrategy;
import org.sahelsim.model.observe.EventLog;
import org.sahelsim.model.params.EventType;
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.model.params.RelationParams.Status;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.params.StrategyParams;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * IS Sahel's and the separatists' rules, each in a world built for it: the rule takes its
 * decision, and not when the cause is reversed (ODD §7.11). The temperature is tiny, so each rule
 * is (almost) a threshold.
 */
class ArmedGroupsAimsTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);
    private static final Scenario SCENARIO = ScenarioLibrary.standard().load("default",
            List.of("grid.cell_degrees=0.5", "decisions=free")).scenario();
    private static final StrategyParams ST = SCENARIO.strategy();
    private static final double T = 1e-4;
    private static final double DENSITY = SCENARIO.control().insurgentTroopsPerKm2();

    private WorldState w;
    private final EventLog log = new EventLog();
    private long tick;

    @BeforeEach
    void world() {
        w = Initialisation.world(SCENARIO, GEO, new MersenneTwisterFast(1));
    }

    private Week month() {
        tick += 5;
        return new Week(tick, true, new MersenneTwisterFast(tick), log, SCENARIO.period().start().plusWeeks(tick));
    }

    private boolean decided(String words) {
        return log.events().stream().anyMatch(e -> e.type().equals("decision") && e.description().contains(words));
    }

    private IsSahelStrategy isSahel() {
        return new IsSahelStrategy(ST.isSahel(), DENSITY, T);
    }

    private SeparatistStrategy separatists() {
        return new SeparatistStrategy(ST.separatists(), DENSITY, T);
    }

    private int region(String id) {
        return GEO.regionIndex(id);
    }

    /** Removes every troop of the state's side (field and garrisons) from region {@code r}, or from everywhere when r < 0. */
    private void stateLeaves(int r) {
        for (int f = 0; f < Force.COUNT; f++) {
            if (Force.of(f).side() != Side.STATE) continue;
            for (int c = 0; c < w.cells; c++) if (r < 0 || GEO.region(c) == r) w.presence[f][c] = 0;
            for (int q = 0; q < w.places.count(); q++) if (r < 0 || w.places.place(q).region() == r) w.places.garrison[f][q] = 0;
        }
        w.recountStrength();
    }

    /** Leaves {@code force} with {@code troops} in cell {@code c} and nowhere else in the field. */
    private void only(Force force, int c, double troops) {
        Arrays.fill(w.presence[force.ordinal()], 0);
        w.presence[force.ordinal()][c] = troops;
        w.recountStrength();
    }

    /** A cell of region {@code r}. */
    private int cellIn(int r, int nth) {
        for (int c = 0; c < w.cells; c++) if (GEO.region(c) == r && nth-- == 0) return c;
        throw new IllegalStateException("no such cell");
    }

    @Test
    void isSahelDrivesIntoMenakaOnlyOnceTheStatesSideHasLeftIt() {
        int menaka = region("menaka");
        footholdInMenakaAlone(menaka);
        // The state's side holds Ménaka as densely as the rule calls governed: French troops, each
        // counted by its will to fight and the air power over it.
        stateLeaves(menaka);
        w.presence[Force.FRANCE.ordinal()][cellIn(menaka, 0)] = governing(Force.FRANCE, menaka);
        w.recountStrength();
        IsSahelStrategy is = isSahel();
        is.decide(w, month());
        assertEquals(-1, w.campaigns.drive(Force.IS_SAHEL), "Ménaka is governed: no drive");
        assertFalse(decided("drives into"));

        stateLeaves(menaka);
        is.decide(w, month());
        assertEquals(menaka, w.campaigns.drive(Force.IS_SAHEL), "the French gone, IS Sahel drives into Ménaka");
        assertTrue(decided("IS Sahel drives into Ménaka"), log.events().toString());
    }

    /** Troops of {@code force} that govern region {@code r} by IS Sahel's reading, with the air power over them now. */
    private double governing(Force force, int r) {
        double area = 0;
        for (int c = 0; c < w.cells; c++) if (GEO.region(c) == r) area += GEO.areaKm2(c);
        return ST.isSahel().governedTroops() * area / 1000
                / (w.engagement[force.ordinal()] * org.sahelsim.model.submodels.Combat.airPower(w, Side.STATE));
    }

    /** IS Sahel's foothold is Ménaka alone, where it holds half of every cell. */
    private void footholdInMenakaAlone(int menaka) {
        for (int c = 0; c < w.cells; c++) {
            if (GEO.region(c) != menaka) {
                w.control[Side.IS_SAHEL.ordinal()][c] = 0;
                w.presence[Force.IS_SAHEL.ordinal()][c] = 0;
            } else {
                w.control[Side.IS_SAHEL.ordinal()][c] = 0.5;
            }
        }
    }

    /**
     * Peacekeepers in their camp contest little (the UN mission's engagement is 0.1): as many of
     * them as French troops that would govern Ménaka leave it open to a drive.
     */
    @Test
    void peacekeepersDoNotGovernTheGroundAsACounterTerroristForceDoes() {
        int menaka = region("menaka");
        footholdInMenakaAlone(menaka);
        stateLeaves(menaka);
        double french = 1.2 * governing(Force.FRANCE, menaka);
        w.places.garrison[Force.FRANCE.ordinal()][anyPlaceIn(menaka)] = french;
        w.recountStrength();
        IsSahelStrategy is = isSahel();
        is.decide(w, month());
        assertEquals(-1, w.campaigns.drive(Force.IS_SAHEL), "the French in their base govern Ménaka: no drive");

        stateLeaves(menaka);
        w.places.garrison[Force.MINUSMA.ordinal()][anyPlaceIn(menaka)] = french;
        w.recountStrength();
        is.decide(w, month());
        assertEquals(menaka, w.campaigns.drive(Force.IS_SAHEL), "as many peacekeepers leave it open: IS Sahel drives into Ménaka");
    }

    /**
     * France's aircraft go with it: the army's troops that govern Ménaka under French air power
     * leave it open once France has left Mali, though not one of them has moved ("What Islamists
     * really feared were French airstrikes", Atlantic Council/ISPI).
     */
    @Test
    void franceLeavingMaliTakesItsAirPowerAndOpensTheGround() {
        int menaka = region("menaka");
        footholdInMenakaAlone(menaka);
        stateLeaves(menaka);
        assertTrue(w.strength[Force.FRANCE.ordinal()] > 0, "France is in Mali at the start");
        w.presence[Force.FAMA.ordinal()][cellIn(menaka, 0)] = 1.2 * governing(Force.FAMA, menaka);
        w.recountStrength();
        IsSahelStrategy is = isSahel();
        is.decide(w, month());
        assertEquals(-1, w.campaigns.drive(Force.IS_SAHEL), "the army governs Ménaka under French air power: no drive");

        Arrays.fill(w.presence[Force.FRANCE.ordinal()], 0);
        Arrays.fill(w.places.garrison[Force.FRANCE.ordinal()], 0);
        w.recountStrength();
        is.decide(w, month());
        assertEquals(menaka, w.campaigns.drive(Force.IS_SAHEL), "France gone from Mali, the same army leaves Ménaka open");
    }

    private int anyPlaceIn(int r) {
        for (int q = 0; q < w.places.count(); q++) if (w.places.place(q).region() == r) return q;
        throw new IllegalStateException("no place in region " + r);
    }

    @Test
    void aDriveSendsItsShareOfTheFightersIntoTheRegionAndKeepsTheirNumber() {
        int menaka = region("menaka");
        double[] plan = w.plannedPresence[Force.IS_SAHEL.ordinal()];
        Arrays.fill(plan, 0);
        int elsewhere = cellIn(region("mopti"), 0);
        plan[elsewhere] = 1000;
        boolean[] cells = new boolean[w.cells];
        for (int c = 0; c < w.cells; c++) cells[c] = GEO.region(c) == menaka;
        w.campaigns.focus(Force.IS_SAHEL, cells, 0.5, menaka, 0);
        w.campaigns.concentrate(w, Force.IS_SAHEL);
        double inMenaka = 0;
        double total = 0;
        for (int c = 0; c < w.cells; c++) {
            total += plan[c];
            if (cells[c]) inMenaka += plan[c];
        }
        assertEquals(1000, total, 1e-6, "a drive moves fighters, it does not make them");
        assertEquals(500, inMenaka, 1e-6, "half of them go to Ménaka");
        assertEquals(500, plan[elsewhere], 1e-6);
    }

    @Test
    void isSahelCallsOffADriveWhenTheStatesSideComesBack() {
        int menaka = region("menaka");
        IsSahelStrategy is = isSahel();
        boolean[] cells = new boolean[w.cells];
        for (int c = 0; c < w.cells; c++) cells[c] = GEO.region(c) == menaka;
        w.campaigns.focus(Force.IS_SAHEL, cells, 0.5, menaka, 0);
        stateLeaves(menaka);
        for (int c = 0; c < w.cells; c++) if (cells[c]) w.control[Side.IS_SAHEL.ordinal()][c] = 0.3;
        is.decide(w, month());
        assertEquals(menaka, w.campaigns.drive(Force.IS_SAHEL), "nobody governs Ménaka and IS Sahel holds a third: the drive goes on");
        w.presence[Force.FAMA.ordinal()][cellIn(menaka, 0)] = 10 * ST.isSahel().governedTroops() * 100;
        w.recountStrength();
        is.decide(w, month());
        assertEquals(-1, w.campaigns.drive(Force.IS_SAHEL), "the army is back in strength: the drive is called off");
        assertTrue(decided("calls off its drive into Ménaka"));
    }

    @Test
    void isSahelTrucesWithJnimWhenTheStatePressesBothAndFightsWhenTheyMeet() {
        int a = cellIn(region("menaka"), 0);
        int b = cellIn(region("mopti"), 0);
        only(Force.IS_SAHEL, a, 100);
        only(Force.JNIM, b, 100);
        stateLeaves(-1);
        w.presence[Force.FAMA.ordinal()][a] = 10000;
        w.presence[Force.FAMA.ordinal()][b] = 10000;
        w.recountStrength();
        IsSahelStrategy is = isSahel();
        assertEquals(Status.WAR, w.relations.between(Side.IS_SAHEL, Side.JNIM), "at war at the start");
        is.decide(w, month());
        assertEquals(Status.TRUCE, w.relations.between(Side.IS_SAHEL, Side.JNIM), "the state presses both, they do not meet: a local truce");
        assertFalse(w.hostile[Side.IS_SAHEL.ordinal()][Side.JNIM.ordinal()], "they no longer fight");
        assertTrue(decided("IS Sahel and JNIM agree a local truce"));

        stateLeaves(-1);
        only(Force.JNIM, a, 1000);
        is.decide(w, month());
        assertEquals(Status.WAR, w.relations.between(Side.IS_SAHEL, Side.JNIM), "on the same ground with no state to fear: war again");
        assertTrue(w.hostile[Side.IS_SAHEL.ordinal()][Side.JNIM.ordinal()]);
        assertTrue(decided("IS Sahel breaks its truce with JNIM"));
    }

    @Test
    void isSahelStaysAtWarWithJnimWhereTheyMeet() {
        int a = cellIn(region("menaka"), 0);
        only(Force.IS_SAHEL, a, 100);
        only(Force.JNIM, a, 1000);
        w.presence[Force.FAMA.ordinal()][a] = 10000;
        w.recountStrength();
        isSahel().decide(w, month());
        assertEquals(Status.WAR, w.relations.between(Side.IS_SAHEL, Side.JNIM), "they meet as much as the state presses them: no truce");
    }

    @Test
    void isSahelTurnsToTerrorWhereThePeopleSideWithItsEnemiesAndNotWhereTheyDoNot() {
        int a = cellIn(region("menaka"), 0);
        only(Force.IS_SAHEL, a, 100);
        for (double[] s : w.support) s[a] = 0;
        IsSahelStrategy is = isSahel();
        double harm = w.civilianHarm[Force.IS_SAHEL.ordinal()];
        is.decide(w, month());
        assertEquals(-1, w.campaigns.terrorSince(Force.IS_SAHEL), "nobody there backs its enemies: no terror");

        w.support[Side.STATE.ordinal()][a] = 0.6;
        is.decide(w, month());
        assertTrue(w.campaigns.terrorSince(Force.IS_SAHEL) >= 0, "60% back the state where it is: terror");
        assertEquals(harm * ST.isSahel().terrorHarm(), w.civilianHarm[Force.IS_SAHEL.ordinal()], 1e-12, "it kills more civilians");
        assertTrue(decided("IS Sahel wages a terror campaign"));

        w.campaigns.terrorise(w, Force.IS_SAHEL, DENSITY);
        double full = Math.min(1, 100 / (DENSITY * GEO.areaKm2(a)));
        assertEquals(0.6 * (1 - ST.isSahel().terrorCow() * full), w.support[Side.STATE.ordinal()][a], 1e-12, "its enemies' supporters are cowed");

        for (int m = 0; m < ST.isSahel().terrorMonths() + 2 && w.campaigns.terrorSince(Force.IS_SAHEL) >= 0; m++) is.decide(w, month());
        assertEquals(-1, w.campaigns.terrorSince(Force.IS_SAHEL), "the campaign ends after its months");
        assertEquals(harm, w.civilianHarm[Force.IS_SAHEL.ordinal()], 1e-12, "and its civilian harm returns to what it was");
    }

    /**
     * With {@code drive_in_history} (scenarios/is-sahel-tri-border.yaml), IS Sahel still drives
     * where the ground opens in a history run (the scenario dates none of its drives), but its
     * terror and its truces with JNIM stay the decisions of a free run.
     */
    @Test
    void inAHistoryRunIsSahelDrivesButWagesNoTerror() {
        w.freeDecisions = false;
        int menaka = region("menaka");
        footholdInMenakaAlone(menaka);
        stateLeaves(menaka);
        int a = cellIn(menaka, 0);
        w.presence[Force.IS_SAHEL.ordinal()][a] = 100;
        w.support[Side.STATE.ordinal()][a] = 0.9;
        w.recountStrength();
        assertFalse(isSahel().activeInHistory(), "the default keeps IS Sahel's drives to free runs");
        StrategyParams.IsSahelRule tri = ScenarioLibrary.standard().load("is-sahel-tri-border",
                List.of("grid.cell_degrees=0.5")).scenario().strategy().isSahel();
        IsSahelStrategy is = new IsSahelStrategy(tri, DENSITY, T);
        assertTrue(is.activeInHistory(), "drive_in_history");
        is.decide(w, month());
        assertEquals(menaka, w.campaigns.drive(Force.IS_SAHEL), "the ground open, it drives into Ménaka in a history run too");
        assertEquals(-1, w.campaigns.terrorSince(Force.IS_SAHEL), "no terror in a history run");

        w.freeDecisions = true;
        is.decide(w, month());
        assertTrue(w.campaigns.terrorSince(Force.IS_SAHEL) >= 0, "the same world in a free run: terror");
    }

    @Test
    void theSeparatistsBreakTheTruceWhenTheStateMovesOnTheirGroundWithoutItsGuarantors() {
        SeparatistStrategy sep = separatists();
        sep.decide(w, month());
        assertEquals(Status.TRUCE, w.relations.between(Side.SEPARATISTS, Side.STATE), "the UN and France in the north: the truce holds");

        int kidal = region("kidal");
        stateLeaves(-1);
        sep.decide(w, month());
        assertEquals(Status.TRUCE, w.relations.between(Side.SEPARATISTS, Side.STATE), "the guarantors gone, but no troops on their ground: it holds");

        w.presence[Force.FAMA.ordinal()][cellIn(kidal, 0)] = 2 * ST.separatists().breakThreshold() * w.relations.truceCost(w);
        w.recountStrength();
        sep.decide(w, month());
        assertEquals(Status.WAR, w.relations.between(Side.SEPARATISTS, Side.STATE), "the army moves on Kidal with the guarantors gone: war");
        assertTrue(w.hostile[Side.SEPARATISTS.ordinal()][Side.STATE.ordinal()]);
        assertTrue(decided("Separatists breaks its truce with State"));
    }

    @Test
    void theSeparatistsMakeAStandAtTheirTownsWhenTheArmyNearsThemAndStandDownWhenItGoes() {
        SeparatistStrategy sep = separatists();
        stateLeaves(-1);
        sep.decide(w, month());
        assertFalse(w.campaigns.focused(Force.SEPARATISTS), "no army near their towns: no stand");

        int kidalTown = w.places.place(GEO.placeIndex("kidal")).cell();
        w.presence[Force.FAMA.ordinal()][kidalTown] = 20000;
        w.recountStrength();
        sep.decide(w, month());
        assertTrue(w.campaigns.focused(Force.SEPARATISTS), "the army near Kidal outnumbers them: a stand at their towns");
        assertTrue(decided("The separatists make a stand"));

        stateLeaves(-1);
        sep.decide(w, month());
        assertFalse(w.campaigns.focused(Force.SEPARATISTS), "the army gone: they stand down");
        assertTrue(decided("stand down"));
    }

    @Test
    void theSeparatistsEndTheirCooperationWithJnimWhenItTakesTheirGroundAndRenewItWhenBothFaceTheState() {
        int kidal = region("kidal");
        SeparatistStrategy sep = separatists();
        stateLeaves(-1);
        assertEquals(Status.ALLIANCE, w.relations.between(Side.SEPARATISTS, Side.JNIM), "cooperating at the start");
        sep.decide(w, month());
        assertEquals(Status.ALLIANCE, w.relations.between(Side.SEPARATISTS, Side.JNIM), "JNIM keeps off their ground: the cooperation suits them");

        for (int c = 0; c < w.cells; c++) {
            if (GEO.region(c) != kidal) continue;
            w.control[Side.JNIM.ordinal()][c] = 0.9;
            w.control[Side.SEPARATISTS.ordinal()][c] = 0;
        }
        sep.decide(w, month());
        assertEquals(Status.WAR, w.relations.between(Side.SEPARATISTS, Side.JNIM), "JNIM holds their home ground and the state presses neither: it ends");
        assertTrue(w.hostile[Side.SEPARATISTS.ordinal()][Side.JNIM.ordinal()]);
        assertTrue(decided("end their cooperation with JNIM"));

        sep.decide(w, month());
        assertEquals(Status.WAR, w.relations.between(Side.SEPARATISTS, Side.JNIM), "still under truce with the state: no cause to ally");
        w.relations.breakTruce(w, Side.SEPARATISTS, Side.STATE, month(), "test");
        int a = cellIn(kidal, 0);
        int b = cellIn(region("mopti"), 0);
        only(Force.SEPARATISTS, a, 100);
        only(Force.JNIM, b, 100);
        w.presence[Force.FAMA.ordinal()][a] = 10000;
        w.presence[Force.FAMA.ordinal()][b] = 10000;
        w.recountStrength();
        sep.decide(w, month());
        assertEquals(Status.ALLIANCE, w.relations.between(Side.SEPARATISTS, Side.JNIM), "both at war with the state and facing its troops: they cooperate again");
        assertTrue(decided("The separatists and JNIM cooperate against the state"));
    }

    @Test
    void aTruceBrokenEventBreaksTheTruceItNamesAndOnlyThatOne() {
        SahelSim sim = new SahelSim(ScenarioLibrary.standard().load("default", List.of("grid.cell_degrees=0.5")).scenario(), GEO, 1);
        sim.start();
        var relations = sim.world().relations;
        assertEquals(Status.TRUCE, relations.between(Side.SEPARATISTS, Side.STATE));
        sim.fire(new ScenarioEvent(sim.date(), EventType.TRUCE_BROKEN, "jnim;state", null, null, "JNIM breaks a truce it does not have", "test"), "teacher");
        assertEquals(Status.WAR, relations.between(Side.JNIM, Side.STATE), "no truce between them: nothing changes");
        assertEquals(Status.TRUCE, relations.between(Side.SEPARATISTS, Side.STATE), "nor elsewhere");
        sim.fire(new ScenarioEvent(sim.date(), EventType.TRUCE_BROKEN, "separatists;state", null, null, "The separatists break the truce", "test"), "teacher");
        assertEquals(Status.WAR, relations.between(Side.SEPARATISTS, Side.STATE), "the separatists' truce is broken");
        assertTrue(sim.world().hostile[Side.STATE.ordinal()][Side.SEPARATISTS.ordinal()], "and they fight");
        assertEquals(Status.ALLIANCE, relations.between(Side.SEPARATISTS, Side.JNIM), "their cooperation with JNIM stands");
    }
}
