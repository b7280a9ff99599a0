package org.sahelsim.geodata;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.PrecisionModel;
import org.sahelsim.model.world.Terrain;
import org.sahelsim.data.DataFormatException;
import org.sahelsim.data.CsvTable;

/**
 * The map of Mali as vector data, read from the resources beside this class (sources in their
 * headers and in {@code SOURCES.md}): the country and its neighbours (Natural Earth), the ten
 * regions and Bamako district (approximate outlines clipped to the country), towns, junctions
 * and border crossings, roads, fuel corridors, gold mines, terrain zones and the rasterising
 * rules. Immutable; geometries are lon/lat degrees and must not be modified by callers.
 */
public final class MaliAtlas {
    static final String COUNTRIES = "countries.geojson";
    static final String REGION_SHAPES = "regions.geojson";
    static final String REGIONS = "regions.csv";
    static final String CENSUS = "census_2022.csv";
    static final String TOWNS = "towns.csv";
    static final String ROADS = "roads.csv";
    static final String CORRIDORS = "corridors.csv";
    static final String MINES = "mines.csv";
    static final String GARRISONS = "garrisons.csv";
    static final String TERRAIN_ZONES = "terrain_zones.geojson";

    private static final String MALI = "mali";

    private final Geometry country;
    private final List<CountryShape> neighbours;
    private final List<RegionShape> regions;
    private final List<CensusArea> census;
    private final List<Place> places;
    private final List<RoadLine> roads;
    private final List<CorridorEntry> corridors;
    private final List<MineSite> mines;
    private final List<GarrisonSite> garrisons;
    private final List<TerrainZone> terrainZones;
    private final MapRules rules;
    private final Map<String, Place> placeById;

    private MaliAtlas(Geometry country, List<CountryShape> neighbours, List<RegionShape> regions, List<CensusArea> census,
                      List<Place> places, List<RoadLine> roads, List<CorridorEntry> corridors, List<MineSite> mines,
                      List<GarrisonSite> garrisons, List<TerrainZone> terrainZones, MapRules rules) {
        this.country = country;
        this.neighbours = List.copyOf(neighbours);
        this.regions = List.copyOf(regions);
        this.census = List.copyOf(census);
        this.places = List.copyOf(places);
        this.roads = List.copyOf(roads);
        this.corridors = List.copyOf(corridors);
        this.mines = List.copyOf(mines);
        this.garrisons = List.copyOf(garrisons);
        this.terrainZones = List.copyOf(terrainZones);
        this.rules = rules;
        Map<String, Place> byId = new LinkedHashMap<>();
        for (Place p : places) byId.put(p.id(), p);
        this.placeById = byId;
        // A geometry computes its envelope when first asked and keeps it: asked here, before the
        // atlas is handed to other threads (a run's map and its pictures' overlay are made from
        // one atlas), so that none of them writes it afterwards.
        country.getEnvelopeInternal();
        for (CountryShape c : this.neighbours) c.shape().getEnvelopeInternal();
        for (RegionShape r : this.regions) r.shape().getEnvelopeInternal();
        for (TerrainZone z : this.terrainZones) z.shape().getEnvelopeInternal();
    }

    /** Reads the atlas shipped with the program. */
    public static MaliAtlas load() {
        return load(AtlasSource.embedded());
    }

