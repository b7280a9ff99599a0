package org.sahelsim.model.params;

/**
 * An armed force at the start of the scenario.
 *
 * @param strength     troops in Mali at the start
 * @param quality      training and equipment, 0–1, scaling its fire in combat
 * @param airPower     multiplier (≥ 1 with aircraft or armed drones) on its fire against an
 *                     enemy that masses for a set battle; 1 for none
 * @param isr          multiplier on its fire in ambush and hit-and-run fighting from
 *                     intelligence, surveillance and reconnaissance (drone data); 1 for none
 * @param engagement   willingness to seek combat, 0–1 (restrictive rules of engagement are low)
 * @param civilianHarm civilians killed per engagement it fights (abuses, indiscriminate fire)
 * @param mobility     share of the gap to its planned deployment it closes in a week, 0–1
 * @param recruitment  recruits a week per 1,000 aggrieved supporters where it is present
 *                     (insurgents), or its regular intake a week as a share of strength (state)
 * @param garrisonShare share of its troops in the garrisons of the places its side holds at the
 *                     start (a foreign force: of its own bases); the rest are in the field
 * @param speedKmWeek  how far its columns travel in a week on operations
 * @param priorities   how it chooses where to deploy
 * @param hinterland   an insurgent group's ground across the border (absent: none; ODD §7.2)
 * @param pastoralHold an insurgent group's hold, by raid and levy, on pastoral ground no enemy
 *                     stands on (absent: none; ODD §7.3)
 * @param governedHold an insurgent group's hold of the ground it governs where no enemy stands: its
 *                     administration of a cell counts as this share of standing presence in the
 *                     contest (absent: 0, its hold is its fighters'; ODD §7.3, "Governing first")
 * @param source       where the numbers come from
 *
 * <p>The upper bounds are validity limits, not estimates: far above any value a source gives
 * (a million troops, ten civilians killed an engagement, ten recruits a week per
 * thousand supporters), and within the range the model's arithmetic has been fuzzed over.
 */
public record ForceParams(@Bounds(min = 0, max = 1e6) double strength,
                          @Bounds(min = 0, max = 1) double quality,
                          @Bounds(min = 1) double airPower,
                          @Bounds(min = 1) double isr,
                          @Bounds(min = 0, max = 1) double engagement,
                          @Bounds(min = 0, max = 10) double civilianHarm,
                          @Bounds(min = 0, max = 1) double mobility,
                          @Bounds(min = 0, max = 10) double recruitment,
                          @Bounds(min = 0, max = 1) double garrisonShare,
                          @Bounds(min = 1) double speedKmWeek,
                          Priorities priorities,
                          @Optional HinterlandParams hinterland,
                          @Optional PastoralHoldParams pastoralHold,
                          @Optional @Bounds(min = 0, max = 1) Double governedHold,
                          @Optional String source) implements java.io.Serializable {

    /** {@link #governedHold}, 0 (no governed hold) where absent. */
    public double governedHoldOrNone() {
        return governedHold == null ? 0 : governedHold;
    }
}
