package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelsim.model.Force;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.Side;
import org.sahelsim.model.world.Geography;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;
import sim.util.Interval;

/** The model tab's levers, and the map layers' mirror of the model, without a display. */
class KnobsTest {
    static ScenarioLibrary.Entry entry;
    static Geography geo;

    @BeforeAll
    static void load() {
        entry = ScenarioLibrary.standard().load("default", List.of());
        geo = ScenarioRun.geographyFor(entry);
    }

    @Test
    void everyLeverHasADescriptionAndWritesIntoTheRunningModel() throws Exception {
        SahelSim sim = new SahelSim(entry.scenario(), geo, 3);
        Knobs k = new Knobs(sim, entry.catalog());
        sim.start();
        for (Method m : Knobs.class.getMethods()) {
            if (!m.getName().startsWith("set")) continue;
            String prop = m.getName().substring(3);
            Object des = Knobs.class.getMethod("des" + prop).invoke(k);
            assertTrue(des instanceof String s && s.length() > 40, "desc" + prop + " explains the lever");
        }
        k.setBlockade(!sim.world().blockade.active());
        assertEquals(k.isBlockade(), sim.world().blockade.active());
        k.setRuralFuelRestriction(true);
        assertTrue(sim.world().ruralFuelRestriction);
        k.setEscortConvoys(true);
        assertTrue(sim.world().escortConvoys);
        k.setFamaCivilianHarm(0);
        assertEquals(0, sim.world().civilianHarm[Force.FAMA.ordinal()]);
        k.setRussiaCivilianHarm(2.0);
        assertEquals(2.0, sim.world().civilianHarm[Force.RUSSIA.ordinal()]);
    }

