package org.sahelsim.classic.epstein;

import java.util.ArrayList;
import java.util.List;

/**
 * The outbursts of a run, as the paper measures them (its Figs. 5 and 7): a run is in an
 * outburst while more than {@code threshold} citizens are active (the paper's 50). An outburst
 * starts at the first tick above the threshold and ends at the first later tick at or below it;
 * its <i>activation</i> is the sum of the actives over its ticks; the <i>wait</i> before an
 * outburst is the number of ticks from the end of the one before to its start (the run's start
 * is not an outburst, so the first outburst has no wait). An outburst still going at the last
 * tick is {@link #unfinished()}: it counts for the peak, not for activations or waits.
 *
 * @param threshold  actives above which the run is in an outburst
 * @param finished   the outbursts that ended, in order
 * @param unfinished whether the run ends inside an outburst
 * @param peak       the most actives at any tick
 */
public record Outbursts(int threshold, List<Outburst> finished, boolean unfinished, int peak) {

    /**
     * One outburst.
     *
     * @param start      its first tick above the threshold
     * @param end        the first tick after it at or below the threshold
     * @param peak       the most actives during it
     * @param activation the sum of the actives over its ticks
     */
    public record Outburst(int start, int end, int peak, long activation) {
        public int length() {
            return end - start;
        }
    }

    public Outbursts {
        finished = List.copyOf(finished);
    }

    /** The outbursts in a run's census. */
    public static Outbursts of(List<Census> history, int threshold) {
        int[] active = new int[history.size()];
        for (int i = 0; i < active.length; i++) active[i] = history.get(i).active();
        return of(active, threshold);
    }

    /** The outbursts in a series of actives, one value per tick from tick 0. */
    public static Outbursts of(int[] active, int threshold) {
        List<Outburst> out = new ArrayList<>();
        int peak = 0;
        int start = -1;
        int top = 0;
        long sum = 0;
        for (int t = 0; t < active.length; t++) {
            int a = active[t];
            peak = Math.max(peak, a);
            if (a > threshold) {
                if (start < 0) {
                    start = t;
                    top = 0;
                    sum = 0;
                }
                top = Math.max(top, a);
                sum += a;
            } else if (start >= 0) {
                out.add(new Outburst(start, t, top, sum));
                start = -1;
            }
        }
        return new Outbursts(threshold, out, start >= 0, peak);
    }

    /** How many outbursts ended. */
    public int count() {
        return finished.size();
    }

    /** The waits between consecutive outbursts, in ticks. */
    public int[] waits() {
        int[] w = new int[Math.max(0, finished.size() - 1)];
        for (int i = 1; i < finished.size(); i++) w[i - 1] = finished.get(i).start() - finished.get(i - 1).end();
        return w;
    }

    /** The activation of each finished outburst. */
    public long[] activations() {
        return finished.stream().mapToLong(Outburst::activation).toArray();
    }
}
