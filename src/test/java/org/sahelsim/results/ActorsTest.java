package org.sahelsim.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Force;
import org.sahelsim.model.Side;

class ActorsTest {
    private static final Set<Integer> OKABE_ITO = Set.of(0x000000, 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
            0x0072B2, 0xD55E00, 0xCC79A7);
    private static final Actors ACTORS = Actors.standard();

    @Test
    void theModelsSidesAndForcesInTheModelsOrder() {
        assertEquals(List.of("state", "jnim", "is_sahel", "separatists", "contested", "ungoverned"), ACTORS.territorialKeys());
        for (Side s : Side.values()) assertEquals(s.key(), ACTORS.sides().get(s.ordinal()).key());
        for (Force f : Force.values()) {
            Actor a = ACTORS.forces().get(f.ordinal());
            assertEquals(f.key(), a.key());
            assertEquals(f.side().key(), a.side(), "the side a force fights for");
        }
    }

    @Test
    void sidesHaveDistinctOkabeItoColoursAndContestedIsGrey() {
        Set<Integer> seen = new HashSet<>();
        for (Actor a : ACTORS.territorial()) {
            assertTrue(seen.add(a.rgb()), "colour used twice: " + a.key());
            if (a != ACTORS.contested() && a != ACTORS.ungoverned()) assertTrue(OKABE_ITO.contains(a.rgb()), a.key());
        }
        int grey = ACTORS.contested().rgb();
        assertTrue((grey >> 16) == ((grey >> 8) & 0xFF) && ((grey >> 8) & 0xFF) == (grey & 0xFF));
        // Ungoverned ground is a pale, unsaturated sand: lighter than contested grey, darker than white.
        int sand = ACTORS.ungoverned().rgb();
        int r = sand >> 16;
        int b = sand & 0xFF;
        assertTrue(r > (grey >> 16) && sand != 0xFFFFFF && r - b < 40, Integer.toHexString(sand));
    }

    /** A run written before ungoverned ground was told apart has none, and its contested takes in both. */
    @Test
    void aRunWithoutUngovernedGroundHasFiveTerritorialActors() {
        Actors old = new Actors(ACTORS.sides(), ACTORS.contested(), ACTORS.forces());
        assertEquals(List.of("state", "jnim", "is_sahel", "separatists", "contested"), old.territorialKeys());
        assertEquals(-1, old.territorialIndex("ungoverned"));
        assertEquals(5, ACTORS.territorialIndex("ungoverned"));
    }

    @Test
    void forcesHaveDistinctColoursAndShareTheirSidesColour() {
        Set<Integer> seen = new HashSet<>();
        for (Actor f : ACTORS.forces()) assertTrue(seen.add(f.rgb()), "colour used twice: " + f.key());
        assertEquals(ACTORS.find("state").rgb(), ACTORS.force("fama").rgb());
        for (String a : List.of("jnim", "is_sahel", "separatists")) assertEquals(ACTORS.find(a).rgb(), ACTORS.force(a).rgb());
        for (String foreign : List.of("russia", "france", "minusma", "eu", "aes")) assertTrue(ACTORS.force(foreign).foreign());
        for (String own : List.of("fama", "jnim", "is_sahel", "separatists")) assertFalse(ACTORS.force(own).foreign());
    }

    @Test
    void labelsAreForPeople() {
        assertEquals(List.of("State (junta/FAMa)", "JNIM", "IS Sahel", "Separatists", "Contested", "Ungoverned (nobody's)"),
                ACTORS.territorial().stream().map(Actor::label).toList());
        assertEquals("Russia", ACTORS.force("russia").shortLabel());
        assertEquals("Ivory Coast", Actors.titleCase("ivory_coast"));
    }

    /** The parties that decide without holding ground or fielding a force are named, and known apart from stand-ins. */
    @Test
    void partiesThatOnlyDecideAreNamed() {
        assertEquals("ECOWAS", ACTORS.find("ecowas").label());
        assertEquals("Algeria", ACTORS.find("algeria").label());
        assertEquals("Turkey", ACTORS.find("turkey").label());
        assertTrue(ACTORS.knows("ecowas") && ACTORS.knows("state") && ACTORS.knows("russia") && ACTORS.knows("contested"));
        assertFalse(ACTORS.knows("wagner_group"));
    }

    @Test
    void anActorTheTableDoesNotKnowStillGetsALabelAndAColourOfItsOwn() {
        Actor unknown = ACTORS.find("wagner_group");
        assertEquals("Wagner Group", unknown.label());
        Actors withNew = new Actors(ACTORS.sides(), ACTORS.contested(), List.of(new Actor("x", "X", "#332288", "state", true)));
        assertEquals("X", withNew.force("x").label());
        assertNotEquals(ACTORS.find("state").colour(), withNew.force("x").colour());
    }
}
