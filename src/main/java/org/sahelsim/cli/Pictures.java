package org.sahelsim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.viz.AtlasOverlay;
import org.sahelsim.viz.ReportBuilder;

/** Draws a run folder's charts, maps, animation and report. */
final class Pictures {
    private Pictures() {
    }

    static ScenarioRun.PictureMaker maker(List<LocalDate> mapDates) {
        return (dir, geography) -> ReportBuilder.build(dir, mapDates, AtlasOverlay.of(MaliAtlas.load()));
    }

    static void rebuild(Path runDir, List<LocalDate> mapDates) throws IOException {
        if (!Files.isRegularFile(runDir.resolve("national.csv"))) {
            throw new IllegalArgumentException(runDir + " is not a run folder: it has no national.csv");
        }
        ReportBuilder.build(runDir, mapDates, AtlasOverlay.of(MaliAtlas.load()));
    }
}
