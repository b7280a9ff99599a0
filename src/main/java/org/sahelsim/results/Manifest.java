package org.sahelsim.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sahelsim.data.DataFormatException;

/**
 * What {@code manifest.json} says about a run: the scenario, the seed, the period, the grid and
 * every effective parameter with its source.
 *
 * <p>The scenario's fields are read from a {@code scenario} object ({@code id}, {@code title},
 * {@code question}, {@code sha256}) or, failing that, from top-level {@code scenario_id},
 * {@code title}, {@code question}, {@code scenario_sha256}. Dates are read from
 * {@code first_date}/{@code last_date} (or {@code start}/{@code end}).
 *
 * @param scenarioId  scenario id, e.g. {@code baseline}
 * @param title       the scenario's title for people
 * @param question    the question the scenario asks, or empty
 * @param sha256      SHA-256 of the scenario file, or empty
 * @param seed        the run's seed
 * @param version     the software version, or empty
 * @param firstDate   first week's Monday, if stated
 * @param lastDate    last week's Monday, if stated
 * @param weeks       number of weeks, or 0 if not stated
 * @param grid        the cell grid, if stated
 * @param parameters  the effective parameters, in the file's order
 * @param actors      the sides' and forces' keys, labels and colours, if the run recorded them
 */
public record Manifest(String scenarioId, String title, String question, String sha256, long seed,
                       String version, Optional<LocalDate> firstDate, Optional<LocalDate> lastDate,
                       int weeks, Optional<Grid> grid, List<Parameter> parameters, Optional<Actors> actors) {

    static final String FILE = RunFiles.MANIFEST;

    public Manifest {
        parameters = List.copyOf(parameters);
    }

    /**
     * The raster the cells live on: column 0 starts at {@code lonMin}, row 0 at {@code latMax}
     * (rows run south).
     */
    public record Grid(double lonMin, double latMax, double cellDegrees, int width, int height) {
        public Grid {
            if (!(cellDegrees > 0) || width <= 0 || height <= 0) {
                throw new IllegalArgumentException("grid needs cell_degrees > 0 and a positive size, got "
                        + cellDegrees + ", " + width + "x" + height);
            }
        }

        public double lonMax() { return lonMin + width * cellDegrees; }

        public double latMin() { return latMax - height * cellDegrees; }
    }

    /**
     * One effective parameter.
     *
     * @param path   dotted path in the scenario, e.g. {@code fuel.import_litres_per_week}
     * @param value  the value as written in the manifest
     * @param range  the allowed range as text, or empty
     * @param source where the value comes from (article, estimate), or empty
     */
    public record Parameter(String path, String value, String range, String source) {
    }

    static Manifest read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new DataFormatException(FILE, 0, 0, "the file is missing from the run folder");
        } catch (IOException e) {
            throw new DataFormatException(FILE, "cannot be read (" + e.getMessage() + ")", e);
        }
        return parse(text);
    }

    public static Manifest parse(String text) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new DataFormatException(FILE, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) throw new DataFormatException(FILE, 1, 1, "expected a JSON object");
        JsonNode scenario = root.path("scenario");
        String id;
        String title;
        String question;
        String sha;
        if (scenario.isObject()) {
            id = text(scenario, "id");
            title = text(scenario, "title");
            question = text(scenario, "question");
            sha = text(scenario, "sha256");
        } else {
            id = scenario.isTextual() ? scenario.asText() : text(root, "scenario_id");
            title = text(root, "title");
            question = text(root, "question");
            sha = text(root, "scenario_sha256");
        }
        if (title.isEmpty()) title = text(root, "scenario_title");
        if (title.isEmpty()) title = id;
        JsonNode seedNode = root.path("seed");
        if (!seedNode.canConvertToLong()) {
            throw new DataFormatException(FILE, 0, 0, "expected a whole number under 'seed', found " + seedNode);
        }
        Optional<LocalDate> first = date(root, "first_date", "start");
        Optional<LocalDate> last = date(root, "last_date", "end");
        int weeks = root.path("weeks").asInt(0);
        Optional<Grid> grid = Optional.empty();
        JsonNode g = root.path("grid");
        if (g.isObject()) {
            try {
                grid = Optional.of(new Grid(number(g, "lon_min"), number(g, "lat_max"), number(g, "cell_degrees"),
                        (int) number(g, "width"), (int) number(g, "height")));
            } catch (IllegalArgumentException e) {
                throw new DataFormatException(FILE, 0, 0, "'grid': " + e.getMessage());
            }
        }
        List<Parameter> parameters = new ArrayList<>();
        JsonNode ps = root.path("parameters");
        if (ps.isArray()) {
            for (JsonNode p : ps) {
                parameters.add(new Parameter(text(p, "path"), plain(p.path("value")),
                        range(p.path("range")), plain(p.path("source"))));
            }
        } else if (ps.isObject()) { // a map from path to {value, range, source}
            ps.fields().forEachRemaining(e -> parameters.add(new Parameter(e.getKey(),
                    plain(e.getValue().path("value")), range(e.getValue().path("range")),
                    plain(e.getValue().path("source")))));
        }
        return new Manifest(id, title, question, sha, seedNode.asLong(), text(root, "version"),
                first, last, weeks, grid, parameters, actors(root.path("actors")));
    }

    /** {@code {"sides": [{key, label, colour}, ...], "forces": [{key, label, colour, side, foreign}, ...]}}. */
    private static Optional<Actors> actors(JsonNode a) {
        if (a.isMissingNode() || a.isNull()) return Optional.empty();
        if (!a.isObject() || !a.path("sides").isArray() || !a.path("forces").isArray()) {
            throw new DataFormatException(FILE, "'actors': expected an object with the lists 'sides' and 'forces'");
        }
        List<Actor> sides = new ArrayList<>();
        Actor contested = null;
        Actor ungoverned = null;
        for (int i = 0; i < a.path("sides").size(); i++) {
            Actor s = actor(a.path("sides").get(i), "actors.sides[" + i + "]", false);
            if (s.key().equals(Actors.CONTESTED)) contested = s;
            else if (s.key().equals(Actors.UNGOVERNED)) ungoverned = s;
            else sides.add(s);
        }
        if (contested == null) contested = Actors.standard().contested();
        List<Actor> forces = new ArrayList<>();
        for (int i = 0; i < a.path("forces").size(); i++) {
            forces.add(actor(a.path("forces").get(i), "actors.forces[" + i + "]", true));
        }
        return Optional.of(new Actors(sides, contested, ungoverned, forces));
    }

    private static Actor actor(JsonNode n, String where, boolean force) {
        String key = text(n, "key");
        if (!key.matches("[a-z][a-z0-9_]*")) {
            throw new DataFormatException(FILE, "'" + where + ".key': expected an id of lower-case letters, digits and '_', found '" + key + "'");
        }
        String colour = text(n, "colour");
        if (!colour.matches("#[0-9a-fA-F]{6}")) {
            throw new DataFormatException(FILE, "'" + where + ".colour': expected a colour like #0072b2, found '" + colour + "'");
        }
        String label = text(n, "label");
        return new Actor(key, label.isBlank() ? Actors.titleCase(key) : label, colour,
                force ? text(n, "side") : key, force && n.path("foreign").asBoolean(false));
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.path(field);
        return v.isMissingNode() || v.isNull() ? "" : plain(v);
    }

    /** A value as a person reads it: strings without quotes, arrays as "a, b". */
    private static String plain(JsonNode v) {
        if (v == null || v.isMissingNode() || v.isNull()) return "";
        if (v.isNumber()) return v.decimalValue().stripTrailingZeros().toPlainString(); // 1e9 as 1000000000
        if (v.isValueNode()) return v.asText();
        if (v.isArray()) {
            List<String> parts = new ArrayList<>();
            v.forEach(x -> parts.add(plain(x)));
            return String.join(", ", parts);
        }
        return v.toString();
    }

    private static String range(JsonNode r) {
        if (r.isArray() && r.size() == 2) return "[" + plain(r.get(0)) + ", " + plain(r.get(1)) + "]";
        if (r.isObject() && (r.has("min") || r.has("max"))) {
            return "[" + (r.has("min") ? plain(r.get("min")) : "−∞") + ", "
                    + (r.has("max") ? plain(r.get("max")) : "∞") + "]";
        }
        return plain(r);
    }

    private static double number(JsonNode g, String field) {
        JsonNode v = g.path(field);
        if (!v.isNumber()) {
            throw new DataFormatException(FILE, 0, 0, "expected a number under 'grid." + field + "', found " + v);
        }
        return v.asDouble();
    }

    private static Optional<LocalDate> date(JsonNode root, String... names) {
        for (String name : names) {
            JsonNode v = root.path(name);
            if (v.isTextual()) {
                try {
                    return Optional.of(LocalDate.parse(v.asText()));
                } catch (DateTimeParseException e) {
                    throw new DataFormatException(FILE, 0, 0,
                            "expected an ISO date under '" + name + "', found '" + v.asText() + "'");
                }
            }
        }
        return Optional.empty();
    }
}
