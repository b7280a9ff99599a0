package org.sahelsim.model;

import java.util.Arrays;

/**
 * The armed groups' standing campaigns, as their strategies set them (ODD §7.11): where a group
 * concentrates its fighters (IS Sahel's drive into a region no one defends, the separatists'
 * stand at their own towns) and whether IS Sahel wages a terror campaign on the people who side
 * with its rivals. This class is their only writer; the group's armed actor reads its focus each
 * month when it places its fighters ({@link #concentrate}) and its terror when it acts
 * ({@link #terrorise}).
 */
public final class Campaigns implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    /** The cells each force concentrates on, or null: {@code focus[force][cell]}. */
    private final boolean[][] focus = new boolean[Force.COUNT][];
    /** The share of its field fighters each force sends to its focus. */
    private final double[] share = new double[Force.COUNT];
    /** The region each force drives into, or -1. */
    private final int[] drive = new int[Force.COUNT];
    /** The tick each force's concentration began. */
    private final long[] focusSince = new long[Force.COUNT];
    /** The tick each force's terror campaign began, or -1 when it wages none. */
    private final long[] terrorSince = new long[Force.COUNT];
    /** The factor on each force's civilian harm while its terror campaign lasts. */
    private final double[] terrorHarm = new double[Force.COUNT];
    /** The share of its rivals' support a terror campaign cows each month where the force's fighters are. */
    private final double[] terrorCow = new double[Force.COUNT];

    public Campaigns() {
        Arrays.fill(drive, -1);
        Arrays.fill(terrorSince, -1);
    }

    /** Sends {@code share} of {@code force}'s field fighters to {@code cells} from next month on; {@code region} is its drive (-1: a stand). */
    public void focus(Force force, boolean[] cells, double share, int region, long tick) {
        int f = force.ordinal();
        focusSince[f] = tick;
        focus[f] = cells.clone();
        this.share[f] = share;
        drive[f] = region;
    }

    /** Ends {@code force}'s concentration: its fighters follow their ordinary priorities again. */
    public void disperse(Force force) {
        int f = force.ordinal();
        focus[f] = null;
        share[f] = 0;
        drive[f] = -1;
    }

    /** Whether {@code force} concentrates on a focus (a drive or a stand). */
    public boolean focused(Force force) {
        return focus[force.ordinal()] != null;
    }

    /** Whether {@code force} concentrates on a focus it chose before {@code tick} (one it may now reconsider). */
    public boolean focusedBefore(Force force, long tick) {
        return focused(force) && focusSince[force.ordinal()] < tick;
    }

    /** The region {@code force} drives into, or -1. */
    public int drive(Force force) {
        return drive[force.ordinal()];
    }

    /**
     * Moves {@code share} of the force's planned field presence onto its focus cells, each in
     * proportion to its people and area alike (one half each), so a drive spreads over the region
     * and a stand weighs the towns.
     */
    public void concentrate(WorldState w, Force force) {
        int f = force.ordinal();
        boolean[] cells = focus[f];
        if (cells == null) return;
        double[] plan = w.plannedPresence[f];
        double total = 0;
        for (double x : plan) total += x;
        double area = 0;
        double people = 0;
        for (int c = 0; c < w.cells; c++) {
            if (!cells[c]) continue;
            area += w.geo.areaKm2(c);
            people += w.geo.population(c);
        }
        if (total <= 0 || area <= 0) return;
        double k = share[f];
        for (int c = 0; c < w.cells; c++) {
            double weight = cells[c] ? 0.5 * w.geo.areaKm2(c) / area + (people > 0 ? 0.5 * w.geo.population(c) / people : 0.5 * w.geo.areaKm2(c) / area) : 0;
            plan[c] = plan[c] * (1 - k) + k * total * weight;
        }
    }

    /** Starts {@code force}'s terror campaign: its civilian harm is multiplied by {@code harm}; each month it cows {@code cow} of its rivals' support where its fighters are. */
    public void startTerror(WorldState w, Force force, double harm, double cow, long tick) {
        int f = force.ordinal();
        if (terrorSince[f] >= 0) return;
        terrorSince[f] = tick;
        terrorHarm[f] = harm;
        terrorCow[f] = cow;
        w.civilianHarm[f] *= harm;
    }

    /** Ends {@code force}'s terror campaign: its civilian harm returns to what it was. */
    public void endTerror(WorldState w, Force force) {
        int f = force.ordinal();
        if (terrorSince[f] < 0) return;
        w.civilianHarm[f] /= terrorHarm[f];
        terrorSince[f] = -1;
        terrorHarm[f] = 0;
        terrorCow[f] = 0;
    }

    /** The tick {@code force}'s terror campaign began, or -1 when it wages none. */
    public long terrorSince(Force force) {
        return terrorSince[force.ordinal()];
    }

    /**
     * A month of {@code force}'s terror: where its fighters are present (at {@code troopsPerKm2}
     * or more, or in proportion below), the people who support a side it is at war with are cowed,
     * {@code cow} of that support becoming neutral. The killings themselves are its raised civilian
     * harm in combat, which turns grievance against it.
     */
    public void terrorise(WorldState w, Force force, double troopsPerKm2) {
        int f = force.ordinal();
        if (terrorSince[f] < 0) return;
        int own = force.side().ordinal();
        for (int c = 0; c < w.cells; c++) {
            double here = Math.min(1, w.presence[f][c] / (troopsPerKm2 * w.geo.areaKm2(c)));
            if (here <= 0) continue;
            for (int s = 0; s < Side.COUNT; s++) {
                if (s != own && w.hostile[own][s]) w.support[s][c] *= 1 - terrorCow[f] * here;
            }
        }
    }
}
