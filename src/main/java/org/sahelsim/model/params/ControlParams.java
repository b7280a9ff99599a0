package org.sahelsim.model.params;

/**
 * Competitive control per cell: coercion (armed presence), persuasion (support) and
 * administration (governance), spreading to neighbouring cells and along roads.
 *
 * @param troopsPerKm2       the state side's armed presence per km² that gives it full coercive weight in a cell
 * @param insurgentTroopsPerKm2 the same for an insurgent group, which controls by intimidation and
 *                           local networks rather than by holding ground, and so needs fewer fighters
 * @param coercion           weight of armed presence in a side's influence
 * @param persuasion         weight of support in a side's influence
 * @param spread             weight of the side's control in neighbouring cells
 * @param roadSpread         extra spread weight along roads
 * @param contestedWeight    the influence nobody exerts: the denominator's constant in the contest
 *                           (Tullock) share, so weak influence leaves a cell contested
 * @param adjustRate         share of the gap to the influence-implied control closed each week
 * @param dominance          share of a cell a side must hold to dominate it
 * @param initialVariation   how far each cell's initial shares vary around its region's
 * @param reachPeoplePerKm2  people per km² at which support and the spread of neighbours' control
 *                           reach a cell fully; in an emptier cell they reach it in proportion to its
 *                           people, so empty ground is held only by arms, places and administration
 * @param holdWeeks          weeks of standing armed presence after which a side's forces count fully
 *                           toward its own hold of a cell: a column passing through contests the cell
 *                           at once but takes it only by staying
 * @param settleWeeks        weeks of the cell contest and administration run with the forces where
 *                           they start, before the first week, so the run starts from the balance
 *                           of the seeded ground rather than drifting to it in its first year
 * @param ungovernedBelow    a cell no side dominates is ungoverned, not contested, when the sides'
 *                           shares of it together come to less than this
 * @param ruralHold          the share of its usual density ({@code insurgentTroopsPerKm2}) at which an
 *                           insurgent group's fighters give it full coercive weight in an empty cell of its
 *                           own home ground ({@code relations.grounds}): fighters who know the country hold
 *                           it thinly where nobody lives; the share rises to 1 with the cell's people, as
 *                           {@code reachPeoplePerKm2} reaches it ({@code f + (1 − f) × reach}). Absent: 1,
 *                           no rural hold
 * @param source             where the numbers come from
 */
public record ControlParams(@Bounds(min = 0) double troopsPerKm2,
                            @Bounds(min = 0) double insurgentTroopsPerKm2,
                            @Bounds(min = 0) double coercion,
                            @Bounds(min = 0) double persuasion,
                            @Bounds(min = 0) double spread,
                            @Bounds(min = 0) double roadSpread,
                            @Bounds(min = 0) double contestedWeight,
                            @Bounds(min = 0, max = 1) double adjustRate,
                            @Bounds(min = 0, max = 1) double dominance,
                            @Bounds(min = 0, max = 0.9) double initialVariation,
                            @Bounds(min = 0) double reachPeoplePerKm2,
                            @Bounds(min = 1) double holdWeeks,
                            @Bounds(min = 0, max = 520) int settleWeeks,
                            @Bounds(min = 0, max = 1) double ungovernedBelow,
                            @Optional @Bounds(min = 0.01, max = 1) Double ruralHold,
                            @Optional String source) implements java.io.Serializable {
    /** {@link #ruralHold}, 1 (no rural hold) where absent. */
    public double ruralHoldOrNone() {
        return ruralHold == null ? 1 : ruralHold;
    }
}
