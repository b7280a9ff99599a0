package org.sahelsim.cli;

import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.sahelsim.run.Progress;

/**
 * Progress of long commands as a bar on the terminal (runs done, rate, time left), drawn on the
 * error stream so that the output stays clean; nothing at all when the output is not a terminal
 * (a file, a pipe, a batch job's log).
 */
final class ProgressBars {
    private ProgressBars() {
    }

    /** Bars when both streams are a terminal, else the quiet factory. */
    static Progress.Factory forThisTerminal() {
        return System.console() != null ? ProgressBars::bar : Progress.Factory.quiet();
    }

    private static Progress bar(String task, long total) {
        ProgressBar bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(500).showSpeed().setSpeedUnit(ChronoUnit.MINUTES).setUnit(" runs", 1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
        return new Progress() {
            @Override
            public void advance() {
                bar.step();
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