    /** Reads the atlas from another source of the same files (tests). */
    public static MaliAtlas load(AtlasSource source) {
        GeometryFactory factory = new GeometryFactory(new PrecisionModel(), 4326);
        MapRules rules = MapRules.read(source);

        Geometry country = null;
        List<CountryShape> neighbours = new ArrayList<>();
        for (GeoJson.Feature f : GeoJson.read(source, COUNTRIES, factory)) {
            String id = f.property(COUNTRIES, "id");
            if (id.equals(MALI)) country = f.geometry();
            else neighbours.add(new CountryShape(id, f.property(COUNTRIES, "name"), f.geometry()));
        }
        if (country == null) throw new DataFormatException(COUNTRIES, "expected a feature with id 'mali'");
        Set<String> countryIds = new HashSet<>();
        for (CountryShape c : neighbours) countryIds.add(c.id());

        List<CensusArea> census = readCensus(source);
        List<Place> places = readPlaces(source, countryIds);
        Map<String, Place> placeById = new HashMap<>();
        for (Place p : places) placeById.put(p.id(), p);
        List<RegionShape> regions = readRegions(source, factory, country, census, placeById);
        Set<String> regionIds = new HashSet<>();
        for (RegionShape r : regions) regionIds.add(r.id());
        for (Place p : places) {
            if (!regionIds.contains(p.region())) {
                throw new DataFormatException(TOWNS, "place '" + p.id() + "': expected a region id of " + REGIONS + ", found '" + p.region() + "'");
            }
        }
        List<RoadLine> roads = readRoads(source, placeById, rules);
        List<CorridorEntry> corridors = readCorridors(source, placeById, countryIds);
        List<MineSite> mines = readMines(source, regionIds);
        Set<String> ids = new HashSet<>(placeById.keySet());
        for (MineSite m : mines) ids.add(m.id());
        List<GarrisonSite> garrisons = readGarrisons(source, regionIds, ids);
        List<TerrainZone> zones = new ArrayList<>();
        for (GeoJson.Feature f : GeoJson.read(source, TERRAIN_ZONES, factory)) {
            String key = f.property(TERRAIN_ZONES, "terrain");
            Terrain terrain = null;
            for (Terrain t : Terrain.values()) if (t.key().equals(key)) terrain = t;
            if (terrain == null) {
                throw new DataFormatException(TERRAIN_ZONES, "feature " + f.index() + ": expected a terrain key, found '" + key + "'");
            }
            zones.add(new TerrainZone(terrain, f.geometry()));
        }
        return new MaliAtlas(country, neighbours, regions, census, places, roads, corridors, mines, garrisons, zones, rules);
    }

