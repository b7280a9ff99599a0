package org.sahelsim.viz;

import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorPaletteTest {
    private static final Set<Integer> OKABE_ITO = Set.of(0x000000, 0xE69F00, 0x56B4E9, 0x009E73, 0xF0E442,
            0x0072B2, 0xD55E00, 0xCC79A7);

    @Test
    void territorialActorsHaveDistinctOkabeItoColoursAndContestedIsGrey() {
        Set<Color> seen = new HashSet<>();
        for (String a : ActorPalette.TERRITORIAL) {
            Color c = ActorPalette.actorColour(a);
            assertTrue(seen.add(c), "colour used twice: " + a);
            if (!a.equals(ActorPalette.CONTESTED)) assertTrue(OKABE_ITO.contains(c.getRGB() & 0xFFFFFF), a);
        }
        Color grey = ActorPalette.actorColour(ActorPalette.CONTESTED);
        assertTrue(grey.getRed() == grey.getGreen() && grey.getGreen() == grey.getBlue());
    }

    @Test
    void forcesHaveDistinctColoursAndShareTheirActorsColour() {
        Set<Color> seen = new HashSet<>();
        for (String f : ActorPalette.FORCES) assertTrue(seen.add(ActorPalette.forceColour(f)), "colour used twice: " + f);
        assertEquals(ActorPalette.actorColour("state"), ActorPalette.forceColour("fama"));
        for (String a : List.of("jnim", "is_sahel", "separatists")) {
            assertEquals(ActorPalette.actorColour(a), ActorPalette.forceColour(a));
        }
    }

    @Test
    void labelsAreForPeople() {
        assertEquals(List.of("State (junta/FAMa)", "JNIM", "IS Sahel", "Separatists", "Contested"),
                ActorPalette.TERRITORIAL.stream().map(ActorPalette::actorLabel).toList());
        assertEquals("Ivory Coast", ActorPalette.forceLabel("ivory_coast"));
    }
}
