package org.sahelsim.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.submodels.HeldPlaceStrikes;

/**
 * Strikes from the air on insurgent-held places (ODD §7.9), in a constructed world: JNIM holds
 * Ségou, the state Bamako, the separatists Kidal under their truce. Under a steady air power
 * {@code A} a held garrison {@code G} falls to {@code G exp(−r (A − 1) t)} in {@code t} weeks,
 * every fighter lost entered in the ledger as killed; the state's garrison and the garrison of a
 * side at peace with the state are not struck, and without aircraft nobody is.
 */
class HeldPlaceStrikesTest extends ConstructedWorld {
    private static final double RATE = 0.1;
    private int segou;
    private int bamako;
    private int kidal;

    @BeforeEach
    void places() {
        w = EmptyWorld.of(SCENARIO, GEO);
        segou = GEO.placeIndex("segou");
        bamako = GEO.placeIndex("bamako");
        kidal = GEO.placeIndex("kidal");
        w.places.holder[segou] = Side.JNIM.ordinal();
        w.places.garrison[Force.JNIM.ordinal()][segou] = 300;
        w.places.holder[bamako] = Side.STATE.ordinal();
        w.places.garrison[Force.FAMA.ordinal()][bamako] = 2000;
        w.places.holder[kidal] = Side.SEPARATISTS.ordinal();
        w.places.garrison[Force.SEPARATISTS.ordinal()][kidal] = 400;
        Arrays.fill(w.airPower, 1);
        w.recountStrength();
    }

    @Test
    void aHeldGarrisonFallsByTheClosedFormAndEveryFighterLostIsCounted() {
        w.airPower[Force.FAMA.ordinal()] = 1.4;
        assertTrue(!w.hostile[Side.STATE.ordinal()][Side.SEPARATISTS.ordinal()], "the separatists' truce holds at the start");
        HeldPlaceStrikes strikes = new HeldPlaceStrikes(RATE);
        double killedBefore = w.troops.killed[Force.JNIM.ordinal()];
        int weeks = 10;
        for (int t = 0; t < weeks; t++) strikes.step(w, month());
        double expected = 300 * Math.exp(-RATE * 0.4 * weeks);
        assertEquals(expected, w.places.garrison[Force.JNIM.ordinal()][segou], 1e-9);
        assertEquals(300 * HeldPlaceStrikes.share(RATE, 1.4, weeks), 300 - expected, 1e-9);
        assertEquals(300 - expected, w.troops.killed[Force.JNIM.ordinal()] - killedBefore, 1e-9);
        assertEquals(expected, w.strength[Force.JNIM.ordinal()], 1e-9);
        assertEquals(2000, w.places.garrison[Force.FAMA.ordinal()][bamako]);
        assertEquals(400, w.places.garrison[Force.SEPARATISTS.ordinal()][kidal]);
        List<String> struck = log.events().stream().filter(e -> e.type().equals("air_strike")).map(e -> e.description()).toList();
        // Logged in the weeks ten or more are killed: 12, 11, 11, 10, 10, then fewer.
        assertEquals(5, struck.size(), struck.toString());
        assertTrue(struck.get(0).startsWith("Air strikes hit JNIM's garrison in Ségou: 12 killed"), struck.get(0));
    }

    @Test
    void withoutAircraftOrWithoutTheRuleNobodyIsStruck() {
        new HeldPlaceStrikes(RATE).step(w, month());
        w.airPower[Force.FAMA.ordinal()] = 3;
        new HeldPlaceStrikes(0).step(w, month());
        assertEquals(300, w.places.garrison[Force.JNIM.ordinal()][segou]);
        assertTrue(log.events().isEmpty());
    }
}
