package org.sahelsim.geodata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.sahelsim.data.CsvTable;
import org.sahelsim.data.DataFormatException;

class MaliAtlasTest {
    private static MaliAtlas atlas;

    @BeforeAll
    static void load() {
        atlas = MaliAtlas.load();
    }

    private static Point point(double lon, double lat) {
        return atlas.country().getFactory().createPoint(new Coordinate(lon, lat));
    }

    @Test
    void regionsTileTheCountryWithoutGapsOrOverlaps() {
        double country = Sphere.areaKm2(atlas.country());
        double sum = 0;
        List<RegionShape> regions = atlas.regions();
        assertEquals(11, regions.size());
        for (RegionShape r : regions) sum += Sphere.areaKm2(r.shape());
        assertEquals(country, sum, country * 1e-6, "regions must add up to the country");
        for (int i = 0; i < regions.size(); i++) {
            for (int j = i + 1; j < regions.size(); j++) {
                Geometry overlap = regions.get(i).shape().intersection(regions.get(j).shape());
                assertTrue(overlap.getArea() < 1e-9, regions.get(i).id() + " overlaps " + regions.get(j).id());
            }
        }
        // Natural Earth's outline against the official 1,240,192 km2.
        assertEquals(atlas.rules().require("area.mali_km2"), country, 0.03 * country);
    }

    @Test
    void everyRegionalCapitalLiesInItsOwnRegionPolygon() {
        for (RegionShape r : atlas.regions()) {
            Place cap = atlas.place(r.capital());
            assertNotNull(cap, r.id());
            assertTrue(cap.capital(), cap.id() + " is flagged as a capital");
            assertEquals(r.id(), cap.region(), "declared region of " + cap.id());
            assertTrue(r.shape().contains(point(cap.lon(), cap.lat())), cap.id() + " must lie in the polygon of " + r.id());
        }
    }

    @Test
    void townsThatAreNotOnTheBorderLieInTheirDeclaredRegion() {
        for (Place p : atlas.places()) {
            if (p.borderCountry() != null) continue;
            RegionShape r = atlas.region(p.region());
            assertTrue(r.shape().contains(point(p.lon(), p.lat())), p.id() + " must lie in the polygon of " + r.id());
        }
    }

    @Test
    void regionAreasAreWithinAQuarterOfTheOfficialFigures() {
        int checked = 0;
        for (RegionShape r : atlas.regions()) {
            if (Double.isNaN(r.officialAreaKm2())) continue;
            double area = Sphere.areaKm2(r.shape());
            assertEquals(r.officialAreaKm2(), area, 0.25 * r.officialAreaKm2(), r.id());
            checked++;
        }
        assertEquals(9, checked, "Bamako and the eight regions with official areas");
        double north = Sphere.areaKm2(atlas.region("tombouctou").shape()) + Sphere.areaKm2(atlas.region("taoudenit").shape());
        double official = atlas.rules().require("area.tombouctou_taoudenit_km2");
        assertEquals(official, north, 0.25 * official, "Tombouctou + Taoudénit");
    }

    @Test
    void censusAddsUpToTheNationalTotalAndToEachRegion() {
        long total = 0;
        Map<String, Long> byRegion = new HashMap<>();
        for (CensusArea c : atlas.census()) {
            total += c.population();
            byRegion.merge(c.region(), c.population(), Long::sum);
        }
        assertEquals(22_395_485L, total, "RGPH5 2022 national total");
        long regions = 0;
        for (RegionShape r : atlas.regions()) {
            assertEquals(byRegion.get(r.id()), r.census2022(), r.id());
            regions += r.census2022();
        }
        assertEquals(22_395_485L, regions);
        assertEquals(4_227_569L, atlas.region("bamako").census2022());
    }

    @Test
    void eachCorridorEntersFromItsOriginCountry() {
        assertEquals(7, atlas.corridors().size());
        for (CorridorEntry c : atlas.corridors()) {
            Place crossing = atlas.place(c.entry());
            assertEquals(PlaceKind.BORDER, crossing.kind(), c.id());
            assertEquals(c.originCountry(), crossing.borderCountry(), c.id());
            // The origin country is the nearest neighbour to the crossing, and close to it.
            Point p = point(crossing.lon(), crossing.lat());
            String nearest = null;
            double best = Double.POSITIVE_INFINITY;
            for (CountryShape n : atlas.neighbours()) {
                double dist = n.shape().distance(p);
                if (dist < best) {
                    best = dist;
                    nearest = n.id();
                }
            }
            assertEquals(c.originCountry(), nearest, c.id() + ": nearest country to " + crossing.id());
            assertTrue(best < 0.25, c.id() + ": crossing " + crossing.id() + " is " + best + " degrees from the border");
        }
    }

