package org.sahelsim.uncertainty;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study run for real on Slurm: a single-node cluster on the loopback interface (Debian's
 * slurm-wlm: slurmctld and slurmd with a minimal slurm.conf in a temporary folder, munge with a
 * key of its own), a job array written by {@code ensemble --slurm}, submitted with {@code sbatch
 * --wait}, merged with {@code merge}, and compared byte for byte with the same ensemble run on
 * this machine. All through the packaged jar, as a user runs it (so this is an integration test,
 * run by {@code verify} after the jar is built).
 *
 * <p>Without Slurm (or without the root rights slurmd needs to start jobs) the test is skipped
 * with a notice; with {@code -Dsahelsim.ci=true}, as CI runs it, that is a failure.
 */
class SlurmArrayIT {
    @TempDir
    static Path dir;

    private static Path conf;
    private static Path socket;
    private static final List<String> DAEMONS = List.of("slurmctld", "slurmd", "munged", "mungekey", "sbatch", "sinfo", "scontrol");

    /** Skips the test with a visible notice, or fails it in CI, when something it needs is missing. */
    static void requireOrSkip(boolean available, String what) {
        if (available) return;
        String notice = "Slurm test not run: " + what;
        if (Boolean.getBoolean("sahelsim.ci")) fail(notice + " (CI must run it: .ci/run installs slurm-wlm and munge)");
        System.err.println("NOTICE: " + notice);
        Assumptions.abort(notice);
    }

    static Path onPath(String program) {
        for (String d : (System.getenv().getOrDefault("PATH", "") + File.pathSeparator + "/usr/sbin" + File.pathSeparator + "/sbin")
                .split(File.pathSeparator)) {
            Path p = Path.of(d, program);
            if (Files.isExecutable(p)) return p;
        }
        return null;
    }

