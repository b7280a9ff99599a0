package org.sahelsim.model.params;

/**
 * Leaders killed (ODD §7.9): strikes from the air on the insurgent groups' leaders.
 *
 * @param strikeRate the chance a month that an insurgent group at war with the state loses its
 *                   leader, per unit of the state's air power above 1 (France's aircraft while
 *                   present, the state's own drones later)
 * @param months     the months a group that has lost its leader launches no operations of its own
 *                   (its planning set back while a successor takes hold)
 * @param splitChance the chance that a leader's death splits the group: a rival contests the
 *                   succession and leaves with his men
 * @param splitShare the share of the group's fighters who leave with the rival, and of the men its
 *                   ground gives it from then on (the rival's communities no longer send theirs)
 * @param source     where the numbers come from
 */
public record LeaderParams(@Bounds(min = 0, max = 1) double strikeRate,
                           @Bounds(min = 0) int months,
                           @Bounds(min = 0, max = 1) double splitChance,
                           @Bounds(min = 0, max = 0.9) double splitShare,
                           @Optional String source) implements java.io.Serializable {
}
