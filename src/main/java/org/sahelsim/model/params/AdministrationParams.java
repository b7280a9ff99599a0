package org.sahelsim.model.params;

/**
 * Administration per cell and side: the courts, tax (zakat), local pacts, mediation and
 * officials through which a side governs a cell, a stock that counts in the cell contest
 * independently of how many fighters stand there (Kilcullen's third source of control).
 *
 * @param weight      weight of a side's administration in its influence over a cell (as
 *                    {@code control.coercion} weighs armed presence)
 * @param buildWeeks  weeks an unopposed side with full presence takes to close the gap to full
 *                    administration by a factor e
 * @param contestWeeks weeks in which a hostile side at full coercive presence cuts an
 *                    administration by a factor e (officials flee, courts close)
 * @param lapseWeeks  weeks in which an administration its side no longer backs (no armed
 *                    presence, no control, no support) fades by a factor e
 * @param peoplePerKm2 people per km² at which a cell's administration counts fully in the contest;
 *                    below it, in proportion (there are fewer people to judge, tax and
 *                    reconcile, and the empty desert is held by arms, not courts)
 * @param source      where the numbers come from
 */
public record AdministrationParams(@Bounds(min = 0) double weight,
                                   @Bounds(min = 1) double buildWeeks,
                                   @Bounds(min = 1) double contestWeeks,
                                   @Bounds(min = 1) double lapseWeeks,
                                   @Bounds(min = 0) double peoplePerKm2,
                                   @Optional String source) implements java.io.Serializable {
}
