package org.sahelsim.geodata;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.sahelsim.data.DataFormatException;

/** Reads the Polygon and MultiPolygon features of a GeoJSON FeatureCollection into JTS geometries. */
final class GeoJson {
    /** A feature: its properties and its shape (lon/lat degrees). */
    record Feature(int index, JsonNode properties, Geometry geometry) {
        String property(String resource, String name) {
            JsonNode v = properties.get(name);
            if (v == null || v.isNull()) {
                throw new DataFormatException(resource, "feature " + index + ": expected a property '" + name + "'");
            }
            return v.asText();
        }
    }

    private GeoJson() {
    }

    static List<Feature> read(AtlasSource source, String resource, GeometryFactory factory) {
        JsonNode root;
        try (InputStream in = source.open(resource)) {
            root = new ObjectMapper().readTree(in);
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new DataFormatException(resource, loc == null ? 0 : loc.getLineNr(), loc == null ? 0 : loc.getColumnNr(),
                    "expected well-formed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource + ": " + e.getMessage(), e);
        }
        JsonNode features = root == null ? null : root.get("features");
        if (features == null || !features.isArray()) {
            throw new DataFormatException(resource, "expected a GeoJSON FeatureCollection with a 'features' array");
        }
        List<Feature> out = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            JsonNode f = features.get(i);
            JsonNode g = f.get("geometry");
            if (g == null || !g.has("type") || !g.has("coordinates")) {
                throw new DataFormatException(resource, "feature " + i + ": expected a geometry with type and coordinates");
            }
            String type = g.get("type").asText();
            Geometry geometry;
            if (type.equals("Polygon")) {
                geometry = polygon(resource, i, g.get("coordinates"), factory);
            } else if (type.equals("MultiPolygon")) {
                JsonNode polys = g.get("coordinates");
                Polygon[] parts = new Polygon[polys.size()];
                for (int p = 0; p < polys.size(); p++) parts[p] = polygon(resource, i, polys.get(p), factory);
                geometry = factory.createMultiPolygon(parts);
            } else {
                throw new DataFormatException(resource, "feature " + i + ": expected a Polygon or MultiPolygon, found " + type);
            }
            if (!geometry.isValid()) {
                throw new DataFormatException(resource, "feature " + i + ": expected a valid polygon (no self-intersection)");
            }
            JsonNode props = f.get("properties");
            out.add(new Feature(i, props == null ? new ObjectMapper().createObjectNode() : props, geometry));
        }
        return out;
    }

    private static Polygon polygon(String resource, int feature, JsonNode rings, GeometryFactory factory) {
        if (rings == null || !rings.isArray() || rings.isEmpty()) {
            throw new DataFormatException(resource, "feature " + feature + ": expected an array of linear rings");
        }
        LinearRing shell = ring(resource, feature, rings.get(0), factory);
        LinearRing[] holes = new LinearRing[rings.size() - 1];
        for (int h = 1; h < rings.size(); h++) holes[h - 1] = ring(resource, feature, rings.get(h), factory);
        return factory.createPolygon(shell, holes);
    }

    private static LinearRing ring(String resource, int feature, JsonNode ring, GeometryFactory factory) {
        if (!ring.isArray() || ring.size() < 4) {
            throw new DataFormatException(resource, "feature " + feature + ": expected a closed ring of at least 4 positions");
        }
        Coordinate[] cs = new Coordinate[ring.size()];
        for (int k = 0; k < ring.size(); k++) {
            JsonNode p = ring.get(k);
            if (!p.isArray() || p.size() < 2 || !p.get(0).isNumber() || !p.get(1).isNumber()) {
                throw new DataFormatException(resource, "feature " + feature + ", position " + k + ": expected [lon, lat]");
            }
            cs[k] = new Coordinate(p.get(0).asDouble(), p.get(1).asDouble());
        }
        if (!cs[0].equals2D(cs[cs.length - 1])) {
            throw new DataFormatException(resource, "feature " + feature + ": expected the ring to end where it starts");
        }
        return factory.createLinearRing(cs);
    }
}