    /** The escorts lever moves the escorts' troops as the junta's rule does: out of the field and back, none lost. */
    @Test
    void theEscortsLeverTakesTroopsFromTheFieldAndGivesThemBack() {
        SahelSim sim = new SahelSim(entry.scenario(), geo, 3);
        Knobs k = new Knobs(sim, entry.catalog());
        sim.start();
        var w = sim.world();
        int fama = Force.FAMA.ordinal();
        double strength = w.strength[fama];
        double field = w.fieldStrength(fama);
        double force = org.sahelsim.model.actors.ConvoyEscorts.force(entry.scenario().fuel());
        k.setEscortConvoys(true);
        assertTrue(w.escortConvoys);
        assertEquals(force, w.escortTroops, 1e-6, "a full escort");
        assertEquals(field - force, w.fieldStrength(fama), 1e-6, "taken from the field");
        assertEquals(strength, w.strength[fama], 1e-6, "still FAMa's troops");
        k.setEscortConvoys(true);
        assertEquals(force, w.escortTroops, 1e-6, "switching it on twice takes no more");
        k.setEscortConvoys(false);
        assertTrue(!w.escortConvoys);
        assertEquals(0, w.escortTroops);
        assertEquals(field, w.fieldStrength(fama), 1e-6, "back in the field");
        assertEquals(strength, w.strength[fama], 1e-6);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 2.5, 4.0})
    void franceAirPowerIsAMultiplierOfAtLeastOneWithinItsSlider(double wanted) {
        SahelSim sim = new SahelSim(entry.scenario(), geo, 1);
        Knobs k = new Knobs(sim, entry.catalog());
        Interval range = k.domFranceAirPower();
        assertEquals(1.0, range.getMin().doubleValue());
        double top = entry.catalog().get("forces.france.air_power").range().high();
        assertTrue(range.getMax().doubleValue() >= top, "the slider reaches the top of the scenario's range");
        sim.start();
        k.setFranceAirPower(wanted);
        assertEquals(wanted, sim.world().airPower[Force.FRANCE.ordinal()]);
        assertEquals(wanted, k.getFranceAirPower());
        assertEquals("", k.getRefused());
    }

    /** A value outside a lever's range is refused and said so, never clamped into it. */
    @ParameterizedTest
    @ValueSource(doubles = {0.0, 0.99, -3, 1e9, Double.NaN, Double.POSITIVE_INFINITY})
    void aValueOutsideItsRangeIsRefusedVisiblyNotClamped(double bad) {
        SahelSim sim = new SahelSim(entry.scenario(), geo, 1);
        Knobs k = new Knobs(sim, entry.catalog());
        List<String> shown = new java.util.ArrayList<>();
        k.onRefusal(shown::add);
        sim.start();
        double air = sim.world().airPower[Force.FRANCE.ordinal()];
        k.setFranceAirPower(bad);
        assertEquals(air, sim.world().airPower[Force.FRANCE.ordinal()], "the model kept its value");
        assertEquals(air, k.getFranceAirPower());
        assertEquals(1, shown.size(), "the window is told");
        assertTrue(k.getRefused().startsWith("France's air power: ") && k.getRefused().contains("refused")
                && k.getRefused().contains("from 1 to"), k.getRefused());

        double harm = sim.world().civilianHarm[Force.FAMA.ordinal()];
        k.setFamaCivilianHarm(bad < 0 || !Double.isFinite(bad) || bad > 100 ? bad : -1);
        assertEquals(harm, sim.world().civilianHarm[Force.FAMA.ordinal()]);
        k.setRussiaCivilianHarm(bad < 0 || !Double.isFinite(bad) || bad > 100 ? bad : -1);
        assertEquals(3, shown.size());
        assertTrue(k.getRefused().startsWith("Russian forces' civilian harm: "), k.getRefused());

        k.setFamaCivilianHarm(0.1); // a good value clears the message
        assertEquals("", k.getRefused());
        assertEquals(0.1, sim.world().civilianHarm[Force.FAMA.ordinal()]);
    }

    /** Refusals before a start are refused the same way, and nothing is replayed at the start. */
    @Test
    void aRefusedValueIsNotRememberedForTheNextStart() {
        SahelSim sim = new SahelSim(entry.scenario(), geo, 2);
        Knobs k = new Knobs(sim, entry.catalog());
        k.setFranceAirPower(0.5);
        assertFalse(k.getRefused().isEmpty());
        sim.start();
        k.applySettings();
        assertEquals(entry.scenario().forces().france().airPower(), sim.world().airPower[Force.FRANCE.ordinal()]);
    }

    @Test
    void settingsMadeBeforeAStartAreAppliedAtTheStartAndReplayedOnRestart() {
        SahelSim sim = new SahelSim(entry.scenario(), geo, 2);
        Knobs k = new Knobs(sim, entry.catalog());
        double scenarioHarm = entry.scenario().forces().fama().civilianHarm();
        assertEquals(scenarioHarm, k.getFamaCivilianHarm(), "before a start the lever shows the scenario's value");
        assertFalse(k.isRuralFuelRestriction());
        k.setFamaCivilianHarm(0.05);
        k.setRuralFuelRestriction(true);
        for (int run = 0; run < 2; run++) {
            sim.start();
            assertEquals(scenarioHarm, sim.world().civilianHarm[Force.FAMA.ordinal()], "start() reads the scenario");
            k.applySettings();
            assertEquals(0.05, sim.world().civilianHarm[Force.FAMA.ordinal()]);
            assertTrue(sim.world().ruralFuelRestriction);
        }
        k.clearSettings();
        sim.start();
        k.applySettings();
        assertEquals(scenarioHarm, sim.world().civilianHarm[Force.FAMA.ordinal()]);
    }

    @Test
    void controlLayerMirrorsEachCellAndLeavesTheRestTransparent() {
        SahelSim sim = new SahelSim(entry.scenario(), geo, 5);
        sim.start();
        for (int i = 0; i < 6; i++) sim.schedule.step(sim);
        double dominance = entry.scenario().control().dominance();
        CellLayer layer = new CellLayer("Control", "test", geo, new ControlColours(),
                (w, c) -> ControlColours.value(w, c, dominance), new CellLayer.Reports() {
                    @Override
                    public CellReport report(int cell) {
                        return new CellReport(sim, cell);
                    }

                    @Override
                    public void drawn(CellLayer l) {
                    }
                });
        layer.mirror(sim.world());
        double[][] f = layer.grid().field;
        int inside = 0;
        for (int col = 0; col < geo.width(); col++) {
            for (int row = 0; row < geo.height(); row++) {
                int c = geo.cellAt(col, row);
                if (c < 0) {
                    assertEquals(ControlColours.OUTSIDE, f[col][row]);
                    continue;
                }
                inside++;
                Side held = sim.world().dominant(c, dominance);
                assertEquals(held, ControlColours.side(f[col][row]), "cell " + c);
                if (held != null) assertEquals(sim.world().control[held.ordinal()][c], f[col][row] - held.ordinal(), 1e-8);
            }
        }
        assertEquals(geo.cellCount(), inside);
        CellReport bamako = new CellReport(sim, geo.town("bamako").cell());
        assertEquals("Bamako", bamako.getRegion());
        assertEquals(org.sahelsim.results.Actors.standard().find("state").label(), bamako.getHeldBy());
        assertNotNull(bamako.getTroops());
        assertTrue(bamako.getTroops().contains("FAMa"), bamako.getTroops());
    }
}
