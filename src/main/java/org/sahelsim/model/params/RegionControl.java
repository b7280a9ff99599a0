package org.sahelsim.model.params;

/**
 * Shares of a region's ground held by each side at the start (the rest is contested), and the
 * source of the estimate. The sum must not exceed 1.
 */
public record RegionControl(@Bounds(min = 0, max = 1) double state,
                            @Bounds(min = 0, max = 1) double jnim,
                            @Bounds(min = 0, max = 1) double isSahel,
                            @Bounds(min = 0, max = 1) double separatists,
                            @Optional String source) implements Validated, java.io.Serializable {
    @Override
    public void validate(Checker check) {
        double sum = state + jnim + isSahel + separatists;
        check.require(sum <= 1 + 1e-9, "separatists", String.format(java.util.Locale.ROOT, "shares summing to %.3f", sum),
                "shares of the region that sum to at most 1 (the rest is contested)");
    }

    public double[] shares() {
        return new double[] {state, jnim, isSahel, separatists};
    }
}
