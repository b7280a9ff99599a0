package org.sahelsim.model.params;

/**
 * How much one side cares for each kind of worth a place has: a junta guards its seats of power,
 * an insurgency its revenue and its freedom to move.
 *
 * @param political weight of political worth
 * @param economic  weight of economic worth
 * @param military  weight of military worth
 * @param fighter   what losing one of its own fighters costs it, in the same troop-equivalents
 *                  (insurgents with few fighters guard them more than an army with many)
 * @param ground    how far a place's worth to the side follows its forces' affinity for the place's
 *                  region (their priorities' {@code regions}, over the greatest of them), 0 to 1:
 *                  0 (or absent), a place is worth as much wherever it is; 1, a place outside the
 *                  side's own ground is worth that much less (a group that fights a local war for
 *                  its ground, not a national one)
 * @param hold      the share of a town's worth that holding it brings the side, 0 to 1 (absent, all
 *                  of it): an insurgent whose rule and levy are rural takes its dues on the roads
 *                  and in the villages around a town, not in the town; the rest of the worth is
 *                  what cutting the town's roads brings it while its siege ring stands. A town is
 *                  a place whose kind's {@code officials} govern from it (the capital, regional
 *                  capitals, towns); the share applies in proportion to them
 * @param source    where the weights come from
 */
public record PlaceWorth(@Bounds(min = 0) double political,
                         @Bounds(min = 0) double economic,
                         @Bounds(min = 0) double military,
                         @Bounds(min = 0) double fighter,
                         @Optional @Bounds(min = 0, max = 1) Double ground,
                         @Optional @Bounds(min = 0, max = 1) Double hold,
                         @Optional String source) implements java.io.Serializable {

    /** {@link #ground}, 0 where absent. */
    public double groundWeight() {
        return ground == null ? 0 : ground;
    }

    /** {@link #hold}, 1 where absent. */
    public double holdShare() {
        return hold == null ? 1 : hold;
    }
}
