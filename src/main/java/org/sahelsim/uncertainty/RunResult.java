package org.sahelsim.uncertainty;

/**
 * What a study keeps of one of its runs: its index in the study, its seed, its {@link Outcome}s,
 * the numbers of the targets it is calibrated against (if any), and its weekly series (if the
 * study keeps them). Every number is rounded as the study's files write it, so a result read back
 * from a shard's files equals the one made in memory.
 *
 * @param index   the run's place in the study, from 0
 * @param seed    the run's seed
 * @param outcomes one value per {@link Outcome}, in declaration order
 * @param targets  one value per calibration target of the study, in file order (empty if none)
 * @param series   the weekly series, or null when the study does not keep them
 */
public record RunResult(int index, long seed, double[] outcomes, double[] targets, RunSeries series) {

    /** The value of an outcome. */
    public double outcome(Outcome o) {
        return outcomes[o.ordinal()];
    }
}
