package org.sahelsim.model.params;

/**
 * Routs that cascade (ODD §7.9): when a garrison loses its place, the garrisons of its side
 * nearby in the same region test their nerve, and each one that breaks tests its own neighbours.
 *
 * @param chance    the chance a garrison breaks when a garrison of its side within {@code reachKm}
 *                  falls or breaks, at the worst odds (enemies about it far outnumbering it); it
 *                  is multiplied by {@code H / (H + G)}, H the hostile fighters within {@code reachKm}
 *                  of it and G its garrison
 * @param reachKm   how far the news of a fall carries: the garrisons that test their nerve, and the
 *                  enemies they count
 * @param desertion the share of a breaking garrison lost on the way (deserters, the captured, the
 *                  abandoned); the rest fall back to the nearest place their side still holds
 *                  beyond {@code reachKm}
 * @param source    where the numbers come from
 */
public record RoutParams(@Bounds(min = 0, max = 1) double chance,
                         @Bounds(min = 0) double reachKm,
                         @Bounds(min = 0, max = 1) double desertion,
                         @Optional String source) implements java.io.Serializable {
}
