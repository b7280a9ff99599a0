package org.sahelsim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.uncertainty.Merge;
import org.sahelsim.uncertainty.Study;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code merge}: the shards of a study into its results. */
@Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Gather the shards of a study (the jobs of a --slurm array) into the results a run on one machine writes, byte for byte.",
                "Example: merge output/ensemble-default-lhs-1000-slurm/shards"})
final class MergeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Shard folders, or folders holding them.")
    List<Path> dirs;

    @Option(names = "--out", defaultValue = "output", paramLabel = "DIR", description = "Where the results go (default: ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Merge.Gathered g = Merge.gather(dirs);
        Study study = Study.open(g.plan(), ScenarioLibrary.standard());
        Path dir = StudyRunner.publish(out, StudyRunner.folderName(g.plan(), study.base()), staging -> study.report(g.results(), staging));
        spec.commandLine().getOut().printf("Merged %d runs: %s%n", g.results().size(), dir.toAbsolutePath().normalize());
        return 0;
    }
}
