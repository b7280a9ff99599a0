package org.sahelsim.model;

/**
 * Where each force's troops came from and went this week, so that strength is conserved and
 * checkable: {@code strength now − strength a week ago = arrived + recruited − departed − killed − lost}.
 * Killed: in combat, assaults, raids, ambushes and air strikes. Lost: captured, deserted or
 * surrendered (a fallen or starved garrison). Every writer of troops records here; the
 * observation clears it after each week.
 */
public final class TroopLedger implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public final double[] arrived = new double[Force.COUNT];
    public final double[] departed = new double[Force.COUNT];
    public final double[] recruited = new double[Force.COUNT];
    public final double[] killed = new double[Force.COUNT];
    public final double[] lost = new double[Force.COUNT];

    /** Clears the week's tallies. */
    public void clear() {
        java.util.Arrays.fill(arrived, 0);
        java.util.Arrays.fill(departed, 0);
        java.util.Arrays.fill(recruited, 0);
        java.util.Arrays.fill(killed, 0);
        java.util.Arrays.fill(lost, 0);
    }

    /** The week's net change the ledger accounts for, for force {@code f}. */
    public double net(int f) {
        return arrived[f] + recruited[f] - departed[f] - killed[f] - lost[f];
    }
}
