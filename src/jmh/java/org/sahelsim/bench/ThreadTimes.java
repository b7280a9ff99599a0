package org.sahelsim.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * The processor time of every thread of this process as Linux's scheduler counts it
 * ({@code /proc/self/task/TID/schedstat}, nanoseconds on a processor; {@code comm}, the thread's
 * name cut to 15 characters), the JVM's own threads (compilers, collector) included, which
 * {@link java.lang.management.ThreadMXBean} does not see. Empty without {@code /proc}.
 */
record ThreadTimes(Map<String, String> names, Map<String, Long> nanos) {

    /** The threads alive now. */
    static ThreadTimes now() {
        Map<String, String> names = new HashMap<>();
        Map<String, Long> nanos = new HashMap<>();
        File[] tasks = new File("/proc/self/task").listFiles();
        if (tasks != null) {
            for (File t : tasks) {
                try {
                    String comm = Files.readString(t.toPath().resolve("comm")).strip();
                    String[] f = Files.readString(Path.of(t.getPath(), "schedstat")).strip().split(" ");
                    names.put(t.getName(), comm);
                    nanos.put(t.getName(), Long.parseLong(f[0]));
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile
                }
            }
        }
        return new ThreadTimes(names, nanos);
    }

    /** What a thread of the JVM's own is for: "compiler", "collector", or "other". */
    static String kind(String comm) {
        if (comm.startsWith("C1 Compiler") || comm.startsWith("C2 Compiler")) return "compiler";
        if (comm.startsWith("GC Thread") || comm.startsWith("G1 ") || comm.equals("VM Thread")) return "collector";
        return "other";
    }

    /**
     * The processor time, nanoseconds, each kind of thread took from {@code before} to this
     * sample, by {@link #kind} or, for the threads named in {@code own}, by that name; a thread
     * started since counts from zero. Threads that ended in between are not here (their time is
     * still in the process's).
     */
    Map<String, Long> since(ThreadTimes before, Map<String, String> own) {
        Map<String, Long> out = new HashMap<>();
        nanos.forEach((tid, ns) -> {
            String comm = names.get(tid);
            String kind = own.getOrDefault(comm, kind(comm));
            out.merge(kind, ns - before.nanos.getOrDefault(tid, 0L), Long::sum);
        });
        return out;
    }
}
