package org.sahelsim.model.params;

/**
 * Combat: how often hostile forces meet and how they bleed.
 *
 * @param contactRate        engagements a week per unit of {@code P_a × P_b / area} (troops,
 *                           troops, km²): a mass-action rate on densities, independent of the grid
 * @param lanchesterFire     fire effectiveness per troop per day in a set battle (aimed fire,
 *                           Lanchester's square law), before quality and air power
 * @param deitchmanAreaFire  the regular side's area-fire coefficient against hidden guerrillas
 *                           (per troop per guerrilla per day), before ISR
 * @param deitchmanAimedFire the guerrillas' aimed fire from ambush per troop per day
 * @param battleDays         how long a set battle lasts before one side breaks off
 * @param ambushDays         how long an ambush or raid lasts
 * @param committedShare     share of the local presence committed to one engagement
 * @param massingThreshold   insurgents give set battle only where the square law would leave
 *                           them at least this share of the state's surviving strength
 *                           ratio; otherwise they ambush
 * @param terrainCover       multiplier ≤ 1 on fire against guerrillas in the Adrar des Ifoghas
 *                           and the inner Niger delta
 * @param engagedPresence     how many times its engagement (capped at all of them) a side's troops in a
 *                           cell that count as present for a fight: a force with engagement 0.25 or
 *                           more brings everyone at 4, a restrictive one only some
 * @param exchangeClamp       the exchange ratio an insurgent weighs is held within [1/clamp, clamp]
 * @param maxWeeklyLoss       the largest share of a side's troops in a cell that a week's fighting can kill
 * @param insurgentInitiative how much more often insurgents attack when the exchange favours
 *                           them (elasticity of their attack rate to the exchange ratio)
 * @param evadeRatio         insurgents disperse and avoid battle where the regular side's fire in a
 *                           cell is at least this many times theirs (square law: troops² × quality)
 * @param evadedContact      the share of the usual engagements that still happen where insurgents
 *                           disperse: they are found less often, lose less and hold their ground
 * @param source             where the numbers come from
 */
public record CombatParams(@Bounds(min = 0, max = 1) double contactRate,
                           @Bounds(min = 0) double lanchesterFire,
                           @Bounds(min = 0) double deitchmanAreaFire,
                           @Bounds(min = 0) double deitchmanAimedFire,
                           @Bounds(min = 0) double battleDays,
                           @Bounds(min = 0) double ambushDays,
                           @Bounds(min = 0, max = 1) double committedShare,
                           @Bounds(min = 0) double massingThreshold,
                           @Bounds(min = 0, max = 1) double terrainCover,
                           @Bounds(min = 0) double engagedPresence,
                           @Bounds(min = 1) double exchangeClamp,
                           @Bounds(min = 0, max = 1) double maxWeeklyLoss,
                           @Bounds(min = 0) double insurgentInitiative,
                           @Bounds(min = 1) double evadeRatio,
                           @Bounds(min = 0, max = 1) double evadedContact,
                           @Optional String source) implements java.io.Serializable {
}
