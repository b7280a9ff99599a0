package org.sahelsim.uncertainty;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The back-test's error measures against hand-computed values. */
class AcledBacktestTest {

    @Test
    void skillIsOneLessTheModelsErrorOverClimatologysError() {
        List<LocalDate> dates = new ArrayList<>();
        for (int t = 0; t < 4; t++) dates.add(LocalDate.of(2022, 1, 3).plusWeeks(t));
        // One region; observed events 0, 2, 4, 2 (mean 2): climatology's squared errors 4, 0, 4, 0, mean 2.
        double[][] obs = {{0, 2, 4, 2}};
        double[][] none = {{0, 0, 0, 0}};
        AcledBacktest.Observed o = new AcledBacktest.Observed(dates, obs, none, 4, 0, 0, 0, 0, 3);
        // Two runs whose mean is 1, 2, 3, 2: squared errors 1, 0, 1, 0, mean 0.5; skill 1 - 0.5/2 = 0.75.
        RunSeries a = new RunSeries(dates, new double[RunSeries.keys().size()][4], 0, new double[][] {{0, 2, 2, 2}}, none);
        RunSeries b = new RunSeries(dates, new double[RunSeries.keys().size()][4], 0, new double[][] {{2, 2, 4, 2}}, none);
        List<AcledBacktest.Line> lines = AcledBacktest.compare(o, List.of(a, b), List.of("mopti"));
        AcledBacktest.Line mopti = lines.get(0);
        assertEquals("mopti", mopti.region());
        assertEquals(0.5, mopti.mse(), 1e-12);
        assertEquals(2.0, mopti.mseClimatology(), 1e-12);
        assertEquals(0.75, mopti.skill(), 1e-12);
        assertEquals(1.0, mopti.ratio(), 1e-12, "the model's total over the observed total: 8 / 8");
        AcledBacktest.Line mali = lines.stream().filter(l -> l.region().equals("mali") && l.measure().equals("events")).findFirst().orElseThrow();
        assertEquals(0.75, mali.skill(), 1e-12, "one region: the country is the region");
    }
}
