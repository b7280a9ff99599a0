package org.sahelsim.viz;

import java.nio.file.Path;
import java.util.List;
import org.sahelsim.results.SyntheticRun;

/** Writes the synthetic run and its report to a folder, to look at them. Not a test. */
final class RenderScratch {
    public static void main(String[] args) throws Exception {
        Path dir = SyntheticRun.write(Path.of(args[0]), Integer.parseInt(args[1]), 7, true);
        long t0 = System.nanoTime();
        var report = ReportBuilder.build(dir, List.of(), SyntheticOverlay.overlay());
        System.out.println((System.nanoTime() - t0) / 1e6 + " ms: " + report.files());
    }
}
