package org.sahelsim.model.submodels;

import java.util.Arrays;
import org.sahelsim.model.Calendar;
import org.sahelsim.model.Week;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.Observers;
import org.sahelsim.model.observe.WeekRecord;

/**
 * Observation (ODD §3, last step): summarises the week (shares of territory and people nationally
 * and per region, fuel, violence, forces, the junta), hands it to the observers, then clears the
 * week's tallies.
 */
public final class Observation extends Submodel {
    private static final long serialVersionUID = 1L;

    private final Observers observers;
    private final double dominance;
    private final double ungovernedBelow;
    private final Calendar calendar;
    /** Each cell's standing this week ({@link Control#standingOf}); scratch. */
    private transient byte[] standing;

    /** @param ungovernedBelow the sides' total share under which a cell no side dominates is ungoverned */
    public Observation(Observers observers, Calendar calendar, double dominance, double ungovernedBelow) {
        this.observers = observers;
        this.calendar = calendar;
        this.dominance = dominance;
        this.ungovernedBelow = ungovernedBelow;
    }

    @Override
    public void step(WorldState w, Week week) {
        int regions = w.geo.regions().size();
        if (standing == null || standing.length != w.cells) standing = new byte[w.cells];
        double[][] all = Control.allShares(w, dominance, ungovernedBelow, standing);
        double[][] rt = new double[regions][];
        double[][] rp = new double[regions][];
        for (int r = 0; r < regions; r++) {
            rt[r] = all[2 + 2 * r];
            rp[r] = all[3 + 2 * r];
        }
        WeekRecord rec = new WeekRecord(
                (int) week.tick(), calendar.date(week.tick()),
                all[0], all[1], rt, rp,
                w.bamakoPrice, w.bamakoStockDays, w.weekViolentEvents, w.weekFatalities, w.weekCivilianFatalities,
                w.strength.clone(), w.cohesion, w.treasuryUsd, Attitudes.meanGrievance(w), w.legitimacy,
                w.regionEvents.clone(), w.regionFatalities.clone());
        observers.week(rec, w);
        w.weekViolentEvents = 0;
        w.weekFatalities = 0;
        w.weekCivilianFatalities = 0;
        Arrays.fill(w.weekCiviliansKilledBy, 0);
        Arrays.fill(w.violence, 0);
        Arrays.fill(w.regionEvents, 0);
        Arrays.fill(w.regionFatalities, 0);
        for (int f = 0; f < org.sahelsim.model.Force.COUNT; f++) w.killedSinceDecisions[f] += w.troops.killed[f];
        w.troops.clear();
    }
}
