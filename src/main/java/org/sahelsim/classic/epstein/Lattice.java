package org.sahelsim.classic.epstein;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The torus's sites and who stands on each: nobody, a quiet or an active citizen, or a cop (at
 * most one a site). Jailed citizens are off the lattice. Sites are numbered row by row,
 * {@code site = y·width + x}.
 *
 * <p>Every agent scans the hundred and more sites in its sight twice a tick, and that is the
 * model's whole cost, so the lattice keeps, beside the plain array of what stands on each site,
 * a copy of it padded with a halo as deep as the longest sight: the halo repeats the sites from
 * the torus's opposite edges, so a scan reads {@code padded[p + offset]} without wrapping any
 * coordinate. Every write updates the site's copies in the halo (at most nine); there are far
 * fewer writes than reads.
 */
final class Lattice implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    static final byte EMPTY = 0;
    static final byte QUIET = 1;
    static final byte ACTIVE = 2;
    static final byte COP = 3;

    final int width;
    final int height;
    final int sites;
    /** What stands on each site: {@link #EMPTY}, {@link #QUIET}, {@link #ACTIVE} or {@link #COP}. */
    final byte[] kind;
    /** The index of the citizen on each site, or -1. */
    final int[] citizen;

    /** How deep the halo is: the longest sight's reach, in sites. */
    private final int reach;
    private final int paddedWidth;
    /** {@link #kind} on the padded lattice, halo included. */
    private final byte[] padded;
    /** The padded index of each site (its copy inside the halo's frame). */
    private final int[] paddedOf;
    /** The site each padded index shows. */
    private final int[] siteOf;
    /** The padded indices that show each site: its own and its copies in the halo. */
    private final int[][] copies;

    /**
     * @param reach the longest sight any agent will have on this lattice, in whole sites (less
     *              than half the smaller side)
     */
    Lattice(int width, int height, int reach) {
        if (2 * reach >= Math.min(width, height)) {
            throw new IllegalArgumentException("a sight of " + reach + " sites on a " + width + " x " + height
                    + " torus would see some sites twice");
        }
        this.width = width;
        this.height = height;
        this.sites = width * height;
        this.kind = new byte[sites];
        this.citizen = new int[sites];
        Arrays.fill(citizen, -1);
        this.reach = reach;
        this.paddedWidth = width + 2 * reach;
        int paddedHeight = height + 2 * reach;
        this.padded = new byte[paddedWidth * paddedHeight];
        this.siteOf = new int[padded.length];
        for (int py = 0; py < paddedHeight; py++) {
            for (int px = 0; px < paddedWidth; px++) {
                siteOf[py * paddedWidth + px] = Math.floorMod(py - reach, height) * width + Math.floorMod(px - reach, width);
            }
        }
        this.paddedOf = new int[sites];
        for (int s = 0; s < sites; s++) paddedOf[s] = (s / width + reach) * paddedWidth + s % width + reach;
        int[] count = new int[sites];
        for (int site : siteOf) count[site]++;
        this.copies = new int[sites][];
        for (int s = 0; s < sites; s++) copies[s] = new int[count[s]];
        Arrays.fill(count, 0);
        for (int p = 0; p < siteOf.length; p++) copies[siteOf[p]][count[siteOf[p]]++] = p;
    }

    /** Moves whoever stands on {@code from} to the empty site {@code to}. */
    void move(int from, int to) {
        set(to, kind[from]);
        citizen[to] = citizen[from];
        set(from, EMPTY);
        citizen[from] = -1;
    }

    void clear(int site) {
        set(site, EMPTY);
        citizen[site] = -1;
    }

    void putCitizen(int site, int index, boolean active) {
        set(site, active ? ACTIVE : QUIET);
        citizen[site] = index;
    }

    void putCop(int site) {
        set(site, COP);
        citizen[site] = -1;
    }

    /** Writes a site and each of its copies in the halo. */
    private void set(int site, byte k) {
        kind[site] = k;
        for (int p : copies[site]) padded[p] = k;
    }

    /**
     * The sites an agent with vision {@code radius} sees from any site: every site whose
     * distance on the torus is at most the radius (a disc, as NetLogo's {@code in-radius}; a
     * radius of 1.7 gives the eight neighbours, 7 gives 148 sites), its own excluded.
     */
    Sight sight(double radius) {
        return new Sight(this, radius);
    }

    /** One vision radius on this lattice: the offsets it covers, in a fixed order. */
    static final class Sight implements java.io.Serializable {
        private static final long serialVersionUID = 1L;

        /** What each kind adds to {@link #copsAndActives}: nothing, nothing, an active, a cop. */
        private final long[] tally = {0, 0, 1, 1L << 32};

        private final Lattice lattice;
        /** Each offset as a step on the padded lattice, ordered by row, then column. */
        private final int[] step;

        private Sight(Lattice lattice, double radius) {
            this.lattice = lattice;
            int reach = (int) Math.floor(radius);
            if (reach > lattice.reach) {
                throw new IllegalArgumentException("a sight of " + radius + " reaches beyond the lattice's halo of " + lattice.reach);
            }
            List<Integer> steps = new ArrayList<>();
            double r2 = radius * radius;
            for (int y = -reach; y <= reach; y++) {
                for (int x = -reach; x <= reach; x++) {
                    if ((x != 0 || y != 0) && x * x + y * y <= r2) steps.add(y * lattice.paddedWidth + x);
                }
            }
            step = steps.stream().mapToInt(Integer::intValue).toArray();
        }

        /** How many sites this sight covers. */
        int size() {
            return step.length;
        }

        /**
         * Writes the sites of kind {@code wanted} seen from {@code site} into {@code into} (which
         * must hold {@link #size()} sites); returns how many.
         */
        int collect(int site, byte wanted, int[] into) {
            byte[] padded = lattice.padded;
            int[] siteOf = lattice.siteOf;
            int p = lattice.paddedOf[site];
            int n = 0;
            // Branch-free: which sites match is a coin toss the processor cannot predict.
            for (int s : step) {
                int q = p + s;
                into[n] = siteOf[q];
                n += (padded[q] - wanted) == 0 ? 1 : 0;
            }
            return n;
        }

        /** The cops (high 32 bits) and active citizens (low 32 bits) seen from {@code site}. */
        long copsAndActives(int site) {
            byte[] padded = lattice.padded;
            int p = lattice.paddedOf[site];
            // Branch-free: a cop adds 1 << 32, an active 1 (kinds 0 to 3 index the table).
            long seen = 0;
            long[] tally = this.tally;
            for (int s : step) seen += tally[padded[p + s]];
            return seen;
        }
    }
}
