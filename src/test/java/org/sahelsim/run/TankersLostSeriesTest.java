package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sahelsim.uncertainty.RunSeries;

/**
 * The studies' series {@code tankers_lost} (the convoys' toll a validation target reads) against
 * the fuel ledger of the same run (the default, coarse grid, seed 1: {@link CoarseSeriesRun}): in every week it is a whole
 * number of tankers, at least those lost on the import roads (the ledger's corridors), the rest
 * lost between Bamako and the regional depots; it counts losses before the blockade and many more
 * in the blockade's weeks.
 */
class TankersLostSeriesTest {

    @Test
    void theSeriesCountsEveryLegsTankersWeekByWeek() {
        CoarseSeriesRun run = CoarseSeriesRun.get();
        RunSeries series = run.series();
        List<Double> importLegs = run.importTankersLost();
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
