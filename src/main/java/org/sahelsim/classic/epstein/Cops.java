package org.sahelsim.classic.epstein;

import org.sahelsim.model.params.Bounds;

/**
 * The forces of the central authority. Each tick a cop moves to a random empty site within its
 * vision and arrests one active citizen, chosen at random, within its vision (the paper's cop
 * rule C).
 *
 * @param density cops per site at the start
 * @param vision  how far a cop sees, in sites (the paper's v*)
 * @param source  where these values come from
 */
public record Cops(@Bounds(min = 0, max = 1) double density, @Bounds(min = 1) double vision, String source) {
}
