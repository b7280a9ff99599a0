package org.sahelsim.model;

import java.util.List;
import org.sahelsim.model.observe.Words;
import org.sahelsim.model.params.RelationParams;
import org.sahelsim.model.params.RelationParams.Status;

/**
 * Who fights whom: each pair of sides is at war, under a truce, or allied. The world's
 * {@link WorldState#hostile} matrix is this state read for combat; this class is its only writer.
 * A truce breaks when one side storms a place the other holds or moves into its home ground (the
 * operations layer calls {@link #breakTruce}) or when a side's strategy decides it no longer
 * pays; talks with a new junta make one; the armed groups' strategies make and end truces and
 * alliances among themselves and with the state.
 */
public final class Relations implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final Status[][] status = new Status[Side.COUNT][Side.COUNT];
    /** Regions each side counts as its home ground: {@code ground[side][region]}. */
    private final boolean[][] ground;
    private double truceWorth;
    private double guaranteeWorth;
    private int[] guarantors = new int[0];

    Relations(int regions) {
        for (Status[] row : status) java.util.Arrays.fill(row, Status.WAR);
        ground = new boolean[Side.COUNT][regions];
    }

    /** Sets the start's relations and home grounds, and the hostile matrix from them. */
    void start(WorldState w, RelationParams p) {
        truceWorth = p.truceWorth();
        guaranteeWorth = p.guaranteeWorth();
        guarantors = p.guarantors().stream().mapToInt(k -> Force.byKey(k).ordinal()).toArray();
        for (var r : p.start()) {
            int a = side(r.sides().get(0)).ordinal();
            int b = side(r.sides().get(1)).ordinal();
            set(w, a, b, r.status());
        }
        for (var e : p.grounds().entrySet()) {
            int s = side(e.getKey()).ordinal();
            for (String id : e.getValue()) {
                int r = w.geo.regionIndex(id);
                if (r < 0) throw new IllegalArgumentException("relations.grounds." + e.getKey() + ": '" + id + "' is not a region id");
                ground[s][r] = true;
            }
        }
    }

    /** The relation between two sides. */
    public Status between(Side a, Side b) {
        return a == b ? Status.ALLIANCE : status[a.ordinal()][b.ordinal()];
    }

    /** Whether {@code region} is {@code side}'s home ground. */
    public boolean homeGround(Side side, int region) {
        return ground[side.ordinal()][region];
    }

    /**
     * What breaking a truce costs a side now, troop-equivalents: the truce's own worth plus its
     * guarantors' weight while they are in the country.
     */
    public double truceCost(WorldState w) {
        double troops = 0;
        for (int f : guarantors) troops += w.strength[f];
        return truceWorth + guaranteeWorth * troops / 1000;
    }

    /** Ends a truce: the two sides are at war from now on. Logs the decision and why (a dated event, {@code why} null: not here). */
    public void breakTruce(WorldState w, Side breaker, Side other, Week week, CharSequence why) {
        if (between(breaker, other) != Status.TRUCE) return;
        set(w, breaker.ordinal(), other.ordinal(), Status.WAR);
        if (why != null) week.log("decision", "", List.of(breaker.key(), other.key()), Words.of(
                "%s breaks its truce with %s: %s", breaker.label(), other.label(), why));
    }

    /** Whether force {@code f} is one of the truces' guarantors. */
    public boolean guarantor(Force f) {
        for (int g : guarantors) if (g == f.ordinal()) return true;
        return false;
    }

    /** An alliance between two sides (they cooperate: they do not fight or take each other's places), logged with why. */
    public void ally(WorldState w, Side a, Side b, Week week, String why) {
        set(w, a.ordinal(), b.ordinal(), Status.ALLIANCE);
        week.log("decision", "", List.of(a.key(), b.key()), why);
    }

    /** Ends an alliance: the two sides are at war from now on. Logs the decision and why. */
    public void endAlliance(WorldState w, Side leaver, Side other, Week week, String why) {
        if (between(leaver, other) != Status.ALLIANCE) return;
        set(w, leaver.ordinal(), other.ordinal(), Status.WAR);
        week.log("decision", "", List.of(leaver.key(), other.key()), why);
    }

    /** A truce between two sides (talks), logged with why. */
    public void makeTruce(WorldState w, Side a, Side b, Week week, String why) {
        set(w, a.ordinal(), b.ordinal(), Status.TRUCE);
        if (week != null && why != null) week.log("decision", "", List.of(a.key(), b.key()), why);
    }

    private void set(WorldState w, int a, int b, Status s) {
        status[a][b] = s;
        status[b][a] = s;
        boolean hostile = s == Status.WAR;
        w.hostile[a][b] = hostile;
        w.hostile[b][a] = hostile;
    }

    private static Side side(String key) {
        for (Side s : Side.values()) if (s.key().equals(key)) return s;
        throw new IllegalArgumentException("not a side: " + key);
    }
}
