package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.WorldState;
import org.sahelsim.model.observe.RunObserver;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.model.world.Geography;
import org.sahelsim.uncertainty.RunSeries;

/**
 * The studies' series {@code tankers_lost} (the convoys' toll a validation target reads) against
 * the fuel ledger of the same run (the default, coarse grid, seed 1): in every week it is a whole
 * number of tankers, at least those lost on the import roads (the ledger's corridors), the rest
 * lost between Bamako and the regional depots; it counts losses before the blockade and many more
 * in the blockade's weeks.
 */
class TankersLostSeriesTest {

    @Test
    void theSeriesCountsEveryLegsTankersWeekByWeek() {
        Geography map = Mali.coarseMap();
        SahelSim sim = new SahelSim(Mali.coarseScenario().scenario(), map, 1);
        int[] regionOf = new int[map.cellCount()];
        for (int c = 0; c < regionOf.length; c++) regionOf[c] = map.region(c);
        RunSeries.Recorder recorder = new RunSeries.Recorder(map.regionIndex("bamako"), regionOf, map.regions().size(), false);
        List<Double> importLegs = new ArrayList<>();
        sim.addObserver(recorder);
        sim.addObserver(new RunObserver() {
            @Override
            public void week(WeekRecord r, WorldState w) {
                double lost = 0;
                for (int k = 0; k < w.fuel.corridors; k++) lost += w.fuel.tankersLost[k];
                importLegs.add(lost);
            }
        });
        sim.runToEnd();
        RunSeries series = recorder.series();
        double[] tankers = series.series(RunSeries.TANKERS_LOST);
        assertEquals(importLegs.size(), tankers.length);
        double before = 0;
        double during = 0;
        LocalDate blockade = LocalDate.parse("2025-09-08");
        for (int t = 0; t < tankers.length; t++) {
            assertEquals(Math.rint(tankers[t]), tankers[t], 0, "a whole number of tankers in week " + t);
            assertTrue(tankers[t] >= importLegs.get(t), "week " + t + ": " + tankers[t] + " in all, " + importLegs.get(t) + " on the import roads");
            if (series.dates().get(t).isBefore(blockade)) before += tankers[t];
            else during += tankers[t];
        }
        double weeksBefore = series.dates().stream().filter(d -> d.isBefore(blockade)).count();
        assertTrue(before > 0, "ordinary losses before the blockade");
        assertTrue(during / (tankers.length - weeksBefore) > 10 * before / weeksBefore,
                "the blockade's weeks cost far more tankers: " + during + " in " + (tankers.length - weeksBefore) + " weeks against "
                        + before + " in " + weeksBefore);
    }
}
