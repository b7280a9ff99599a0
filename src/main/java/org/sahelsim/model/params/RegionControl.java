package org.sahelsim.model.params;

/**
 * Shares of a region's ground held by each side at the start (the rest is contested), and the
 * source of the estimate. The sum must not exceed 1.
 */
public record RegionControl(@Bounds(min = 0, max = 1) double state,
                            @Bounds(min = 0, max = 1) double jnim,
                            @Bounds(min = 0, max = 1) double isSahel,
                            @Bounds(min = 0, max = 1) double separatists,
                            @Optional String source) {
    public double[] shares() {
        return new double[] {state, jnim, isSahel, separatists};
    }
}