    @Test
    void roadsJoinKnownPlacesAndAreAtLeastAsLongAsTheCrowFlies() {
        assertTrue(atlas.roads().size() > 40);
        for (RoadLine r : atlas.roads()) {
            Place a = atlas.place(r.from());
            Place b = atlas.place(r.to());
            double crow = Sphere.distanceKm(a.lon(), a.lat(), b.lon(), b.lat());
            assertTrue(r.lengthKm() >= 0.9 * crow && r.lengthKm() <= 2 * crow + 5, r.from() + "-" + r.to() + " " + r.lengthKm());
        }
        RoadLine rn6 = atlas.roads().stream().filter(r -> r.from().equals("bamako") && r.to().equals("segou")).findFirst().orElseThrow();
        assertEquals(221, rn6.lengthKm(), 1e-9, "sourced length of the RN6 Bamako–Ségou");
    }

    // --- errors in the data files -------------------------------------------------------------

    /** The embedded files, with one replaced. */
    private static AtlasSource replacing(String name, String content) {
        AtlasSource embedded = AtlasSource.embedded();
        return file -> file.equals(name)
                ? new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8))
                : embedded.open(file);
    }

    private static String embeddedText(String name) {
        try (InputStream in = AtlasSource.embedded().open(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Replaces the first occurrence of {@code from} in the file and returns the 1-based line it was on. */
    private static int lineOf(String text, String from) {
        int at = text.indexOf(from);
        assertTrue(at >= 0, "fixture text not found: " + from);
        return (int) text.substring(0, at).chars().filter(ch -> ch == '\n').count() + 1;
    }

    @ParameterizedTest(name = "{0}: ''{1}'' -> column {3}")
    @CsvSource(delimiter = '|', value = {
        "towns.csv|sevare,Sévaré,-4.0922,14.5297|sevare,Sévaré,-4.0922x,14.5297|3|a number",
        "towns.csv|kidal,Kidal,1.40778,18.44111,kidal,town,true|kidal,Kidal,1.40778,18.44111,kidal,city,true|6|one of town, junction, border",
        "towns.csv|gao,Gao,-0.04472,16.27167,gao,town,true|gao,Gao,-0.04472,16.27167,gao,town,yes|7|true or false",
        "roads.csv|bamako,segou,RN6,true,221|bamako,segu,RN6,true,221|2|the id of a place",
        "roads.csv|diema,sandare,northern Dakar corridor,true,137.7|diema,sandare,northern Dakar corridor,true|6|expected 6 fields",
        "regions.csv|segou,Ségou,segou,64821,3276070|segou,Ségou,segou,64821,3276071|5|the sum of the region's rows",
        "mines.csv|fekola,Fekola,true,-11.3,12.6,kayes,13.9|fekola,Fekola,true,-11.3,12.6,kayes,-13.9|7|zero or more",
        "corridors.csv|niamey,Niamey via Ansongo/Labbezanga,Niamey,niger|niamey,Niamey via Ansongo/Labbezanga,Niamey,chad|4|a neighbour id",
        "rules.csv|winding.track,1.3|winding.track,1,3|4|expected 3 fields",
        "census_2022.csv|san,segou,820807|san,segou,820 807|3|a whole number",
    })
    void aMalformedLineNamesTheResourceLineAndColumn(String resource, String from, String to, int column, String expected) {
        String text = embeddedText(resource);
        int line = lineOf(text, from);
        String broken = text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
        DataFormatException e = assertThrows(DataFormatException.class, () -> MaliAtlas.load(replacing(resource, broken)));
        assertEquals(resource, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertEquals(column, e.column(), e.getMessage());
        assertTrue(e.getMessage().startsWith(resource + ":" + line + ":" + column + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    @Test
    void malformedJsonNamesTheResourceLineAndColumn() {
        String text = embeddedText(MaliAtlas.REGION_SHAPES);
        int line = lineOf(text, "\"id\":\"kidal\"");
        String broken = text.replaceFirst("\"id\":\"kidal\"", "\"id\" \"kidal\"");
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> MaliAtlas.load(replacing(MaliAtlas.REGION_SHAPES, broken)));
        assertEquals(MaliAtlas.REGION_SHAPES, e.file());
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.column() > 0, e.getMessage());
        assertTrue(e.getMessage().contains("expected well-formed JSON"), e.getMessage());
    }

    @Test
    void anUnclosedQuoteIsReportedWhereItOpens() {
        DataFormatException e = assertThrows(DataFormatException.class,
                () -> CsvTable.parseWithComments("x.csv", "# c\na,b,c\n1,\"two,3\n").require("a"));
        assertEquals("x.csv", e.file());
        assertEquals(3, e.line());
        assertEquals(2, e.column());
    }
}