    private static List<CensusArea> readCensus(AtlasSource source) {
        CsvTable t = source.table(CENSUS, "area_2023", "region", "population", "source");
        List<CensusArea> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            long pop = r.integer("population");
            if (pop < 0) throw r.error("population", "a count of people, zero or more");
            out.add(new CensusArea(r.id("area_2023"), r.id("region"), pop, r.required("source")));
        }
        return out;
    }

    private static List<Place> readPlaces(AtlasSource source, Set<String> countryIds) {
        CsvTable t = source.table(TOWNS, "id", "name", "lon", "lat", "region", "kind", "capital", "border_country", "source");
        List<Place> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row r : t.rows()) {
            String id = r.id("id");
            if (!seen.add(id)) throw r.error("id", "an id not used before");
            double lon = r.decimalIn("lon", -13, 5, "a longitude in Mali's neighbourhood");
            double lat = r.decimalIn("lat", 9, 26, "a latitude in Mali's neighbourhood");
            PlaceKind kind = PlaceKind.valueOf(r.oneOf("kind", "town", "junction", "border").toUpperCase(Locale.ROOT));
            String border = r.text("border_country");
            if (border.isEmpty()) {
                if (kind == PlaceKind.BORDER) throw r.error("border_country", "the country a border crossing opens onto");
                border = null;
            } else if (!countryIds.contains(border)) {
                throw r.error("border_country", "a neighbour id of " + COUNTRIES + " " + countryIds);
            }
            out.add(new Place(id, r.required("name"), lon, lat, r.id("region"), kind, r.bool("capital"), border, r.required("source")));
        }
        return out;
    }

    private static List<RegionShape> readRegions(AtlasSource source, GeometryFactory factory, Geometry country,
                                                 List<CensusArea> census, Map<String, Place> places) {
        // Rough outlines overlap each other and spill over the border; each is clipped to the
        // country minus the regions before it (clip_order), so together they tile Mali exactly.
        List<GeoJson.Feature> features = new ArrayList<>(GeoJson.read(source, REGION_SHAPES, factory));
        Map<String, Geometry> rough = new LinkedHashMap<>();
        features.sort(Comparator.comparingInt(f -> Integer.parseInt(f.property(REGION_SHAPES, "clip_order"))));
        Geometry taken = factory.createPolygon();
        Map<String, Geometry> clipped = new HashMap<>();
        for (GeoJson.Feature f : features) {
            String id = f.property(REGION_SHAPES, "id");
            if (rough.put(id, f.geometry()) != null) {
                throw new DataFormatException(REGION_SHAPES, "feature " + f.index() + ": expected a region id not used before, found '" + id + "'");
            }
            Geometry shape = f.geometry().intersection(country).difference(taken);
            if (shape.isEmpty()) {
                throw new DataFormatException(REGION_SHAPES, "feature " + f.index() + ": region '" + id + "' has no area inside Mali");
            }
            clipped.put(id, shape);
            taken = taken.union(shape);
        }
        Map<String, Long> censusByRegion = new HashMap<>();
        for (CensusArea c : census) censusByRegion.merge(c.region(), c.population(), Long::sum);

        CsvTable t = source.table(REGIONS, "id", "name", "capital", "official_area_km2", "census_2022", "source");
        List<RegionShape> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            String id = r.id("id");
            Geometry shape = clipped.get(id);
            if (shape == null) throw r.error("id", "a region with an outline in " + REGION_SHAPES);
            String capital = r.id("capital");
            Place cap = places.get(capital);
            if (cap == null || !cap.capital()) throw r.error("capital", "the id of a capital in " + TOWNS);
            long pop = r.integer("census_2022");
            Long fromCensus = censusByRegion.get(id);
            if (fromCensus == null || fromCensus != pop) {
                throw r.error("census_2022", "the sum of the region's rows of " + CENSUS + " (" + fromCensus + ")");
            }
            out.add(new RegionShape(id, r.required("name"), capital, r.optionalDecimal("official_area_km2"), pop, shape, r.required("source")));
        }
        if (out.size() != clipped.size()) {
            throw new DataFormatException(REGIONS, "expected one line for each of the " + clipped.size() + " outlines of " + REGION_SHAPES);
        }
        return out;
    }

    private static List<RoadLine> readRoads(AtlasSource source, Map<String, Place> places, MapRules rules) {
        CsvTable t = source.table(ROADS, "from", "to", "name", "paved", "length_km", "source");
        List<RoadLine> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            Place a = places.get(r.id("from"));
            if (a == null) throw r.error("from", "the id of a place in " + TOWNS);
            Place b = places.get(r.id("to"));
            if (b == null) throw r.error("to", "the id of a place in " + TOWNS);
            if (a == b) throw r.error("to", "a place other than 'from'");
            boolean paved = r.bool("paved");
            double length = r.optionalDecimal("length_km");
            double crow = Sphere.distanceKm(a.lon(), a.lat(), b.lon(), b.lat());
            if (Double.isNaN(length)) length = crow * rules.winding(paved);
            else if (length < crow * 0.9) throw r.error("length_km", "at least the great-circle distance (" + Math.round(crow) + " km)");
            out.add(new RoadLine(a.id(), b.id(), r.text("name"), paved, length,
                    new double[] {a.lon(), b.lon()}, new double[] {a.lat(), b.lat()}, r.required("source")));
        }
        return out;
    }

    private static List<CorridorEntry> readCorridors(AtlasSource source, Map<String, Place> places, Set<String> countryIds) {
        CsvTable t = source.table(CORRIDORS, "id", "name", "port", "origin_country", "entry_node", "source");
        List<CorridorEntry> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            String origin = r.id("origin_country");
            if (!countryIds.contains(origin)) throw r.error("origin_country", "a neighbour id of " + COUNTRIES + " " + countryIds);
            Place entry = places.get(r.id("entry_node"));
            if (entry == null || entry.kind() != PlaceKind.BORDER) throw r.error("entry_node", "the id of a border crossing in " + TOWNS);
            out.add(new CorridorEntry(r.id("id"), r.required("name"), r.required("port"), origin, entry.id(), r.required("source")));
        }
        return out;
    }

    private static List<MineSite> readMines(AtlasSource source, Set<String> regionIds) {
        CsvTable t = source.table(MINES, "id", "name", "industrial", "lon", "lat", "region", "tonnes_per_year", "source");
        List<MineSite> out = new ArrayList<>();
        for (CsvTable.Row r : t.rows()) {
            String region = r.id("region");
            if (!regionIds.contains(region)) throw r.error("region", "a region id of " + REGIONS);
            double tonnes = r.optionalDecimal("tonnes_per_year");
            if (tonnes < 0) throw r.error("tonnes_per_year", "tonnes of gold a year, zero or more");
            out.add(new MineSite(r.id("id"), r.required("name"), r.bool("industrial"),
                    r.decimalIn("lon", -13, 5, "a longitude in Mali"), r.decimalIn("lat", 9, 26, "a latitude in Mali"),
                    region, tonnes, r.required("source")));
        }
        return out;
    }

    private static final Set<String> OPERATORS = Set.of("france", "minusma", "eu");

    private static List<GarrisonSite> readGarrisons(AtlasSource source, Set<String> regionIds, Set<String> takenIds) {
        CsvTable t = source.table(GARRISONS, "id", "name", "kind", "lon", "lat", "region", "operator", "source");
        List<GarrisonSite> out = new ArrayList<>();
        Set<String> seen = new HashSet<>(takenIds);
        for (CsvTable.Row r : t.rows()) {
            String id = r.id("id");
            if (!seen.add(id)) throw r.error("id", "an id not used by another place, mine or garrison");
            String kind = r.oneOf("kind", "camp", "base", "town");
            String region = r.id("region");
            if (!regionIds.contains(region)) throw r.error("region", "a region id of " + REGIONS);
            String operator = r.text("operator");
            if (operator.isEmpty()) {
                if (kind.equals("base")) throw r.error("operator", "the force whose base it is (" + OPERATORS + ")");
                operator = null;
            } else if (!OPERATORS.contains(operator)) {
                throw r.error("operator", "one of " + OPERATORS + " or empty");
            }
            out.add(new GarrisonSite(id, r.required("name"), kind,
                    r.decimalIn("lon", -13, 5, "a longitude in Mali"), r.decimalIn("lat", 9, 26, "a latitude in Mali"),
                    region, operator, r.required("source")));
        }
        return out;
    }

    /** Mali's outline (Natural Earth 1:50m). */
    public Geometry country() { return country; }
    /** The neighbouring countries' outlines. */
    public List<CountryShape> neighbours() { return neighbours; }
    /** The ten regions and Bamako district, in the order of {@code regions.csv}. */
    public List<RegionShape> regions() { return regions; }
    /** The 2022 census by the regions of 2023. */
    public List<CensusArea> census() { return census; }
    /** Towns, junctions and border crossings. */
    public List<Place> places() { return places; }
    /** Roads as lon/lat polylines. */
    public List<RoadLine> roads() { return roads; }
    /** Fuel import corridors. */
    public List<CorridorEntry> corridors() { return corridors; }
    /** Gold mines. */
    public List<MineSite> mines() { return mines; }
    /** Army camps, foreign bases and garrison towns besides the road network's towns. */
    public List<GarrisonSite> garrisons() { return garrisons; }
    /** Polygons that override the latitude bands of terrain. */
    public List<TerrainZone> terrainZones() { return terrainZones; }
    /** Rasterising rules. */
    public MapRules rules() { return rules; }

    /** The place with this id, or null. */
    public Place place(String id) { return placeById.get(id); }

    /** The border crossings. */
    public List<Place> borderCrossings() {
        return places.stream().filter(p -> p.kind() == PlaceKind.BORDER).toList();
    }

    /** The region with this id, or null. */
    public RegionShape region(String id) {
        for (RegionShape r : regions) if (r.id().equals(id)) return r;
        return null;
    }

    /** The neighbouring country with this id, or null. */
    public CountryShape neighbour(String id) {
        for (CountryShape c : neighbours) if (c.id().equals(id)) return c;
        return null;
    }
}
