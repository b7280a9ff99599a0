package org.sahelsim.classic.epstein;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Outbursts, waits and activations on series worked out by hand. */
class OutburstsTest {

    @Test
    void outburstsWaitsAndActivationsOfAHandMadeSeries() {
        //            tick: 0  1   2   3   4  5  6  7   8   9 10  11
        int[] active = {0, 10, 60, 80, 50, 3, 0, 0, 51, 52, 7, 70};
        Outbursts o = Outbursts.of(active, 50);
        assertEquals(List.of(new Outbursts.Outburst(2, 4, 80, 140), new Outbursts.Outburst(8, 10, 52, 103)), o.finished());
        assertArrayEquals(new int[] {4}, o.waits(), "from the end at tick 4 to the start at tick 8");
        assertArrayEquals(new long[] {140, 103}, o.activations());
        assertTrue(o.unfinished(), "the run ends inside a third outburst");
        assertEquals(80, o.peak());
        assertEquals(2, o.count());
    }

    @Test
    void aQuietRunHasNoOutburst() {
        Outbursts o = Outbursts.of(new int[] {0, 50, 50, 12}, 50);
        assertEquals(0, o.count());
        assertFalse(o.unfinished());
        assertEquals(0, o.waits().length);
        assertEquals(50, o.peak(), "exactly at the threshold is not above it");
    }
}
