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

    /**
     * Share of its capacity each corridor's importers dispatched this week (1 unless they hold
     * tankers at the border for the road's danger, {@code fuel.half_dispatch_loss}).
     */
    public final double[] dispatch;
    /**
     * Per corridor, tankers lost on its road to Bamako in each of the last four weeks, as if
     * unescorted (the week's losses over the share of the danger an escort left), and tankers
     * sent: newest first.
     */
    private final double[][] roadLost;
    private final double[][] roadSent;

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
        dispatch = new double[corridors];
        java.util.Arrays.fill(dispatch, 1);
        roadLost = new double[corridors][4];
        roadSent = new double[corridors][4];
    }

    /**
     * Records a week on corridor {@code k}'s road: {@code lost} of {@code sent} tankers lost with
     * {@code escortFactor} of the road's danger left by the escort (1 unescorted). Call once a
     * week for every corridor, 0 of 0 where none went.
     */
    public void recordRoad(int k, double lost, double sent, double escortFactor) {
        System.arraycopy(roadLost[k], 0, roadLost[k], 1, 3);
        System.arraycopy(roadSent[k], 0, roadSent[k], 1, 3);
        roadLost[k][0] = lost / Math.max(0.05, escortFactor);
        roadSent[k][0] = sent;
    }

    /**
     * Share of the tankers sent on corridor {@code k}'s road over the last four weeks that it
     * lost, as if unescorted (at most 1): the road's danger as its importers and drivers see it.
     */
    public double roadLossShare(int k) {
        double lost = 0;
        double sent = 0;
        for (int i = 0; i < 4; i++) {
            lost += roadLost[k][i];
            sent += roadSent[k][i];
        }
        return sent > 0 ? Math.min(1, lost / sent) : 0;
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