    /** Runs a program to its end (at most {@code seconds}) and returns what it printed; fails the test if it fails. */
    static String exec(Path workdir, int seconds, String... command) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(command).directory(workdir.toFile()).redirectErrorStream(true);
        if (conf != null) pb.environment().put("SLURM_CONF", conf.toString());
        Path log = Files.createTempFile(dir, "exec", ".log");
        pb.redirectOutput(log.toFile());
        Process p = pb.start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in " + seconds + " s:\n" + Files.readString(log));
        }
        String out = Files.readString(log);
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed:\n" + out);
        return out;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @BeforeAll
    static void startCluster() throws Exception {
        for (String d : DAEMONS) requireOrSkip(onPath(d) != null, d + " is not installed (apt-get install slurm-wlm munge)");
        requireOrSkip("root".equals(System.getProperty("user.name")), "slurmd starts jobs as their user and needs root rights");
        requireOrSkip(Files.isRegularFile(Path.of("target", "sahelsim.jar")), "target/sahelsim.jar is not built (run ./mvnw verify)");
        Path home = Files.createDirectories(dir.resolve("cluster"));
        for (String sub : List.of("state", "spool", "log")) Files.createDirectories(home.resolve(sub));
        Path key = home.resolve("munge.key");
        socket = home.resolve("munge.socket");
        exec(home, 30, onPath("mungekey").toString(), "--create", "--keyfile=" + key, "--force");
        exec(home, 30, onPath("munged").toString(), "--force", "--socket=" + socket, "--key-file=" + key, "--log-file=" + home.resolve("log/munged.log"),
                "--pid-file=" + home.resolve("munged.pid"), "--seed-file=" + home.resolve("munged.seed"));
        String host = exec(home, 10, "hostname", "-s").strip();
        Files.writeString(home.resolve("plugstack.conf"), "");
        conf = home.resolve("slurm.conf");
        Files.writeString(conf, String.join("\n",
                "ClusterName=sahelsim-test",
                "SlurmctldHost=" + host + "(127.0.0.1)",
                "SlurmctldPort=" + freePort(),
                "SlurmdPort=" + freePort(),
                "SlurmUser=root",
                "SlurmdUser=root",
                "AuthType=auth/munge",
                "AuthInfo=socket=" + socket,
                "CredType=cred/munge",
                "StateSaveLocation=" + home.resolve("state"),
                "SlurmdSpoolDir=" + home.resolve("spool"),
                "SlurmctldPidFile=" + home.resolve("slurmctld.pid"),
                "SlurmdPidFile=" + home.resolve("slurmd.pid"),
                "SlurmctldLogFile=" + home.resolve("log/slurmctld.log"),
                "SlurmdLogFile=" + home.resolve("log/slurmd.log"),
                "PlugStackConfig=" + home.resolve("plugstack.conf"),
                "ProctrackType=proctrack/linuxproc",
                "TaskPlugin=task/none",
                "JobAcctGatherType=jobacct_gather/none",
                "AccountingStorageType=accounting_storage/none",
                "JobCompType=jobcomp/none",
                "SchedulerType=sched/builtin",
                "SelectType=select/cons_tres",
                "SelectTypeParameters=CR_Core",
                "MpiDefault=none",
                "ReturnToService=2",
                "MailProg=/bin/true",
                "NodeName=sahelsim-node NodeHostname=" + host + " NodeAddr=127.0.0.1 CPUs=2 State=UNKNOWN",
                "PartitionName=local Nodes=sahelsim-node Default=YES MaxTime=INFINITE State=UP", ""));
        exec(home, 30, onPath("slurmctld").toString(), "-f", conf.toString());
        exec(home, 30, onPath("slurmd").toString(), "-f", conf.toString(), "-N", "sahelsim-node");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String state = "";
        while (System.nanoTime() < until) {
            try {
                state = exec(home, 10, onPath("sinfo").toString(), "-h", "-o", "%t").strip();
                if (state.equals("idle")) return;
            } catch (AssertionError notYet) {
                // the controller is still starting
            }
            Thread.sleep(500);
        }
        fail("the Slurm node did not come up (state '" + state + "'):\n" + logs(home));
    }

    private static String logs(Path home) throws IOException {
        StringBuilder s = new StringBuilder();
        try (Stream<Path> files = Files.list(home.resolve("log"))) {
            for (Path f : files.sorted().toList()) s.append("== ").append(f.getFileName()).append('\n').append(Files.readString(f));
        }
        return s.toString();
    }

    @AfterAll
    static void stopCluster() throws Exception {
        if (conf == null) return;
        Path home = conf.getParent();
        try {
            exec(home, 30, onPath("scontrol").toString(), "shutdown");
        } catch (AssertionError | IOException e) {
            System.err.println("scontrol shutdown: " + e.getMessage());
        }
        for (String pidFile : List.of("slurmd.pid", "slurmctld.pid", "munged.pid")) {
            Path f = home.resolve(pidFile);
            for (int i = 0; i < 50 && Files.exists(f); i++) {
                long pid = Long.parseLong(Files.readString(f).strip());
                if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
                    if (i == 20) ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
                    Thread.sleep(100);
                } else {
                    break;
                }
            }
        }
    }

    static Path folder(String out, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(out);
        assertTrue(m.find(), "no folder in:\n" + out);
        return Path.of(m.group(1).strip());
    }

    @Test
    void aJobArrayOnSlurmMergesIntoTheBytesOfARunHere() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path scenario = ShortScenario.in(work);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String jar = Path.of("target", "sahelsim.jar").toAbsolutePath().toString();
        List<String> study = List.of("ensemble", scenario.toString(), "--runs", "9", "--threads", "1");

        List<String> here = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-jar", jar));
        here.addAll(study);
        here.addAll(List.of("--out", work.resolve("here").toString()));
        Path local = folder(exec(work, 600, here.toArray(String[]::new)), "(?m)^Results: (.+)$");

        List<String> slurm = new ArrayList<>(List.of(java, "-Djava.awt.headless=true", "-jar", jar));
        slurm.addAll(study);
        slurm.addAll(List.of("--slurm", "--shards", "3", "--out", work.resolve("cluster").toString()));
        Path job = folder(exec(work, 120, slurm.toArray(String[]::new)), "(?m)^Wrote a Slurm job array of 3 jobs for 9 runs: (.+)$");
        String script = Files.readString(job.resolve("job.sh"));
        assertTrue(script.contains("#SBATCH --array=0-2") && script.contains("--shard \"${SLURM_ARRAY_TASK_ID}/3\""), script);

        exec(work, 900, onPath("sbatch").toString(), "--wait", job.resolve("job.sh").toString());
        try (Stream<Path> shards = Files.list(job.resolve("shards"))) {
            assertEquals(3, shards.filter(Files::isDirectory).filter(p -> !p.getFileName().toString().startsWith(".")).count(),
                    "one folder per job");
        }
        Path merged = folder(exec(work, 600, java, "-Djava.awt.headless=true", "-jar", jar, "merge", job.resolve("shards").toString(),
                "--out", work.resolve("merged").toString()), "(?m)^Merged 9 runs: (.+)$");

        List<String> names;
        try (Stream<Path> s = Files.list(local)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> s = Files.list(merged)) {
            assertEquals(names, s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        for (String f : names) {
            assertArrayEquals(Files.readAllBytes(local.resolve(f)), Files.readAllBytes(merged.resolve(f)), f + " differs between here and Slurm");
        }
        assertTrue(names.containsAll(List.of("draws.csv", "outcomes.csv", "quantiles.csv", "national.csv.gz", "report.html")));
    }
}
