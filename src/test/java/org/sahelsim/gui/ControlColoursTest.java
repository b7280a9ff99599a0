package org.sahelsim.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.sahelsim.model.Side;
import org.sahelsim.results.Actors;

class ControlColoursTest {
    private final ControlColours colours = new ControlColours();

    @ParameterizedTest
    @EnumSource(Side.class)
    void fullControlIsThePaletteColourAndWeakerHoldsArePaler(Side side) {
        Color full = colours.getColor(ControlColours.pack(side.ordinal(), 1.0));
        assertEquals(new Color(Actors.standard().find(side.key()).rgb()).getRGB(), full.getRGB(), "full hold of " + side);
        Color bare = colours.getColor(ControlColours.pack(side.ordinal(), 0.5));
        assertTrue(brightness(bare) > brightness(full), "a bare majority is paler than full control for " + side);
        assertEquals(255, bare.getAlpha());
        assertEquals(side, ControlColours.side(ControlColours.pack(side.ordinal(), 0.5)));
        assertEquals(side, ControlColours.side(ControlColours.pack(side.ordinal(), 1.0)), "a full hold stays with its side");
    }

    @ParameterizedTest
    @CsvSource({"4.0", "4.3", "4.99"})
    void contestedCellsAreThePalettesGrey(double value) {
        assertEquals(new Color(Actors.standard().contested().rgb()), colours.getColor(value));
        assertNull(ControlColours.side(value));
    }

    @ParameterizedTest
    @CsvSource({"5.0", "5.1", "5.99"})
    void ungovernedCellsArePaleSandAndNobodys(double value) {
        assertEquals(new Color(Actors.standard().ungoverned().rgb()), colours.getColor(value));
        assertNull(ControlColours.side(value));
        assertTrue(colours.validLevel(value));
        assertTrue(brightness(colours.getColor(value)) > brightness(colours.getColor(4.5)), "ungoverned is paler than contested");
    }

    /** A cell nobody holds anything of packs as ungoverned when the scenario tells it apart, as contested otherwise. */
    @org.junit.jupiter.api.Test
    void anEmptyCellPacksAsUngoverned() {
        org.sahelsim.model.WorldState w = new org.sahelsim.model.WorldState(org.sahelsim.run.Mali.coarseMap());
        w.control[Side.JNIM.ordinal()][0] = 0.1;
        assertEquals(Side.COUNT + 1 + 0.1, ControlColours.value(w, 0, 0.5, 0.25), 1e-12);
        assertEquals(Side.COUNT + 0.1, ControlColours.value(w, 0, 0.5), 1e-12);
        w.control[Side.STATE.ordinal()][0] = 0.2;
        assertEquals(Side.COUNT + 0.2, ControlColours.value(w, 0, 0.5, 0.25), 1e-12, "0.3 held in all: contested");
    }

    @ParameterizedTest
    @CsvSource({"-1", "NaN"})
    void cellsOutsideTheCountryAreTransparent(double value) {
        assertEquals(0, colours.getAlpha(value));
        assertNull(ControlColours.side(value));
    }

    @ParameterizedTest
    @CsvSource({"0, 1, 0.0, 0", "0, 1, 1.0, 1", "0, 1, 0.25, 0.25", "740, 2960, 1850, 0.5", "0, 1000, 1000, 1"})
    void rampPlacesValuesBetweenItsEnds(double low, double high, double value, double position) {
        Ramp r = new Ramp(low, high, Color.BLUE, false, true);
        assertEquals(position, r.position(value), 1e-12);
        assertEquals(value, r.valueAt(position), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"1", "10", "100", "999"})
    void logarithmicRampRoundTripsAndGrowsWithTheValue(double troops) {
        Ramp r = new Ramp(0, 1000, Color.BLUE, true, true);
        assertEquals(troops, r.valueAt(r.position(troops)), 1e-6);
        assertTrue(r.position(troops) < r.position(troops * 1.5));
        assertEquals(Color.WHITE, r.getColor(0));
        assertEquals(Color.BLUE, r.getColor(5000));
    }

    private static int brightness(Color c) {
        return c.getRed() + c.getGreen() + c.getBlue();
    }
}
