package org.sahelsim.classic.epstein;

import org.sahelsim.model.params.Bounds;

/**
 * The lattice's size: {@code width × height} sites whose edges wrap round (a torus), each site
 * holding at most one citizen or cop.
 *
 * @param width  sites across
 * @param height sites down
 * @param source where the size comes from
 */
public record Torus(@Bounds(min = 5, max = 1000) int width, @Bounds(min = 5, max = 1000) int height, String source) {

    /** The number of sites. */
    public int sites() {
        return width * height;
    }

    /** How many agents a density puts on this torus: {@code round(density × sites)}. */
    public int count(double density) {
        return (int) Math.round(density * sites());
    }
}
