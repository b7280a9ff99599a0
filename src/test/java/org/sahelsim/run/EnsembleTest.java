package org.sahelsim.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.results.Actors;
import org.sahelsim.results.RunFiles;

/** An ensemble read back from run folders is the ensemble run in memory, to the decimals the files keep. */
class EnsembleTest {
    @Test
    void anEnsembleReadFromFoldersIsTheOneRunInMemory(@TempDir Path out) throws Exception {
        Ensemble memory = Ensemble.run(Mali.coarseScenario(), Mali.coarseMap(), 2, 2);
        List<Path> dirs = new ArrayList<>();
        for (long seed = 1; seed <= 2; seed++) {
            dirs.add(new ScenarioRun(Mali.coarseScenario(), seed, Mali.coarseMap()).simulate().write(out, null));
        }
        Ensemble read = Ensemble.read("default", dirs);
        assertEquals(memory.dates(), read.dates());
        LocalDate from = memory.dates().get(0);
        LocalDate to = memory.dates().get(memory.dates().size() - 1).plusDays(1);
        for (Ensemble.Metric m : Ensemble.Metric.values()) {
            double[] a = memory.windowMeans(m, from, to);
            double[] b = read.windowMeans(m, from, to);
            // a mean of values rounded to the file's decimals is within half a unit of the last decimal
            int decimals = RunFiles.nationalColumn(m.key(), Actors.standard()).orElseThrow().decimals();
            double tolerance = 0.5 * Math.pow(10, -decimals) + 1e-9;
            for (int i = 0; i < a.length; i++) assertEquals(a[i], b[i], tolerance, m.key() + " seed " + (i + 1));
        }
    }
}
