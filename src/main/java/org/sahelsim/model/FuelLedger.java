package org.sahelsim.model;

/**
 * Fuel stocks and this week's flows, per depot (one per region, at its capital) and per import
 * corridor, in litres. The fuel submodel writes it; recorders read it. Its books balance every
 * week: for each depot, {@code stock − stockBefore = received − shipped − consumed}, and
 * nationally {@code Δ total stock = imported + extraImported − consumed − destroyed}, where
 * destroyed is {@code corridorDestroyed} on the way to Bamako plus {@code destroyedInbound} on
 * the way to the regional depots.
 */
public final class FuelLedger implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public final int depots;
    public final int corridors;
    /** Depot road-node index, per depot (= region index). */
    public final int[] depotNode;
    public final double[] stock;
    public final double[] stockBefore;
    public final double[] received;
    public final double[] shipped;
    public final double[] consumed;
    public final double[] destroyedInbound;
    public final double[] dailyDemand;
    public final double[] price;

    public final boolean[] corridorOpen;
    /**
     * Share of its usual flow an open corridor may carry, per corridor: 1, or less while its
     * origin state restricts its border.
     */
    public final double[] corridorFlow;
    /** Litres that crossed the border this week, per corridor. */
    public final double[] imported;
    /** Litres delivered to Bamako this week, per corridor. */
    public final double[] delivered;
    public final double[] corridorDestroyed;
    public final int[] convoysSent;
    public final int[] convoysHit;
    public final int[] tankersLost;
    /** The cell where a corridor's convoys were last hit this week, or -1. */
    public final int[] hitCell;
    /**
     * One-off deliveries (a foreign convoy, a donation) waiting for the week's fuel step, which
     * adds them to Bamako's receipts and moves them to {@link #extraImported}.
     */
    public double extraImport;
    /** One-off deliveries received in Bamako this week, on top of the corridors' {@link #delivered}. */
    public double extraImported;

    /** Tankers lost and sent in each of the last four weeks, newest first. */
    private final double[] lossHistory = new double[4];
    private final double[] sentHistory = new double[4];

    public FuelLedger(int depots, int corridors) {
        this.depots = depots;
        this.corridors = corridors;
        depotNode = new int[depots];
        stock = new double[depots];
        stockBefore = new double[depots];
        received = new double[depots];
        shipped = new double[depots];
        consumed = new double[depots];
        destroyedInbound = new double[depots];
        dailyDemand = new double[depots];
        price = new double[depots];
        corridorOpen = new boolean[corridors];
        corridorFlow = new double[corridors];
        java.util.Arrays.fill(corridorFlow, 1);
        imported = new double[corridors];
        delivered = new double[corridors];
        corridorDestroyed = new double[corridors];
        convoysSent = new int[corridors];
        convoysHit = new int[corridors];
        tankersLost = new int[corridors];
        hitCell = new int[corridors];
    }

    public double totalStock() {
        double s = 0;
        for (double x : stock) s += x;
        return s;
    }

    /** Stock in days of the depot's normal demand. */
    public double stockDays(int depot) {
        return dailyDemand[depot] > 0 ? stock[depot] / dailyDemand[depot] : 0;
    }

    /** Records the week's tankers lost and sent, for {@link #recentLossShare()}. */
    public void recordLosses(double lost, double sent) {
        System.arraycopy(lossHistory, 0, lossHistory, 1, 3);
        System.arraycopy(sentHistory, 0, sentHistory, 1, 3);
        lossHistory[0] = lost;
        sentHistory[0] = sent;
    }

    /** Tankers destroyed this week on every leg (border to Bamako and Bamako to the regional depots). */
    public double weekTankersLost() {
        return lossHistory[0];
    }

    /** Share of tankers lost over the last four weeks (the junta's reading for its escorts). */
    public double recentLossShare() {
        double lost = 0;
        double sent = 0;
        for (int i = 0; i < 4; i++) {
            lost += lossHistory[i];
            sent += sentHistory[i];
        }
        return sent > 0 ? lost / sent : 0;
    }
}
