package org.sahelsim.classroom;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.sahelsim.model.params.ScenarioEvent;
import org.sahelsim.run.Checkpoint;
import org.sahelsim.scenario.Gazetteer;
import org.sahelsim.scenario.LiveEvents;
import org.sahelsim.viz.MapOverlay;

/**
 * The class's web server: a teacher's page for the projector and a page per faction for the
 * students, plain HTML and JavaScript served from here (nothing to install, nothing fetched from
 * elsewhere), over a small JSON interface to the {@link Game}.
 *
 * <p>Safety in a classroom: it listens on the address the teacher chooses (the loopback
 * interface unless told otherwise); students need the class's join code, their browser then
 * holds a seat token, and the teacher's page a key printed at start; every input is checked by
 * the game, and a refusal answers with its reason and changes nothing; requests are small and
 * independent, so a student's browser that crashes or loses the connection affects no one else,
 * and rejoins where it was. The pages allow scripts, styles and data only from this server.
 */
public final class ClassroomServer implements AutoCloseable {
    /** Where the pages are, on the class path. */
    static final String WEB = "/org/sahelsim/classroom/web";
    /** The largest request body taken: orders and events are a few hundred bytes. */
    static final long MOST_BYTES = 16 * 1024;
    /** The header a student's page sends its seat token in. */
    static final String SEAT = "X-Seat";
    /** The header the teacher's page sends its key in. */
    static final String TEACHER = "X-Teacher";

    private final Javalin app;
    private final Path saves;
    private final Clock clock;
    private final ClassMap map;
    private final ObjectMapper json = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private volatile Game game;
    private Debrief debrief;
    private String debriefOf = "";

    /** A student's request to join. */
    record Join(String code, String faction, String name, String rejoin) {
    }

    /** A student's orders for a month. */
    record Orders(Integer month, List<String> choices) {
    }

    /** The teacher's deadline, in minutes from now. */
    record Deadline(Double minutes) {
    }

    /** An event the teacher fires. */
    record Event(String type, String target, Double value, Integer overWeeks, String label) {
    }

    /** A saved game to resume, by its file name in the saves folder. */
    record Resume(String file) {
    }

