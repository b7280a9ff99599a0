package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sahelsim.model.Side;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.uncertainty.RunSeries;

/**
 * The studies' series {@code civilian_fatalities_state} (the civilians the state's side killed, what
 * the target on ACLED's count of civilians killed in incidents involving the army and Wagner reads)
 * against the incidents of the same run (the default, coarse grid, seed 1: {@link CoarseSeriesRun}): each week it is the sum
 * of the dead of the incidents the state's forces caused, a whole number, no more than the week's
 * civilian fatalities of every side, and over the run some, but not all, of them.
 */
class StateCiviliansKilledSeriesTest {

    @Test
    void theSeriesCountsTheStatesIncidentsWeekByWeek() {
        CoarseSeriesRun run = CoarseSeriesRun.get();
        List<Double> everySide = run.civilianFatalities();
        Map<LocalDate, Double> logged = new HashMap<>();
        for (LoggedEvent e : run.events())
            if ((e.type().equals("civilians_killed") || e.type().equals("massacre")) && e.actors().equals(List.of(Side.STATE.key())))
                logged.merge(e.date(), e.killed(), Double::sum);
        RunSeries series = run.series();
        double[] state = series.series(RunSeries.CIVILIANS_KILLED_STATE);
        assertEquals(everySide.size(), state.length);
        double sum = 0;
        double all = 0;
        for (int t = 0; t < state.length; t++) {
            assertEquals(Math.rint(state[t]), state[t], 0, "a whole number of civilians in week " + t);
            assertEquals(logged.getOrDefault(series.dates().get(t), 0.0), state[t], 0, "week " + t + ": the dead of the state's logged incidents");
            assertTrue(state[t] <= everySide.get(t) + 1e-9, "week " + t + ": " + state[t] + " of " + everySide.get(t));
            sum += state[t];
            all += everySide.get(t);
        }
        assertTrue(sum > 0 && sum < all, "the state's side killed some of the civilians killed: " + sum + " of " + all);
    }
}
