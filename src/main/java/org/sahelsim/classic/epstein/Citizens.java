package org.sahelsim.classic.epstein;

import org.sahelsim.model.params.Bounds;

/**
 * The general population ("agents" in the paper). Each citizen draws its hardship H and risk
 * aversion R from U(0, 1) once; its grievance is {@code G = H(1 − L)}; it estimates its arrest
 * probability as {@code P = 1 − exp(−k·r(C/A))} from the cops C and the actives A (itself
 * included) within its vision; its net risk is {@code N = R·P}; and it is active while
 * {@code G − N > T} (the paper's agent rule A), quiet otherwise.
 *
 * @param density         citizens per site at the start
 * @param vision          how far a citizen sees, in sites (a disc of that radius on the torus)
 * @param threshold       T, by how much grievance must exceed net risk for a citizen to go active
 * @param arrestConstant  k in the estimated arrest probability (2.3 makes P about 0.9 with one
 *                        cop and one active in sight)
 * @param arrestRatio     how {@code C/A} enters P: the paper's exact ratio, NetLogo's floor or
 *                        Mesa's rounding
 * @param move            whether free citizens move each tick (the paper's movement rule M;
 *                        cops always move)
 * @param source          where these values come from
 */
public record Citizens(
        @Bounds(min = 0, max = 1) double density,
        @Bounds(min = 1) double vision,
        @Bounds(min = -1, max = 1) double threshold,
        @Bounds(min = 0) double arrestConstant,
        ArrestRatio arrestRatio,
        boolean move,
        String source) {
}
