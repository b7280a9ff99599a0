package org.sahelsim.model;

import java.util.List;

/**
 * A state offensive under way: a share of FAMa's and the Russian forces' planned deployment
 * moved into one region until a given week. Started by a scenario event, committed by the state's
 * forces when they plan, ended by the monthly decisions when its time is up.
 */
public final class Offensive implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private int region = -1;
    private double share;
    private long until = -1;

    /** Starts an offensive: {@code share} of FAMa's and Russian strength goes to the region for {@code weeks}. */
    public void start(int region, double share, long now, int weeks) {
        this.region = region;
        this.share = share;
        this.until = now + weeks;
    }

    /** Whether an offensive is under way in week {@code tick}. */
    public boolean under(long tick) {
        return region >= 0 && tick <= until;
    }

    /** Ends the offensive once its weeks are over, logging it. */
    public void endIfOver(WorldState w, Week week) {
        if (region >= 0 && week.tick() > until) {
            var r = w.geo.regions().get(region);
            week.log("offensive", r.id(), List.of("state"), "The state's offensive in " + r.name() + " ends");
            region = -1;
        }
    }

    /** Moves the offensive's share of a force's planned deployment into its region, weighted by insurgent presence. */
    public void commit(WorldState w, Force force, long tick) {
        if (!under(tick)) return;
        int f = force.ordinal();
        double[] plan = w.plannedPresence[f];
        double total = 0;
        for (double x : plan) total += x;
        double committed = share * total;
        double weight = 0;
        double[] enemy = new double[w.cells];
        for (int c = 0; c < w.cells; c++) {
            if (w.geo.region(c) != region || !w.stateMayOperate[c]) continue;
            double e = 1e-3;
            for (int g = 0; g < Force.COUNT; g++) if (Force.of(g).side().insurgent()) e += w.presence[g][c];
            enemy[c] = e;
            weight += e;
        }
        if (weight <= 0) return;
        for (int c = 0; c < w.cells; c++) plan[c] = plan[c] * (1 - share) + committed * enemy[c] / weight;
    }
}
