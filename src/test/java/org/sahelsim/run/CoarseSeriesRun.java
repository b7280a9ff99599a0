package org.sahelsim.run;

import java.util.ArrayList;
import java.util.List;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;
import org.sahelsim.uncertainty.RunSeries;

/**
 * One run of the default scenario on the coarse grid (seed 1), made once for the tests of the
 * studies' series: the series as the studies record them, and beside them, week by week, what the
 * world itself says (every side's civilian fatalities, the tankers lost on the import roads by the
 * fuel ledger) and the run's event log, so a series can be checked against its own sources.
 */
record CoarseSeriesRun(RunSeries series, List<Double> civilianFatalities, List<Double> importTankersLost, List<LoggedEvent> events) {

    static CoarseSeriesRun get() {
        return Holder.RUN;
    }

    private static final class Holder {
        static final CoarseSeriesRun RUN = run();
    }

    private static CoarseSeriesRun run() {
        Geography map = Mali.coarseMap();
        SahelSim sim = new SahelSim(Mali.coarseScenario().scenario(), map, 1);
        int[] regionOf = new int[map.cellCount()];
        for (int c = 0; c < regionOf.length; c++) regionOf[c] = map.region(c);
        RunSeries.Recorder recorder = new RunSeries.Recorder(map.regionIndex("bamako"), regionOf, map.regions().size(), false);
        List<Double> everySide = new ArrayList<>();
        List<Double> importLegs = new ArrayList<>();
        sim.addObserver(recorder);
        sim.addObserver(new RunObserver() {
            @Override
            public void week(WeekRecord r, WorldState w) {
                everySide.add(r.civilianFatalities());
                double lost = 0;
                for (int k = 0; k < w.fuel.corridors; k++) lost += w.fuel.tankersLost[k];
                importLegs.add(lost);
            }
        });
        sim.runToEnd();
        return new CoarseSeriesRun(recorder.series(), List.copyOf(everySide), List.copyOf(importLegs), List.copyOf(sim.eventLog().events()));
    }
}
