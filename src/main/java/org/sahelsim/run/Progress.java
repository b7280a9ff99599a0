package org.sahelsim.run;

/**
 * Where a long job reports each run done: a progress bar on a terminal, or nothing. Called from
 * the threads that do the runs, so implementations are thread-safe.
 */
public interface Progress extends AutoCloseable {
    /** One more run done. */
    void advance();

    /** The job is over (finished or failed). */
    @Override
    void close();

    /** Reports nothing. */
    static Progress none() {
        return new Progress() {
            @Override
            public void advance() {
            }

            @Override
            public void close() {
            }
        };
    }

    /** Makes the progress report of a job of {@code total} runs, titled {@code task}. */
    @FunctionalInterface
    interface Factory {
        Progress start(String task, long total);

        /** A factory whose reports show nothing. */
        static Factory quiet() {
            return (task, total) -> none();
        }
    }
}
