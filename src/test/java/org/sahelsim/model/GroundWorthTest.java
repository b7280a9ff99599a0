package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ec.util.MersenneTwisterFast;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.geodata.Rasteriser;
import org.sahelsim.model.params.Scenario;
import org.sahelsim.model.world.Geography;
import org.sahelsim.scenario.ScenarioLibrary;

/**
 * A side that fights a local war for its own ground (places.worth.SIDE.ground, ODD §7.9): a place
 * is worth to it its plain worth times {@code (1 − g) + g × affinity / greatest affinity}, the
 * affinities being its forces' regional priorities; a side without it values a place alike
 * wherever it is.
 */
class GroundWorthTest {
    private static final Geography GEO = Rasteriser.build(MaliAtlas.load(), 0.5);

    private static Places places(String... overrides) {
        List<String> sets = new java.util.ArrayList<>(List.of("grid.cell_degrees=0.5"));
        sets.addAll(List.of(overrides));
        Scenario s = ScenarioLibrary.standard().load("default", sets).scenario();
        return Initialisation.world(s, GEO, new MersenneTwisterFast(1)).places;
    }

    @Test
    void aPlaceOutsideItsGroundIsWorthItsRegionsAffinityOverItsHomes() {
        Places local = places("places.worth.is_sahel.ground=1");
        Places plain = places("places.worth.is_sahel.ground=0");
        Places half = places("places.worth.is_sahel.ground=0.5");
        int is = Side.IS_SAHEL.ordinal();
        int jnim = Side.JNIM.ordinal();
        int menaka = GEO.placeIndex("menaka");
        int mopti = GEO.placeIndex("mopti");
        int gao = GEO.placeIndex("gao");
        // IS Sahel's affinities in the default: menaka 3, gao 2, mopti 0.1.
        assertTrue(plain.worth[is][menaka] > 0 && plain.worth[is][mopti] > 0);
        assertEquals(plain.worth[is][menaka], local.worth[is][menaka], 1e-9, "its home region keeps its worth");
        assertEquals(plain.worth[is][gao] * 2 / 3, local.worth[is][gao], 1e-9);
        assertEquals(plain.worth[is][mopti] * 0.1 / 3, local.worth[is][mopti], 1e-9);
        assertEquals(plain.worth[is][mopti] * (0.5 + 0.5 * 0.1 / 3), half.worth[is][mopti], 1e-9);
        assertEquals(plain.worth[jnim][mopti], local.worth[jnim][mopti], 1e-9, "JNIM's war is not local: its worths do not change");
    }
}
