package org.sahelsim.classic.epstein;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The torus's sights: their shape and size, wrapping at the edges, and the halo kept in step. */
class LatticeTest {

    @ParameterizedTest
    @CsvSource({
        "1.0, 4",     // the four neighbours along the axes
        "1.5, 8",     // diagonals at sqrt(2): the eight neighbours
        "1.7, 8",     // the paper's Run 1 vision
        "2.0, 12",
        "7.0, 148",   // the paper's Run 2 vision: every (dx, dy) with dx^2 + dy^2 <= 49, but (0, 0)
    })
    void aSightIsADiscWithoutItsCentre(double radius, int sites) {
        assertEquals(sites, new Lattice(40, 40, 7).sight(radius).size());
        int expected = 0;
        for (int y = -7; y <= 7; y++) for (int x = -7; x <= 7; x++) if ((x | y) != 0 && x * x + y * y <= radius * radius) expected++;
        assertEquals(expected, sites, "the closed form");
    }

    @Test
    void aSightWrapsRoundTheTorus() {
        Lattice l = new Lattice(10, 12, 2);
        Lattice.Sight s = l.sight(1.0);
        l.putCop(9);          // (9, 0): left of (0, 0) across the edge
        l.putCop(11 * 10);    // (0, 11): above (0, 0) across the edge
        l.putCitizen(1, 0, true);  // (1, 0): right of (0, 0)
        l.putCitizen(10, 1, true); // (0, 1): below
        assertEquals((2L << 32) | 2, s.copsAndActives(0));
        int[] into = new int[s.size()];
        int n = s.collect(0, Lattice.COP, into);
        assertEquals(2, n);
        int[] found = Arrays.copyOf(into, n);
        Arrays.sort(found);
        assertEquals("[9, 110]", Arrays.toString(found));
    }

    @Test
    void scansAgreeWithPlainCountingAfterManyWrites() {
        // The halo must follow every write: compare each scan with a count made by hand on the torus.
        int w = 17;
        int h = 15;
        Lattice l = new Lattice(w, h, 7);
        Lattice.Sight s = l.sight(7);
        SplittableRandom r = new SplittableRandom(5);
        for (int i = 0; i < 3000; i++) {
            int site = r.nextInt(w * h);
            switch (r.nextInt(4)) {
                case 0 -> l.clear(site);
                case 1 -> l.putCitizen(site, i, false);
                case 2 -> l.putCitizen(site, i, true);
                default -> l.putCop(site);
            }
            if (i % 100 == 0 && l.kind[site] != Lattice.EMPTY) {
                int to = r.nextInt(w * h);
                if (l.kind[to] == Lattice.EMPTY) l.move(site, to);
            }
        }
        int[] into = new int[s.size()];
        for (int site = 0; site < w * h; site++) {
            int cops = 0;
            int actives = 0;
            int empty = 0;
            int x0 = site % w;
            int y0 = site / w;
            for (int dy = -7; dy <= 7; dy++) {
                for (int dx = -7; dx <= 7; dx++) {
                    if ((dx | dy) == 0 || dx * dx + dy * dy > 49) continue;
                    byte k = l.kind[Math.floorMod(y0 + dy, h) * w + Math.floorMod(x0 + dx, w)];
                    if (k == Lattice.COP) cops++;
                    if (k == Lattice.ACTIVE) actives++;
                    if (k == Lattice.EMPTY) empty++;
                }
            }
            assertEquals(((long) cops << 32) | actives, s.copsAndActives(site), "site " + site);
            assertEquals(empty, s.collect(site, Lattice.EMPTY, into), "empty sites seen from " + site);
            for (int i = 0; i < empty; i++) assertEquals(Lattice.EMPTY, l.kind[into[i]]);
        }
    }

    @Test
    void refusesASightThatWouldSeeASiteTwice() {
        assertThrows(IllegalArgumentException.class, () -> new Lattice(14, 40, 7));
        assertThrows(IllegalArgumentException.class, () -> new Lattice(40, 40, 3).sight(4));
    }
}
