package org.sahelsim.geodata;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sahelsim.model.world.Corridor;
import org.sahelsim.model.world.Geography;
import org.sahelsim.model.world.Region;
import org.sahelsim.model.world.RoadNetwork;
import org.sahelsim.model.world.RoadNode;
import org.sahelsim.model.world.RoadSegment;
import org.sahelsim.model.world.Terrain;
import org.sahelsim.model.world.Town;

class RasteriserTest {
    private static final long NATIONAL_CENSUS_2022 = 22_395_485L;
    private static MaliAtlas atlas;
    private static final Map<Double, Geography> BUILT = new HashMap<>();

    @BeforeAll
    static void load() {
        atlas = MaliAtlas.load();
    }

    /** One build per cell size for the whole class (the tests only read it). */
    private static Geography geography(double d) {
        return BUILT.computeIfAbsent(d, k -> Rasteriser.build(atlas, k));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.1})
    void everyRegionalCapitalLiesInItsOwnRegionOnTheRaster(double d) {
        Geography g = geography(d);
        for (Region r : g.regions()) {
            Town cap = g.towns().stream().filter(t -> t.capital() && t.region() == r.index()).findFirst().orElseThrow();
            int cell = g.cellAt(cap.lon(), cap.lat());
            assertTrue(cell >= 0, cap.id() + " must fall in a kept cell");
            assertEquals(cell, cap.cell());
            assertEquals(r.index(), g.region(cell), cap.id() + " cell belongs to " + r.id());
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.1})
    void rasterRegionAreasAreWithinAQuarterOfTheOfficialFigures(double d) {
        Geography g = geography(d);
        double[] area = new double[g.regions().size()];
        for (int c = 0; c < g.cellCount(); c++) area[g.region(c)] += g.areaKm2(c);
        for (Region r : g.regions()) {
            // Bamako district (252 km2) is smaller than one cell: it is checked by polygon in MaliAtlasTest.
            if (Double.isNaN(r.officialAreaKm2()) || r.id().equals("bamako")) continue;
            assertEquals(r.officialAreaKm2(), area[r.index()], 0.25 * r.officialAreaKm2(), r.id() + " at " + d + "°");
        }
        double north = area[g.regionIndex("tombouctou")] + area[g.regionIndex("taoudenit")];
        double official = atlas.rules().require("area.tombouctou_taoudenit_km2");
        assertEquals(official, north, 0.25 * official, "Tombouctou + Taoudénit");
        assertTrue(area[g.regionIndex("bamako")] > 0, "Bamako district has at least one cell");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.1})
    void nationalAreaAndPopulationMatchTheOfficialFigures(double d) {
        Geography g = geography(d);
        assertEquals(1_240_192, g.totalAreaKm2(), 0.05 * 1_240_192, "area at " + d + "°");
        assertEquals(NATIONAL_CENSUS_2022, g.totalPopulation(), 0.01 * NATIONAL_CENSUS_2022);
        double[] pop = new double[g.regions().size()];
        for (int c = 0; c < g.cellCount(); c++) {
            assertTrue(g.population(c) >= 0);
            assertTrue(g.areaKm2(c) > 0 && g.areaKm2(c) <= 111.3 * 111.3 * d * d + 1e-6, "cell area");
            pop[g.region(c)] += g.population(c);
        }
        for (Region r : g.regions()) {
            assertEquals(r.census2022(), pop[r.index()], 1e-6 * r.census2022(), "population of " + r.id());
        }
        assertEquals(4_227_569, pop[g.regionIndex("bamako")], 1e-3);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.1})
    void everyCapitalAndCorridorCrossingIsConnectedToBamakoByRoad(double d) {
        Geography g = geography(d);
        RoadNetwork net = g.roads();
        int bamako = net.nodeIndex("bamako");
        double[] dist = new double[net.nodes().size()];
        int[] pred = net.shortestPaths(bamako, net.lengthsKm(), dist);
        for (Town t : g.towns()) {
            if (!t.capital()) continue;
            int node = net.nodeIndex(t.id());
            assertTrue(Double.isFinite(dist[node]), t.id() + " is reachable from Bamako");
        }
        for (Corridor c : g.corridors()) {
            RoadNode entry = net.nodes().get(c.entryNode());
            assertTrue(Double.isFinite(dist[entry.index()]), c.id() + " crossing " + entry.id() + " is reachable");
            assertEquals(c.originCountry(), entry.borderCountry(), c.id());
            assertTrue(entry.isBorderCrossing());
            assertTrue(net.pathTo(entry.index(), pred).size() >= 1);
        }
        // Sanity of lengths: Ségou is 221 km by the sourced RN6, Gao is far (2 days' drive).
        assertEquals(221, dist[net.nodeIndex("segou")], 1e-9);
        assertTrue(dist[net.nodeIndex("gao")] > 1000 && dist[net.nodeIndex("gao")] < 1600, "Bamako–Gao " + dist[net.nodeIndex("gao")]);
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.1})
    void roadSegmentsRunFromTheirStartCellToTheirEndCellAndFlagTheirCells(double d) {
        Geography g = geography(d);
        for (RoadSegment s : g.roads().segments()) {
            int[] cells = s.cells();
            assertEquals(g.roads().nodes().get(s.from()).cell(), cells[0]);
            assertEquals(g.roads().nodes().get(s.to()).cell(), cells[cells.length - 1]);
            for (int c : cells) assertTrue(g.hasRoad(c));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.1})
    void neighboursAreSymmetricAndAdjacent(double d) {
        Geography g = geography(d);
        for (int c = 0; c < g.cellCount(); c++) {
            assertTrue(g.neighbourCount(c) <= 8);
            for (int k = 0; k < g.neighbourCount(c); k++) {
                int n = g.neighbour(c, k);
                assertTrue(Math.abs(g.col(n) - g.col(c)) <= 1 && Math.abs(g.row(n) - g.row(c)) <= 1 && n != c);
                boolean back = false;
                for (int j = 0; j < g.neighbourCount(n); j++) back |= g.neighbour(n, j) == c;
                assertTrue(back, "neighbour relation must be symmetric");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.25, 0.1})
    void borderCountriesAndTerrainFollowTheMap(double d) {
        Geography g = geography(d);
        assertEquals("senegal", g.borderCountry(g.town("diboli").cell()));
        assertEquals("cote_divoire", g.borderCountry(g.town("zegoua").cell()));
        assertEquals(null, g.borderCountry(g.town("segou").cell()), "Ségou is far from any border");
        assertEquals("algeria", g.borderCountry(g.town("tinzaouaten").cell()));
        int[] count = new int[8];
        for (int c = 0; c < g.cellCount(); c++) {
            String country = g.borderCountry(c);
            if (country == null) continue;
            count[java.util.List.of("algeria", "niger", "burkina_faso", "cote_divoire", "guinea", "senegal", "mauritania").indexOf(country)]++;
        }
        for (int k = 0; k < 7; k++) assertTrue(count[k] > 0, "every neighbour borders some cell");
        assertEquals(Terrain.DESERT, g.terrain(g.town("taoudenni").cell()));
        assertEquals(Terrain.SUDANIAN_SAVANNA, g.terrain(g.town("sikasso").cell()));
        assertEquals(Terrain.ADRAR_DES_IFOGHAS, g.terrain(g.town("kidal").cell()));
        assertEquals(Terrain.INNER_NIGER_DELTA, g.terrain(g.town("diafarabe").cell()));
        assertEquals(Terrain.SAHEL, g.terrain(g.town("nioro").cell()));
    }

    @Test
    void rasterisingIsAPureFunctionOfAtlasAndCellSize() {
        Geography a = Rasteriser.build(atlas, 0.5);
        Geography b = Rasteriser.build(MaliAtlas.load(), 0.5);
        assertEquals(a.cellCount(), b.cellCount());
        double[] popA = new double[a.cellCount()];
        double[] popB = new double[b.cellCount()];
        for (int c = 0; c < a.cellCount(); c++) {
            popA[c] = a.population(c);
            popB[c] = b.population(c);
            assertEquals(a.region(c), b.region(c));
            assertEquals(a.terrain(c), b.terrain(c));
        }
        assertArrayEquals(popA, popB);
        assertNotEquals(a.cellCount(), geography(0.25).cellCount());
    }

    @Test
    void finerGridsKeepMoreCellsOverTheSameCountry() {
        Geography coarse = geography(0.25);
        Geography fine = Rasteriser.build(atlas, 0.05);
        assertTrue(fine.cellCount() > 20 * coarse.cellCount());
        assertEquals(coarse.totalAreaKm2(), fine.totalAreaKm2(), 0.02 * coarse.totalAreaKm2());
        assertEquals(NATIONAL_CENSUS_2022, fine.totalPopulation(), 1e-6 * NATIONAL_CENSUS_2022);
    }
}