    private ClassroomServer(Game first, Path saves, Clock clock, MapOverlay overlay) {
        this.game = first;
        this.saves = saves;
        this.clock = clock;
        this.map = ClassMap.of(first.sim().geography(), overlay);
        this.app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.http.maxRequestSize = MOST_BYTES;
            config.jsonMapper(new JavalinJackson(json, false));
            config.staticFiles.add(files -> {
                files.hostedPath = "/static";
                files.directory = WEB;
                files.location = Location.CLASSPATH;
            });
            var r = config.routes;
            r.before(this::headers);
            r.get("/", page("index.html"));
            r.get("/play", page("play.html"));
            r.get("/teacher", page("teacher.html"));

            r.get("/api/map", ctx -> ctx.json(map));
            r.get("/api/class", this::classInfo);
            r.post("/api/join", this::join);
            r.get("/api/seat", ctx -> {
                Game g = game;
                Game.Seat seat = g.seat(ctx.header(SEAT));
                synchronized (g) {
                    ctx.json(FactionView.of(g, seat, clock.millis()));
                }
            });
            r.get("/api/seat/map", ctx -> {
                Game g = game;
                g.seat(ctx.header(SEAT));
                synchronized (g) {
                    ctx.json(ClassMap.cells(g.sim().world(), g.sim().scenario().control()));
                }
            });
            r.post("/api/seat/orders", ctx -> {
                Game g = game;
                Game.Seat seat = g.seat(ctx.header(SEAT));
                Orders o = body(ctx, Orders.class);
                if (o.month() == null) throw new Refusal(Refusal.Kind.BAD_INPUT, "Orders must say which month they are for.");
                ctx.json(g.submit(seat, o.month(), o.choices()));
            });
            r.post("/api/seat/rules", ctx -> {
                Game g = game;
                Game.Seat seat = g.seat(ctx.header(SEAT));
                Orders o = body(ctx, Orders.class);
                if (o.month() == null) throw new Refusal(Refusal.Kind.BAD_INPUT, "Say which month your rules should decide.");
                g.withdraw(seat, o.month());
                ctx.json(Map.of("rules", true));
            });
            r.get("/api/seat/debrief", ctx -> {
                Game g = game;
                g.seat(ctx.header(SEAT));
                if (!g.over()) throw new Refusal(Refusal.Kind.CONFLICT, "The debrief comes when the teacher ends the game.");
                ctx.json(debrief(g));
            });

            r.get("/api/teacher", teacher(ctx -> {
                Game g = game;
                synchronized (g) {
                    ctx.json(TeacherView.of(g, clock.millis()));
                }
            }));
            r.post("/api/teacher/advance", teacher(ctx -> ctx.json(summary(game.advance()))));
            r.post("/api/teacher/deadline", teacher(ctx -> {
                Deadline d = body(ctx, Deadline.class);
                if (d.minutes() == null) throw new Refusal(Refusal.Kind.BAD_INPUT, "Give the minutes until the deadline (0 for none).");
                var at = game.deadlineIn(d.minutes());
                ctx.json(Map.of("deadline", at == null ? 0 : at.toEpochMilli()));
            }));
            r.get("/api/teacher/events", teacher(ctx -> ctx.json(LiveEvents.forms(Gazetteer.standard()))));
            r.post("/api/teacher/event", teacher(ctx -> {
                Event e = body(ctx, Event.class);
                Game g = game;
                ScenarioEvent event;
                try {
                    event = LiveEvents.event(e.type(), e.target(), e.value(), e.overWeeks(), e.label(), g.date(), Gazetteer.standard());
                } catch (IllegalArgumentException bad) {
                    throw new Refusal(Refusal.Kind.BAD_INPUT, bad.getMessage());
                }
                g.fire(event);
                ctx.json(Map.of("fired", event.label(), "date", g.date().toString()));
            }));
            r.post("/api/teacher/save", teacher(ctx -> {
                Path file = game.save(saves);
                ctx.json(Map.of("file", file.getFileName().toString(), "folder", saves.toAbsolutePath().toString()));
            }));
            r.get("/api/teacher/saves", teacher(ctx -> ctx.json(savedGames())));
            r.post("/api/teacher/resume", teacher(ctx -> {
                Resume req = body(ctx, Resume.class);
                String name = req.file() == null ? "" : req.file();
                if (!savedGames().contains(name)) {
                    throw new Refusal(Refusal.Kind.NOT_FOUND, "There is no saved class '" + name + "' in " + saves.toAbsolutePath()
                            + ": choose one of those listed.");
                }
                try {
                    Game resumed = Game.resume(saves.resolve(name), clock, new java.security.SecureRandom());
                    if (!resumed.joinCode().equals(game.joinCode())) {
                        // Another class's save: the teacher's page would lose its key; it is opened with its own.
                        throw new Refusal(Refusal.Kind.CONFLICT, "'" + name + "' is another class's game (its join code is "
                                + resumed.joinCode() + "): start the server with --resume " + saves.resolve(name) + " to play it.");
                    }
                    game = resumed;
                } catch (IOException bad) {
                    throw new Refusal(Refusal.Kind.BAD_INPUT, bad.getMessage());
                }
                ctx.json(Map.of("resumed", name, "month", game.month()));
            }));
            r.post("/api/teacher/end", teacher(ctx -> {
                game.end();
                ctx.json(Map.of("over", true));
            }));
            r.get("/api/teacher/debrief", teacher(ctx -> ctx.json(debrief(game))));

            r.exception(Refusal.class, (e, ctx) -> ctx.status(e.kind().status()).json(Map.of("error", e.getMessage())));
            r.exception(Exception.class, (e, ctx) -> {
                System.err.println("classroom: " + ctx.method() + " " + ctx.path() + " failed: " + e);
                e.printStackTrace();
                ctx.status(500).json(Map.of("error", "The server could not do that (" + e.getClass().getSimpleName() + ": "
                        + e.getMessage() + "); the game is as it was."));
            });
            r.error(404, ctx -> {
                if (ctx.path().startsWith("/api/")) ctx.json(Map.of("error", "There is no " + ctx.path() + " here."));
            });
            r.error(413, ctx -> ctx.json(Map.of("error", "That request is too large (at most " + MOST_BYTES + " bytes).")));
        });
    }

    /**
     * Starts serving a game.
     *
     * @param bind  the address to listen on ({@code 127.0.0.1}: this machine only; the room's
     *              network address for students' machines)
     * @param port  the port, or 0 for any free one
     * @param saves where saved games go
     */
    public static ClassroomServer start(Game game, String bind, int port, Path saves, Clock clock, MapOverlay overlay) {
        ClassroomServer s = new ClassroomServer(game, saves, clock, overlay);
        s.app.start(bind, port);
        return s;
    }

    /** The port it listens on. */
    public int port() {
        return app.port();
    }

    /** The game it serves now (a resumed save replaces it). */
    public Game game() {
        return game;
    }

    @Override
    public void close() {
        app.stop();
    }

    // ---- handlers ----

    private void headers(Context ctx) {
        ctx.header("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self';"
                + " connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'");
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (ctx.path().startsWith("/api/")) ctx.header("Cache-Control", "no-store");
    }

    private Handler page(String name) {
        return ctx -> {
            try (InputStream in = ClassroomServer.class.getResourceAsStream(WEB + "/" + name)) {
                if (in == null) throw new IllegalStateException("the page " + name + " is missing from the program");
                ctx.contentType("text/html; charset=utf-8").result(in.readAllBytes());
            }
        };
    }

    private void classInfo(Context ctx) {
        Game g = game;
        g.checkCode(ctx.queryParam("code"));
        var seats = g.seats();
        List<Map<String, Object>> factions = g.factions().stream().map(f -> Map.<String, Object>of(
                "key", f.key(), "label", f.label(), "brief", f.brief(),
                "player", seats.containsKey(f) ? seats.get(f).name() : "")).toList();
        ctx.json(Map.of("title", g.sim().scenario().title(), "month", g.month(), "date", g.date().toString(), "factions", factions));
    }

    private void join(Context ctx) {
        Join j = body(ctx, Join.class);
        Game.Seat seat = game.join(j.code(), j.faction(), j.name(), j.rejoin());
        ctx.json(Map.of("token", seat.token(), "rejoin", seat.rejoin(), "faction", seat.faction().key(), "name", seat.name()));
    }

    /** A handler only the teacher's page may call. */
    private Handler teacher(Handler h) {
        return ctx -> {
            game.checkTeacher(ctx.header(TEACHER));
            h.handle(ctx);
        };
    }

    private <T> T body(Context ctx, Class<T> type) {
        String text = ctx.body();
        if (text == null || text.isBlank()) throw new Refusal(Refusal.Kind.BAD_INPUT, "The request has no body: send JSON.");
        try {
            T value = json.readValue(text, type);
            if (value == null) throw new Refusal(Refusal.Kind.BAD_INPUT, "The request's JSON is empty.");
            return value;
        } catch (JsonProcessingException e) {
            throw new Refusal(Refusal.Kind.BAD_INPUT, "The request is not what this address takes: " + e.getOriginalMessage());
        }
    }

    private static Map<String, Object> summary(Game.Month m) {
        return Map.of("month", m.index(), "date", m.date().toString(), "weeks", m.lastWeek() - m.firstWeek() + 1);
    }

    /** The debrief of the game as it stands, built again only when the game has moved on. */
    private Debrief debrief(Game g) {
        synchronized (g) {
            String of = System.identityHashCode(g) + "/" + g.months().size() + "/" + g.fired().size() + "/" + g.over();
            synchronized (this) {
                if (!of.equals(debriefOf)) {
                    debrief = Debrief.of(g);
                    debriefOf = of;
                }
                return debrief;
            }
        }
    }

    /** The saved games in the saves folder, newest first. */
    private List<String> savedGames() {
        if (!Files.isDirectory(saves)) return List.of();
        try (Stream<Path> files = Files.list(saves)) {
            return files.filter(p -> p.getFileName().toString().endsWith(Checkpoint.EXTENSION))
                    .sorted((a, b) -> Long.compare(modified(b), modified(a)))
                    .map(p -> p.getFileName().toString()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long modified(Path p) {
        try {
            return Files.getLastModifiedTime(p).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
