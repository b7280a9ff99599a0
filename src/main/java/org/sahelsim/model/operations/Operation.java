package org.sahelsim.model.operations;

import org.sahelsim.model.Force;

/**
 * An operation under way: a side's troops, by force, taken out of the field and sent against (or
 * into) a place. A column travels until its arrival week, is ambushed or struck from the air on
 * the way, and acts when it arrives; a siege then stays until the place falls, is relieved or the
 * siege is lifted. Its troops count toward their forces' strength until they return to the field,
 * join a garrison, or are lost.
 */
public final class Operation implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    public final OperationKind kind;
    /** The side carrying it out (a {@link org.sahelsim.model.Side} ordinal). */
    public final int side;
    /** The target place. */
    public final int place;
    /** Troops by force ordinal. */
    public final double[] troops = new double[Force.COUNT];
    /** The week the column arrives at its target. */
    public final long arrives;
    /** The week it was launched. */
    public final long launched;
    /** The cells the column crosses on its way, in order; {@code route[i]} is reached in week {@code launched + 1 + i × weeks / route.length}. */
    public final int[] route;
    /** The cell it set out from. */
    public final int origin;
    /** Whether it has arrived (a siege stays after arriving). */
    public boolean arrived;
    /** Whether it is over (its troops have gone home, joined a garrison or been lost). */
    public boolean done;
    /** Why it was chosen, in numbers, for the log: in words once read or saved ({@link #reason()}). */
    private String reason;
    /** The reason as given, until it is put in words. */
    private transient CharSequence why;

    public Operation(OperationKind kind, int side, int place, long launched, long arrives, int origin, int[] route, CharSequence reason) {
        this.kind = kind;
        this.side = side;
        this.place = place;
        this.launched = launched;
        this.arrives = arrives;
        this.origin = origin;
        this.route = route.clone();
        this.why = reason;
    }

    /** Why it was chosen, in numbers. */
    public String reason() {
        if (reason == null && why != null) {
            reason = why.toString();
            why = null;
        }
        return reason;
    }

    /** Saved with its reason in words: the same bytes as an operation whose reason was put in words when launched. */
    private Object writeReplace() {
        reason();
        return this;
    }

    /** All its troops. */
    public double total() {
        double s = 0;
        for (double t : troops) s += t;
        return s;
    }

    /** Kills {@code losses} of its troops in proportion to each force's share, recording them; returns how many. */
    public double lose(double losses, org.sahelsim.model.TroopLedger ledger) {
        double total = total();
        if (total <= 0 || losses <= 0) return 0;
        double k = Math.max(0, 1 - losses / total);
        for (int f = 0; f < troops.length; f++) {
            ledger.killed[f] += troops[f] * (1 - k);
            troops[f] *= k;
        }
        return total - total();
    }
}
