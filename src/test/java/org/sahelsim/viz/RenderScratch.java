package org.sahelsim.viz;

import java.nio.file.Path;

/** Writes the synthetic run's pictures to a folder, to look at them. Not a test. */
final class RenderScratch {
    public static void main(String[] args) throws Exception {
        Path dir = SyntheticRun.write(Path.of(args[0]), Integer.parseInt(args[1]), 7, true);
        RunData run = RunData.read(dir);
        RunCharts c = new RunCharts(run);
        PictureFiles.writePng(c.control(), RunCharts.WIDTH, RunCharts.HEIGHT, dir.resolve("control.png"));
        PictureFiles.writePng(c.population(), RunCharts.WIDTH, RunCharts.HEIGHT, dir.resolve("population.png"));
        PictureFiles.writePng(c.regions(false), RunCharts.REGIONS_WIDTH, RunCharts.REGIONS_HEIGHT, dir.resolve("regions.png"));
        PictureFiles.writePng(c.forces(), RunCharts.WIDTH, RunCharts.HEIGHT, dir.resolve("forces.png"));
        PictureFiles.writePng(c.violence(), RunCharts.WIDTH, RunCharts.HEIGHT, dir.resolve("violence.png"));
        PictureFiles.writePng(c.fuel(), RunCharts.WIDTH, RunCharts.HEIGHT, dir.resolve("fuel.png"));
    }
}
