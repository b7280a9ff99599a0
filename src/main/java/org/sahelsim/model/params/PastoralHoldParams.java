package org.sahelsim.model.params;

/**
 * A raiding group's hold on pastoral ground nobody else holds (ODD §7.3, "A raider's hold on
 * open pastoral ground"): where no side at war with it stands, its fighters, moving by motorbike
 * between the herders' camps and wells, raiding and levying, give it full coercive weight at the
 * share {@code share} of the density they need elsewhere; the share rises to 1 with the cell's
 * people, as the reach of support does (a town is not held by raids).
 *
 * @param share     the share of its usual density it needs in an empty cell no enemy stands in (0.01–1)
 * @param opposedAt the standing presence (the share of a cell an enemy's standing forces fill,
 *                  0–1) at which an enemy holds the cell against it, and the raider needs its usual density
 * @param source    where the numbers come from
 */
public record PastoralHoldParams(@Bounds(min = 0.01, max = 1) double share,
                                 @Bounds(min = 0, max = 1) double opposedAt,
                                 @Optional String source) implements java.io.Serializable {
}
