package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.actors.Algeria;
import org.sahelsim.model.actors.BorderShelter;
import org.sahelsim.model.params.RelationParams.Status;
import org.sahelsim.model.submodels.HeldPlaceStrikes;
import org.sahelsim.model.world.Earth;

/**
 * The shelter of a neighbour that objects (ODD §7.9): in a cell {@code d} km from Algeria's border
 * the state gives up {@code stance × exp(−d / shelter_km)} of its strikes and of the worth of its
 * operations there, the stance 1 while Algeria's warnings stand and its standing objection
 * otherwise; read from the world (Algeria's warnings and the distance to its border), never from
 * the date.
 */
class BorderShelterTest extends ConstructedWorld {
    private static final double RATE = 0.1;

    @Test
    void theShelterFallsOffByTheClosedForm() {
        assertEquals(0.5, BorderShelter.shelter(0.5, 0, 100), 1e-12);
        assertEquals(Math.exp(-1), BorderShelter.shelter(1, 100, 100), 1e-12);
        assertEquals(0.5 * Math.exp(-2.5), BorderShelter.shelter(0.5, 250, 100), 1e-12);
        assertEquals(0, BorderShelter.shelter(0, 0, 100), 0);
        assertEquals(0, BorderShelter.shelter(1, Double.POSITIVE_INFINITY, 100), 0);
    }

    @Test
    void theDistanceIsToTheNearestCellOnTheBorder() {
        BorderShelter s = BorderShelter.of(GEO, "algeria", 100);
        int tinzaouaten = GEO.places().get(GEO.placeIndex("tinzaouaten")).cell();
        int kidal = GEO.town("kidal").cell();
        int bamako = GEO.town("bamako").cell();
        assertEquals(0, s.km(tinzaouaten), 0, "Tinzaouaten's cell touches the border");
        assertTrue(s.km(kidal) > 100 && s.km(kidal) < 350, "Kidal town some 250 km from it: " + s.km(kidal));
        assertTrue(s.km(bamako) > 1000, "Bamako far from it: " + s.km(bamako));
        // Each cell's distance is to a cell on the border, and to none nearer: the least of its
        // distances to every border cell, to the bit (the search passes over distant ones).
        for (int c = 0; c < GEO.cellCount(); c++) {
            double best = Double.POSITIVE_INFINITY;
            for (int b = 0; b < GEO.cellCount(); b++) {
                if ("algeria".equalsIgnoreCase(GEO.borderCountry(b))) {
                    best = Math.min(best, b == c ? 0 : Earth.distanceKm(GEO.lon(c), GEO.lat(c), GEO.lon(b), GEO.lat(b)));
                }
            }
            assertEquals(best, s.km(c), 0);
        }
    }

    @Test
    void algeriasStanceIsItsObjectionAndAllOfItWhileItsWarningsStand() {
        double km = ST.algeria().shelterKm();
        double objection = ST.algeria().objection();
        BorderShelter distances = BorderShelter.of(GEO, "algeria", km);
        Algeria algeria = new Algeria(ST.algeria(), T, DOMINANCE);
        algeria.decide(w, month());
        assertEquals(objection, algeria.stance(), 0);
        for (int c = 0; c < w.cells; c++) assertEquals(BorderShelter.shelter(objection, distances.km(c), km), w.shelter[c], 1e-12);
        int cell = stateColumnTo("tinzaouaten", 900);
        algeria.decide(w, month());
        assertTrue(algeria.banned(), "a column bound for Tinzaouaten: a warning");
        assertEquals(1, algeria.stance(), 0);
        assertEquals(1, w.shelter[cell], 1e-12, "on the border, while the warning stands, the state gives up all of its strikes");
        for (int c = 0; c < w.cells; c++) assertEquals(BorderShelter.shelter(1, distances.km(c), km), w.shelter[c], 1e-12);
        w.operations.clear();
        for (int m = 0; m < ST.algeria().bandMonths(); m++) algeria.decide(w, month());
        assertEquals(objection, algeria.stance(), 0, "the warning lapsed: its standing objection again");
        assertEquals(objection, w.shelter[cell], 1e-12);
    }

    @Test
    void aShelteredGarrisonIsStruckAtTheRateTheShelterLeaves() {
        w = EmptyWorld.of(SCENARIO, GEO);
        int tinzaouaten = GEO.placeIndex("tinzaouaten");
        int kidal = GEO.placeIndex("kidal");
        int sep = Force.SEPARATISTS.ordinal();
        w.relations.breakTruce(w, Side.STATE, Side.SEPARATISTS, month(), "test");
        assertEquals(Status.WAR, w.relations.between(Side.STATE, Side.SEPARATISTS));
        assertTrue(w.hostile[Side.STATE.ordinal()][Side.SEPARATISTS.ordinal()]);
        for (int q : new int[] {tinzaouaten, kidal}) {
            w.places.holder[q] = Side.SEPARATISTS.ordinal();
            w.places.garrison[sep][q] = 300;
        }
        int bamako = GEO.placeIndex("bamako");
        w.places.holder[bamako] = Side.STATE.ordinal();
        w.places.garrison[Force.FAMA.ordinal()][bamako] = 2000;
        Arrays.fill(w.airPower, 1);
        w.airPower[Force.FAMA.ordinal()] = 3;
        double shelter = 0.6;
        w.shelter[w.places.place(tinzaouaten).cell()] = shelter;
        w.recountStrength();
        HeldPlaceStrikes strikes = new HeldPlaceStrikes(RATE);
        int weeks = 8;
        for (int t = 0; t < weeks; t++) strikes.step(w, month());
        assertEquals(300 * Math.exp(-RATE * (1 - shelter) * 2 * weeks), w.places.garrison[sep][tinzaouaten], 1e-9);
        assertEquals(300 * Math.exp(-RATE * 2 * weeks), w.places.garrison[sep][kidal], 1e-9, "Kidal, unsheltered, at the full rate");
    }
}
