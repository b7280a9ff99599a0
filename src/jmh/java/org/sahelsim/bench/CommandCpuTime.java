package org.sahelsim.bench;

import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.util.Locale;
import org.sahelsim.cli.Main;

/**
 * The processor time of one whole command, and of its calling thread: the thread every step of
 * a {@code run} waits for (the scenario, the map, the model, the files, then the animation's
 * encoding), while the atlas, the drawing code's preparation, the grid file's compression and
 * the pictures run on other threads. On a shared machine whose load leaves no processor free,
 * wall-clock times cannot show what moving work off the calling thread gains; the calling
 * thread's processor time can, and on a machine with a processor free the command's wall time
 * follows it.
 *
 * <p>Run it in a fresh JVM with the launcher's options, as the launcher runs the command:
 * {@code java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/benchmarks.jar
 * org.sahelsim.bench.CommandCpuTime run --seed 2 --out OUT_DIR}. It prints the command's exit
 * code, the calling thread's and the process's processor time and the JVM's uptime, in seconds.
 */
public final class CommandCpuTime {
    private CommandCpuTime() {
    }

    public static void main(String[] args) {
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        int exit = Main.execute(args, new PrintWriter(Writer.nullWriter()), new PrintWriter(System.err, true));
        System.out.printf(Locale.ROOT, "exit %d, calling thread %.3f s, process %.3f s, uptime %.3f s%n", exit,
                threads.getCurrentThreadCpuTime() / 1e9, os.getProcessCpuTime() / 1e9,
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
    }
}
