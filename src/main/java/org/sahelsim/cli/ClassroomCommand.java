package org.sahelsim.cli;

import java.io.PrintWriter;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.sahelsim.classroom.ClassroomServer;
import org.sahelsim.classroom.Faction;
import org.sahelsim.classroom.Game;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.model.SahelSim;
import org.sahelsim.model.params.DecisionMode;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.viz.AtlasOverlay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sahelsim classroom}: a class plays a scenario, students steering factions from their
 * browsers and the teacher running the months from a page on the projector.
 */
@Command(name = "classroom", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Play a scenario as a class: a web server with a teacher's page (map, charts, the month, events, saves, the debrief)"
                + " and a page for each faction, where students join with a code and choose their actor's moves each month.",
                "Students need only a browser on the room's network: give --bind the address of this machine on that network."})
final class ClassroomCommand implements Callable<Integer> {
    /** The scenario a class plays unless told otherwise. */
    static final String LESSON = "lesson-play-the-war";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", defaultValue = LESSON, paramLabel = "NAME|PATH",
            description = "A scenario in the library or a YAML file (default: ${DEFAULT-VALUE}). It is played with decisions: free"
                    + " (the actors decide), unless --set decisions=history says otherwise.")
    String scenario;

    @Option(names = "--port", defaultValue = "7070", description = "The port (default: ${DEFAULT-VALUE}; 0 for any free one).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1", paramLabel = "ADDRESS",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only). For students' machines, this"
                    + " machine's address on the room's network, or 0.0.0.0 for all its networks.")
    String bind;

    @Option(names = "--seed", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Override a parameter of the scenario, e.g. --set grid.cell_degrees=0.4.")
    List<String> overrides = new ArrayList<>();

    @Option(names = "--factions", split = ",", paramLabel = "KEY",
            description = "The factions students may play (default: state, russia, france, jnim, is_sahel, separatists, ecowas, algeria;"
                    + " aes may be added).")
    List<String> factions = new ArrayList<>();

    @Option(names = "--resume", paramLabel = "FILE", description = "Resume a saved class (its scenario, seed and seats) instead of starting one.")
    Path resume;

    @Option(names = "--saves", defaultValue = "output/classroom", paramLabel = "DIR",
            description = "Where the teacher's page saves the game (default: ${DEFAULT-VALUE}).")
    Path saves;

    @Override
    public Integer call() throws Exception {
        PrintWriter o = spec.commandLine().getOut();
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port: found " + port + ", expected a port from 0 to 65535");
        InetAddress address;
        try {
            address = InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: found '" + bind + "', expected an address of this machine such as 127.0.0.1");
        }
        Clock clock = Clock.systemUTC();
        SecureRandom random = new SecureRandom();
        Game game;
        if (resume != null) {
            if (!overrides.isEmpty() || !factions.isEmpty()) {
                throw new IllegalArgumentException("--resume plays the saved class as it was: leave out --set and --factions");
            }
            game = Game.resume(resume, clock, random);
        } else {
            List<String> sets = new ArrayList<>();
            sets.add("decisions=free"); // the actors decide, so the students' strategic choices count; a later --set may say otherwise
            sets.addAll(overrides);
            ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load(scenario, sets);
            List<Faction> playing = new ArrayList<>();
            for (String k : factions.isEmpty() ? Faction.usual().stream().map(Faction::key).toList() : factions) {
                Faction f = Faction.byKey(k.strip());
                if (f == null) {
                    throw new IllegalArgumentException("--factions: found '" + k + "', expected factions among "
                            + String.join(", ", java.util.Arrays.stream(Faction.values()).map(Faction::key).toList()));
                }
                if (!playing.contains(f)) playing.add(f);
            }
            if (entry.scenario().decisions() == DecisionMode.HISTORY) {
                o.println("Note: this scenario replays history (decisions: history): the strategic choices students order"
                        + " count only for the actors whose rules run in history; their operations count as ordered.");
            }
            game = Game.start(new SahelSim(entry.scenario(), ScenarioRun.geographyFor(entry), seed), playing, clock, random);
        }
        ClassroomServer server;
        try {
            server = ClassroomServer.start(game, bind, port, saves, clock, AtlasOverlay.of(MaliAtlas.load()));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("the server cannot listen on " + bind + ":" + port + " (" + rootCause(e)
                    + "); is another program using the port? Try --port 0 for any free one");
        }
        var s = game.sim().scenario();
        o.printf("Class: %s [%s], seed %d, decisions %s; month %d from %s%n", s.title(), s.id(), game.sim().seed(),
                s.decisions().name().toLowerCase(java.util.Locale.ROOT), game.month() + 1, game.date());
        String teacherHost = address.isAnyLocalAddress() ? "127.0.0.1" : host(address);
        o.printf("Teacher's page (keep this address to yourself): http://%s:%d/teacher#%s%n", teacherHost, server.port(), game.teacherKey());
        for (String a : studentAddresses(address)) o.printf("Students join at:  http://%s:%d/%n", a, server.port());
        o.printf("Join code: %s%n", game.joinCode());
        if (address.isLoopbackAddress()) {
            o.println("Listening on this machine only: students on other machines need --bind with this machine's address on the room's network.");
        }
        o.println("Saved games go to " + saves.toAbsolutePath().normalize() + ". Press Ctrl+C to stop (save the game first).");
        o.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "classroom-stop"));
        stopped.await();
        return 0;
    }

    /** Where students reach the server: the address given, or every address of this machine if it listens on all. */
    private static List<String> studentAddresses(InetAddress bound) throws SocketException {
        if (!bound.isAnyLocalAddress()) return List.of(host(bound));
        List<String> out = new ArrayList<>();
        for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!n.isUp() || n.isLoopback()) continue;
            for (InetAddress a : Collections.list(n.getInetAddresses())) if (a instanceof Inet4Address) out.add(a.getHostAddress());
        }
        if (out.isEmpty()) out.add("127.0.0.1");
        return out;
    }

    private static String host(InetAddress a) {
        return a instanceof Inet4Address ? a.getHostAddress() : "[" + a.getHostAddress() + "]";
    }

    private static String rootCause(Throwable e) {
        while (e.getCause() != null) e = e.getCause();
        return e.getMessage();
    }
}
