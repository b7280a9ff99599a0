package org.sahelsim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --threads}: how many runs go at once, for every command that runs many; refused below one before anything runs. */
final class Workers {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private int count = 2;

    @Option(names = "--threads", defaultValue = "2", paramLabel = "N", description = "Runs in parallel (default: ${DEFAULT-VALUE}).")
    void set(int n) {
        if (n < 1) throw new CommandLine.ParameterException(command.commandLine(), "--threads must be at least 1, found " + n);
        count = n;
    }

    /** The number of worker threads asked for (at least one). */
    int count() {
        return count;
    }
}
