package org.sahelsim.uncertainty;

/**
 * The seed of each run of a study, derived from the study's master seed and the run's index, so
 * that every run has its own random stream whatever shard or thread runs it. The mix is
 * SplitMix64's finaliser (Steele, Lea and Flood 2014), which spreads neighbouring inputs over the
 * whole range; the result is kept to 31 bits, all of which the model's generator uses.
 */
public final class Seeds {
    private Seeds() {
    }

    /** The seed of run {@code index} of a study with master seed {@code master}. */
    public static long of(long master, long index) {
        long z = master + (index + 1) * 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z = z ^ (z >>> 31);
        return z >>> 33;
    }
}
