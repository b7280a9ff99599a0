package org.sahelsim.model.params;

/** The grid Mali is rasterised onto: cells of {@code cellDegrees} by {@code cellDegrees}. */
public record Grid(@Bounds(min = 0.02, max = 1.0) double cellDegrees) implements java.io.Serializable {
}
