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
 * @param source    where the weights come from
 */
public record PlaceWorth(@Bounds(min = 0) double political,
                         @Bounds(min = 0) double economic,
                         @Bounds(min = 0) double military,
                         @Bounds(min = 0) double fighter,
                         @Optional @Bounds(min = 0, max = 1) Double ground,
                         @Optional String source) implements java.io.Serializable {

    /** {@link #ground}, 0 where absent. */
    public double groundWeight() {
        return ground == null ? 0 : ground;
    }
}
