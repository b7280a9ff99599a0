package org.sahelsim.model.params;

/**
 * Civilians killed in incidents, and the massacres that turn a district (ODD §7.1, §7.2).
 *
 * @param incidentTail      the exponent α of the incidents' sizes: the chance an incident kills
 *                          at least {@code x} civilians falls as {@code x^−(α−1)}, from one
 *                          civilian up to {@code incidentMax}
 * @param incidentMax       the most civilians one incident kills
 * @param massacre          an incident that kills at least this many civilians is a massacre
 * @param massacreGrievance what a massacre adds to the grievance of its district (its cell and the
 *                          neighbouring cells) against the side that did it, 0–1
 * @param massacreRecruits  fighters who join the perpetrator's insurgent enemy with the most
 *                          support there, per civilian killed in a massacre
 * @param reprisal          reprisal sweeps: after each engagement with an insurgent side, the
 *                          regular side's forces sweep the villages of the cell suspected of
 *                          backing it, killing {@code reprisal × h × s} civilians on average in
 *                          incidents of the same law, with {@code h} their presence-weighted
 *                          {@code civilian_harm} and {@code s} the share of the cell's people
 *                          backing the insurgent; 0 for none
 * @param source            where the numbers come from
 */
public record AtrocityParams(@Bounds(min = 1.05) double incidentTail,
                             @Bounds(min = 1) double incidentMax,
                             @Bounds(min = 1) double massacre,
                             @Bounds(min = 0, max = 1) double massacreGrievance,
                             @Bounds(min = 0) double massacreRecruits,
                             @Bounds(min = 0) double reprisal,
                             @Optional String source) implements java.io.Serializable {
}
