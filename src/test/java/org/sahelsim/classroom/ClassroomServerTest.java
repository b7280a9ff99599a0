package org.sahelsim.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.geodata.MaliAtlas;
import org.sahelsim.model.SahelSim;
import org.sahelsim.run.ScenarioRun;
import org.sahelsim.scenario.ScenarioLibrary;
import org.sahelsim.viz.AtlasOverlay;

/**
 * The class's server over HTTP, without a browser: what it serves and the headers it sends, and
 * every request it must refuse (a wrong key or code, an unknown faction, a body that is not JSON
 * or too large, a saved game that is not in its folder) answered with a status and a message and
 * nothing changed; the teacher saves and resumes the game through it.
 */
class ClassroomServerTest {
    /**
     * HTTP/1.1, as the browsers in a classroom speak to the server (the client's default tries an
     * HTTP/2 upgrade on plain http), and a fresh connection for every request: on a loaded machine a
     * kept-alive connection that the server had meanwhile closed came back empty ("header parser
     * received no bytes") when the client reused it, under HTTP/2 and under HTTP/1.1 alike.
     */
    private static HttpClient http() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    }
    private final ObjectMapper json = new ObjectMapper();

    private HttpResponse<String> get(String url, String header, String value) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
        if (header != null) b.header(header, value);
        return http().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String body, String header, String value) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).POST(HttpRequest.BodyPublishers.ofString(body));
        if (header != null) b.header(header, value);
        return http().send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String error(HttpResponse<String> r) throws IOException {
        return json.readTree(r.body()).path("error").asText();
    }

    @Test
    void theServerRefusesWhatItMustAndKeepsTheGame(@TempDir Path dir) throws Exception {
        ScenarioLibrary.Entry entry = ScenarioLibrary.standard().load("lesson-play-the-war", List.of("grid.cell_degrees=0.4"));
        Game game = Game.start(new SahelSim(entry.scenario(), ScenarioRun.geographyFor(entry), 4), Faction.usual(),
                Clock.systemUTC(), new SecureRandom());
        Path saves = dir.resolve("saves");
        try (ClassroomServer server = ClassroomServer.start(game, "127.0.0.1", 0, saves, Clock.systemUTC(), AtlasOverlay.of(MaliAtlas.load()))) {
            String base = "http://127.0.0.1:" + server.port();
            String teacher = ClassroomServer.TEACHER;
            String key = game.teacherKey();

            HttpResponse<String> page = get(base + "/", null, null);
            assertEquals(200, page.statusCode());
            String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("script-src 'self'"), csp);
            assertEquals("nosniff", page.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals(200, get(base + "/static/common.js", null, null).statusCode());
            assertEquals(200, get(base + "/teacher", null, null).statusCode());

            assertEquals(403, get(base + "/api/teacher", null, null).statusCode());
            assertEquals(403, get(base + "/api/teacher", teacher, "guess").statusCode());
            assertEquals(403, post(base + "/api/teacher/advance", "{}", teacher, "guess").statusCode());
            assertEquals(0, game.month(), "a refused advance plays nothing");
            assertEquals(403, get(base + "/api/class?code=NOPE", null, null).statusCode());
            assertEquals(200, get(base + "/api/class?code=" + game.joinCode(), null, null).statusCode());

            HttpResponse<String> unknown = post(base + "/api/join",
                    "{\"code\":\"" + game.joinCode() + "\",\"faction\":\"wagner\",\"name\":\"Awa\"}", null, null);
            assertEquals(400, unknown.statusCode());
            assertTrue(error(unknown).startsWith("There is no faction 'wagner' in this class"), unknown.body());
            HttpResponse<String> garbage = post(base + "/api/join", "{code: oops", null, null);
            assertEquals(400, garbage.statusCode());
            assertTrue(error(garbage).startsWith("The request is not what this address takes"), garbage.body());
            HttpResponse<String> extra = post(base + "/api/join", "{\"code\":\"x\",\"faction\":\"jnim\",\"name\":\"A\",\"admin\":true}", null, null);
            assertEquals(400, extra.statusCode(), "unknown fields are refused, not ignored");
            HttpResponse<String> big = post(base + "/api/join", "{\"name\":\"" + "a".repeat(40_000) + "\"}", null, null);
            assertEquals(413, big.statusCode());
            assertEquals(404, get(base + "/api/nothing", null, null).statusCode());
            assertTrue(game.seats().isEmpty(), "nothing refused took a seat");

            HttpResponse<String> joined = post(base + "/api/join",
                    "{\"code\":\"" + game.joinCode() + "\",\"faction\":\"jnim\",\"name\":\"Awa\"}", null, null);
            assertEquals(200, joined.statusCode());
            String token = json.readTree(joined.body()).path("token").asText();
            JsonNode view = json.readTree(get(base + "/api/seat", ClassroomServer.SEAT, token).body());
            assertEquals("JNIM", view.path("label").asText());
            assertTrue(view.path("options").size() > 10, "the faction's menu");
            assertEquals(403, get(base + "/api/seat", ClassroomServer.SEAT, "stolen").statusCode());
            HttpResponse<String> offMenu = post(base + "/api/seat/orders", "{\"month\":0,\"choices\":[\"assault:bamak0\"]}",
                    ClassroomServer.SEAT, token);
            assertEquals(400, offMenu.statusCode());
            HttpResponse<String> noMonth = post(base + "/api/seat/orders", "{\"choices\":[]}", ClassroomServer.SEAT, token);
            assertEquals(400, noMonth.statusCode());
            assertEquals(null, game.submission(Faction.JNIM));
            assertEquals(200, post(base + "/api/seat/orders", "{\"month\":0,\"choices\":[\"blockade\"]}", ClassroomServer.SEAT, token).statusCode());
            HttpResponse<String> debriefTooSoon = get(base + "/api/seat/debrief", ClassroomServer.SEAT, token);
            assertEquals(409, debriefTooSoon.statusCode());

            HttpResponse<String> badEvent = post(base + "/api/teacher/event", "{\"type\":\"truce\",\"target\":\"state;state\"}", teacher, key);
            assertEquals(400, badEvent.statusCode());
            assertTrue(error(badEvent).contains("2 different names of a side"), badEvent.body());
            assertTrue(game.fired().isEmpty());
            assertEquals(200, post(base + "/api/teacher/event", "{\"type\":\"truce\",\"target\":\"state;jnim\"}", teacher, key).statusCode());
            assertEquals(1, game.fired().size());

            // Save, play on, resume: back to the month saved, with the seat still the student's.
            HttpResponse<String> saved = post(base + "/api/teacher/save", "{}", teacher, key);
            assertEquals(200, saved.statusCode());
            String file = json.readTree(saved.body()).path("file").asText();
            assertTrue(Files.exists(saves.resolve(file)));
            assertEquals(200, post(base + "/api/teacher/advance", "{}", teacher, key).statusCode());
            assertEquals(1, server.game().month());
            HttpResponse<String> outside = post(base + "/api/teacher/resume", "{\"file\":\"../../etc/passwd\"}", teacher, key);
            assertEquals(404, outside.statusCode(), "only the games listed in the saves folder");
            assertEquals(200, post(base + "/api/teacher/resume", "{\"file\":\"" + file + "\"}", teacher, key).statusCode());
            assertEquals(0, server.game().month());
            assertEquals(200, get(base + "/api/seat", ClassroomServer.SEAT, token).statusCode(), "the student keeps the seat");
            assertEquals("blockade", server.game().submission(Faction.JNIM).orders().get(0).id(), "and the orders sent before the save");
        }
    }

    @Test
    void thePagesFetchNothingFromElsewhere() throws IOException {
        Pattern away = Pattern.compile("(?i)(https?:)?//[a-z0-9.-]+\\.[a-z]{2,}");
        for (String name : List.of("index.html", "play.html", "teacher.html", "classroom.css", "common.js", "join.js", "play.js",
                "teacher.js", "debrief.js")) {
            try (InputStream in = ClassroomServer.class.getResourceAsStream(ClassroomServer.WEB + "/" + name)) {
                assertTrue(in != null, name + " is served");
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("http://www.w3.org/2000/svg", "");
                assertFalse(away.matcher(text).find(), name + " names another server: " + (away.matcher(text).find() ? text : ""));
                assertFalse(text.contains("innerHTML"), name + " builds pages from text, never from markup");
            }
        }
    }
}
