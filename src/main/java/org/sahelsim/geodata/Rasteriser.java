package org.sahelsim.geodata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.operation.distance.IndexedFacetDistance;
import org.sahelsim.model.world.Corridor;
import org.sahelsim.model.world.Geography;
import org.sahelsim.model.world.Mine;
import org.sahelsim.model.world.Region;
import org.sahelsim.model.world.RoadNetwork;
import org.sahelsim.model.world.RoadNode;
import org.sahelsim.model.world.RoadSegment;
import org.sahelsim.model.world.Terrain;
import org.sahelsim.model.world.Town;
import org.sahelsim.data.DataFormatException;

/**
 * Rasterises a {@link MaliAtlas} onto a regular lon/lat grid, giving the model's {@link Geography}.
 *
 * <p>The rules, in order:
 * <ul>
 * <li>the grid is aligned on multiples of the cell size and covers Mali's bounding box; a cell is
 *     kept when its centre lies in Mali or at least half of it does;</li>
 * <li>a cell's area is its intersection with Mali, in km² on the sphere;</li>
 * <li>its region is the one covering most of it, except that the cell holding a regional capital
 *     belongs to that region (so Bamako district always has a cell);</li>
 * <li>terrain: the zones of {@code terrain_zones.geojson} (by cell centre), otherwise latitude
 *     bands from {@code rules.csv};</li>
 * <li>population: each region's census total, of which a share goes to the capital's cell and
 *     a share to each other town's cell, the rest spread over the region's cells in proportion to
 *     area times the terrain weight; each region's cells sum to its census figure;</li>
 * <li>border country: the neighbour whose outline lies within one cell size of the cell centre,
 *     except that a border crossing's cell opens onto the crossing's country;</li>
 * <li>roads: every place is a road node; each road's cells are those its straight line crosses.</li>
 * </ul>
 * A pure function of (atlas, cell size): nothing is cached between calls. The first pass (which
 * cells are kept, their area and region: most of the work, the polygons clipped to each border
 * cell) shares the grid's rows out over the processors; each cell is computed alone, so the
 * map is the same on any number of them.
 */
public final class Rasteriser {
    private Rasteriser() {
    }

    /**
     * Builds the geography at a cell size in degrees (0.25 by default in the model; 0.1 and 0.05
     * work too).
     */
    public static Geography build(MaliAtlas atlas, double cellDegrees) {
        if (!(cellDegrees >= 0.01 && cellDegrees <= 2)) {
            throw new IllegalArgumentException("cell size must be between 0.01 and 2 degrees, was " + cellDegrees);
        }
        final double d = cellDegrees;
        Geometry mali = atlas.country();
        GeometryFactory gf = mali.getFactory();
        Envelope env = mali.getEnvelopeInternal();
        double lonMin = Math.floor(env.getMinX() / d + 1e-9) * d;
        double latMax = Math.ceil(env.getMaxY() / d - 1e-9) * d;
        int width = (int) Math.ceil((env.getMaxX() - lonMin) / d - 1e-9);
        int height = (int) Math.ceil((latMax - env.getMinY()) / d - 1e-9);

        PreparedGeometry preparedMali = PreparedGeometryFactory.prepare(mali);
        List<RegionShape> regionShapes = atlas.regions();
        int regionCount = regionShapes.size();
        PreparedGeometry[] preparedRegions = new PreparedGeometry[regionCount];
        Envelope[] regionEnv = new Envelope[regionCount];
        for (int i = 0; i < regionCount; i++) {
            preparedRegions[i] = PreparedGeometryFactory.prepare(regionShapes.get(i).shape());
            regionEnv[i] = regionShapes.get(i).shape().getEnvelopeInternal();
        }

        // Pass 1: which cells are kept, their area and their majority region; the rows are
        // independent and shared out over the processors, then put together in order.
        double cellDeg2 = d * d;
        List<List<KeptCell>> keptRows = java.util.stream.IntStream.range(0, height).parallel().mapToObj(row -> {
            List<KeptCell> kept = new ArrayList<>();
            double latN = latMax - row * d;
            double latS = latN - d;
            for (int col = 0; col < width; col++) {
                double lonW = lonMin + col * d;
                double lonE = lonW + d;
                Envelope cellEnv = new Envelope(lonW, lonE, latS, latN);
                if (!env.intersects(cellEnv)) continue;
                Geometry box = gf.toGeometry(cellEnv);
                if (!preparedMali.intersects(box)) continue;
                double fraction;
                if (preparedMali.containsProperly(box)) {
                    fraction = 1;
                } else {
                    fraction = Math.min(1, mali.intersection(box).getArea() / cellDeg2);
                    boolean centreInside = preparedMali.contains(point(gf, lonW + d / 2, latS + d / 2));
                    if (fraction < 0.5 && !centreInside) continue;
                }
                int best = -1;
                double bestArea = 0;
                for (int i = 0; i < regionCount; i++) {
                    if (!regionEnv[i].intersects(cellEnv)) continue;
                    if (preparedRegions[i].containsProperly(box)) {
                        best = i;
                        break;
                    }
                    if (!preparedRegions[i].intersects(box)) continue;
                    double a = regionShapes.get(i).shape().intersection(box).getArea();
                    if (a > bestArea) {
                        bestArea = a;
                        best = i;
                    }
                }
                if (best < 0) best = nearestRegion(regionShapes, point(gf, lonW + d / 2, latS + d / 2));
                kept.add(new KeptCell(col, best, fraction * Sphere.rectangleKm2(lonW, latS, lonE, latN)));
            }
            return kept;
        }).toList();
        IntList cols = new IntList();
        IntList rows = new IntList();
        IntList regionOf = new IntList();
        List<Double> areas = new ArrayList<>();
        for (int row = 0; row < height; row++) {
            for (KeptCell k : keptRows.get(row)) {
                cols.add(k.col());
                rows.add(row);
                regionOf.add(k.region());
                areas.add(k.area());
            }
        }
        int n = cols.size();
        int[] col = cols.toArray();
        int[] row = rows.toArray();
        int[] region = regionOf.toArray();
        double[] area = new double[n];
        for (int c = 0; c < n; c++) area[c] = areas.get(c);
        int[] gridToCell = new int[width * height];
        Arrays.fill(gridToCell, -1);
        for (int c = 0; c < n; c++) gridToCell[row[c] * width + col[c]] = c;
        Grid grid = new Grid(lonMin, latMax, d, width, height, gridToCell, col, row);

        Map<String, Integer> regionIndex = new HashMap<>();
        for (int i = 0; i < regionCount; i++) regionIndex.put(regionShapes.get(i).id(), i);

        // The capital's cell belongs to its region whatever the majority says.
        int[] capitalCell = new int[regionCount];
        for (int i = 0; i < regionCount; i++) {
            Place cap = atlas.place(regionShapes.get(i).capital());
            capitalCell[i] = grid.cellFor(cap.lon(), cap.lat());
            region[capitalCell[i]] = i;
        }

        // Terrain.
        Terrain[] terrain = new Terrain[n];
        List<TerrainZone> zones = atlas.terrainZones();
        PreparedGeometry[] preparedZones = new PreparedGeometry[zones.size()];
        for (int z = 0; z < zones.size(); z++) preparedZones[z] = PreparedGeometryFactory.prepare(zones.get(z).shape());
        MapRules rules = atlas.rules();
        double sudanianMax = rules.sudanianMaxLat();
        double sahelMax = rules.sahelMaxLat();
        for (int c = 0; c < n; c++) {
            double lon = grid.lon(c);
            double lat = grid.lat(c);
            Terrain t = null;
            Point centre = point(gf, lon, lat);
            for (int z = 0; z < zones.size() && t == null; z++) {
                if (preparedZones[z].contains(centre)) t = zones.get(z).terrain();
            }
            if (t == null) t = lat < sudanianMax ? Terrain.SUDANIAN_SAVANNA : lat < sahelMax ? Terrain.SAHEL : Terrain.DESERT;
            terrain[c] = t;
        }

        // Population: capital and town shares, the rest by area times terrain weight.
        double[] population = new double[n];
        double[] terrainWeight = new double[Terrain.values().length];
        for (Terrain t : Terrain.values()) terrainWeight[t.ordinal()] = rules.terrainWeight(t);
        List<Place> places = atlas.places();
        int[] placeCell = new int[places.size()];
        for (int p = 0; p < places.size(); p++) placeCell[p] = grid.cellFor(places.get(p).lon(), places.get(p).lat());
        for (int i = 0; i < regionCount; i++) {
            RegionShape rs = regionShapes.get(i);
            double total = rs.census2022();
            double capitalShare = rules.capitalShare(rs.id());
            double townShare = rules.townShare();
            List<Integer> townCells = new ArrayList<>();
            for (int p = 0; p < places.size(); p++) {
                Place pl = places.get(p);
                if (pl.kind() == PlaceKind.TOWN && !pl.capital() && pl.region().equals(rs.id()) && region[placeCell[p]] == i) {
                    townCells.add(placeCell[p]);
                }
            }
            double rest = 1 - capitalShare - townShare * townCells.size();
            if (rest < 0 || capitalShare < 0 || townShare < 0) {
                throw new DataFormatException(MapRules.RESOURCE, "expected capital and town shares of region '" + rs.id()
                        + "' to add up to at most 1, found " + (1 - rest));
            }
            population[capitalCell[i]] += capitalShare * total;
            for (int tc : townCells) population[tc] += townShare * total;
            double weightSum = 0;
            double areaSum = 0;
            for (int c = 0; c < n; c++) {
                if (region[c] != i) continue;
                weightSum += area[c] * terrainWeight[terrain[c].ordinal()];
                areaSum += area[c];
            }
            for (int c = 0; c < n; c++) {
                if (region[c] != i) continue;
                double share = weightSum > 0 ? area[c] * terrainWeight[terrain[c].ordinal()] / weightSum : area[c] / areaSum;
                population[c] += rest * total * share;
            }
        }

        // 8-connected neighbours, CSR.
        int[] neighbourStart = new int[n + 1];
        IntList nb = new IntList();
        for (int c = 0; c < n; c++) {
            neighbourStart[c] = nb.size();
            for (int dr = -1; dr <= 1; dr++) {
                for (int dc = -1; dc <= 1; dc++) {
                    if (dr == 0 && dc == 0) continue;
                    int k = grid.cellAt(col[c] + dc, row[c] + dr);
                    if (k >= 0) nb.add(k);
                }
            }
        }
        neighbourStart[n] = nb.size();

        // Border country: the nearest neighbour within one cell size of the centre.
        String[] borderCountry = new String[n];
        IndexedFacetDistance maliEdge = new IndexedFacetDistance(mali);
        List<CountryShape> neighbours = atlas.neighbours();
        IndexedFacetDistance[] neighbourEdge = new IndexedFacetDistance[neighbours.size()];
        for (int k = 0; k < neighbours.size(); k++) neighbourEdge[k] = new IndexedFacetDistance(neighbours.get(k).shape());
        for (int c = 0; c < n; c++) {
            Point centre = point(gf, grid.lon(c), grid.lat(c));
            if (maliEdge.distance(centre) > d) continue;
            double best = d;
            for (int k = 0; k < neighbours.size(); k++) {
                double dist = neighbourEdge[k].distance(centre);
                if (dist <= best) {
                    best = dist;
                    borderCountry[c] = neighbours.get(k).id();
                }
            }
        }

        // A crossing's cell opens onto the crossing's country, even where a third country's
        // outline is nearer to the cell centre (Zégoua lies near the Burkina Faso tripoint).
        for (int p = 0; p < places.size(); p++) {
            if (places.get(p).borderCountry() != null) borderCountry[placeCell[p]] = places.get(p).borderCountry();
        }

        // Road network: every place is a node.
        List<RoadNode> nodes = new ArrayList<>();
        Map<String, Integer> nodeIndex = new HashMap<>();
        for (int p = 0; p < places.size(); p++) {
            Place pl = places.get(p);
            nodeIndex.put(pl.id(), p);
            nodes.add(new RoadNode(p, pl.id(), pl.name(), pl.lon(), pl.lat(), placeCell[p], pl.borderCountry()));
        }
        boolean[] road = new boolean[n];
        List<RoadSegment> segments = new ArrayList<>();
        for (RoadLine line : atlas.roads()) {
            int from = nodeIndex.get(line.from());
            int to = nodeIndex.get(line.to());
            int[] cells = grid.cellsAlong(line.lons(), line.lats(), placeCell[from], placeCell[to]);
            for (int c : cells) road[c] = true;
            segments.add(new RoadSegment(segments.size(), from, to, line.lengthKm(), line.name(), line.paved(), cells));
        }
        RoadNetwork network = new RoadNetwork(nodes, segments);

        List<Region> regions = new ArrayList<>();
        for (int i = 0; i < regionCount; i++) {
            RegionShape rs = regionShapes.get(i);
            regions.add(new Region(i, rs.id(), rs.name(), atlas.place(rs.capital()).name(), rs.officialAreaKm2(), rs.census2022()));
        }
        List<Town> towns = new ArrayList<>();
        for (int p = 0; p < places.size(); p++) {
            Place pl = places.get(p);
            towns.add(new Town(pl.id(), pl.name(), pl.lon(), pl.lat(), regionIndex.get(pl.region()), placeCell[p], pl.capital()));
        }
        List<Mine> mines = new ArrayList<>();
        for (MineSite m : atlas.mines()) {
            mines.add(new Mine(m.id(), m.name(), m.industrial(), m.lon(), m.lat(), grid.cellFor(m.lon(), m.lat()),
                    regionIndex.get(m.region()), m.tonnesPerYear()));
        }
        List<Corridor> corridors = new ArrayList<>();
        for (CorridorEntry ce : atlas.corridors()) {
            corridors.add(new Corridor(ce.id(), ce.name(), ce.port(), ce.originCountry(), nodeIndex.get(ce.entry())));
        }
        List<org.sahelsim.model.world.Place> held = places(atlas, grid, regionIndex, network);
        return new Geography(lonMin, latMax, d, width, height, col, row, area, region, terrain, population,
                neighbourStart, nb.toArray(), borderCountry, road, regions, towns, mines, network, corridors, held);
    }

    /**
     * Every place that can be held: the road network's towns, junctions and crossings (each its
     * own road node), the mines, then the camps, bases and garrison towns of {@code garrisons.csv}
     * (each supplied through the nearest road node within {@code place_road_link_km}, if any).
     */
    private static List<org.sahelsim.model.world.Place> places(MaliAtlas atlas, Grid grid, Map<String, Integer> regionIndex,
                                                              RoadNetwork network) {
        List<org.sahelsim.model.world.Place> out = new ArrayList<>();
        for (Place pl : atlas.places()) {
            PlaceKind k = pl.kind();
            org.sahelsim.model.world.PlaceKind kind = switch (k) {
                case TOWN -> pl.capital() ? (pl.region().equals("bamako") ? org.sahelsim.model.world.PlaceKind.CAPITAL
                        : org.sahelsim.model.world.PlaceKind.REGIONAL_CAPITAL) : org.sahelsim.model.world.PlaceKind.TOWN;
                case JUNCTION -> org.sahelsim.model.world.PlaceKind.JUNCTION;
                case BORDER -> org.sahelsim.model.world.PlaceKind.CROSSING;
            };
            out.add(new org.sahelsim.model.world.Place(out.size(), pl.id(), pl.name(), kind, pl.lon(), pl.lat(),
                    grid.cellFor(pl.lon(), pl.lat()), regionIndex.get(pl.region()), network.nodeIndex(pl.id()), null));
        }
        double link = atlas.rules().require("place_road_link_km");
        for (MineSite m : atlas.mines()) {
            out.add(new org.sahelsim.model.world.Place(out.size(), m.id(), m.name(), org.sahelsim.model.world.PlaceKind.MINE,
                    m.lon(), m.lat(), grid.cellFor(m.lon(), m.lat()), regionIndex.get(m.region()),
                    nearestNode(network, m.lon(), m.lat(), link), null));
        }
        for (GarrisonSite g : atlas.garrisons()) {
            out.add(new org.sahelsim.model.world.Place(out.size(), g.id(), g.name(),
                    org.sahelsim.model.world.PlaceKind.byKey(g.kind()), g.lon(), g.lat(), grid.cellFor(g.lon(), g.lat()),
                    regionIndex.get(g.region()), nearestNode(network, g.lon(), g.lat(), link), g.operator()));
        }
        return out;
    }

    /** The road node nearest a point, if within {@code maxKm}; else -1. */
    private static int nearestNode(RoadNetwork network, double lon, double lat, double maxKm) {
        int best = -1;
        double bestKm = maxKm;
        for (RoadNode n : network.nodes()) {
            double km = Sphere.distanceKm(lon, lat, n.lon(), n.lat());
            if (km <= bestKm) {
                bestKm = km;
                best = n.index();
            }
        }
        return best;
    }

    private static Point point(GeometryFactory gf, double lon, double lat) {
        return gf.createPoint(new Coordinate(lon, lat));
    }

    private static int nearestRegion(List<RegionShape> regions, Point p) {
        int best = 0;
        double bestDist = Double.POSITIVE_INFINITY;
        for (int i = 0; i < regions.size(); i++) {
            double dist = regions.get(i).shape().distance(p);
            if (dist < bestDist) {
                bestDist = dist;
                best = i;
            }
        }
        return best;
    }

    /** The kept cells laid on the grid, for point look-ups during the build. */
    private record Grid(double lonMin, double latMax, double d, int width, int height, int[] gridToCell, int[] col, int[] row) {
        double lon(int cell) { return lonMin + (col[cell] + 0.5) * d; }

        double lat(int cell) { return latMax - (row[cell] + 0.5) * d; }

        int cellAt(int c, int r) {
            if (c < 0 || r < 0 || c >= width || r >= height) return -1;
            return gridToCell[r * width + c];
        }

        int cellAtPoint(double lon, double lat) {
            return cellAt((int) Math.floor((lon - lonMin) / d), (int) Math.floor((latMax - lat) / d));
        }

        /** The cell holding a point, or the nearest kept cell when the point's cell was dropped (on the border). */
        int cellFor(double lon, double lat) {
            int c = cellAtPoint(lon, lat);
            if (c >= 0) return c;
            int best = -1;
            double bestDist = Double.POSITIVE_INFINITY;
            for (int k = 0; k < col.length; k++) {
                double dist = Sphere.distanceKm(lon, lat, lon(k), lat(k));
                if (dist < bestDist) {
                    bestDist = dist;
                    best = k;
                }
            }
            return best;
        }

        /** The kept cells a polyline crosses, in order, starting and ending at the end nodes' cells. */
        int[] cellsAlong(double[] lons, double[] lats, int startCell, int endCell) {
            IntList out = new IntList();
            out.add(startCell);
            for (int s = 0; s + 1 < lons.length; s++) {
                double dx = lons[s + 1] - lons[s];
                double dy = lats[s + 1] - lats[s];
                // Sample finely enough that no crossed cell is skipped except at a corner.
                int steps = Math.max(1, (int) Math.ceil(Math.hypot(dx, dy) / (d / 8)));
                for (int k = 0; k <= steps; k++) {
                    double f = (double) k / steps;
                    int c = cellAtPoint(lons[s] + f * dx, lats[s] + f * dy);
                    if (c >= 0 && c != out.last()) out.add(c);
                }
            }
            if (endCell != out.last()) out.add(endCell);
            return out.toArray();
        }
    }

    /** A cell kept in pass 1: its column, majority region and area in km². */
    private record KeptCell(int col, int region, double area) {
    }

    /** A growable int array. */
    private static final class IntList {
        private int[] data = new int[64];
        private int size;

        void add(int v) {
            if (size == data.length) data = Arrays.copyOf(data, size * 2);
            data[size++] = v;
        }

        int size() { return size; }

        int last() { return size == 0 ? -1 : data[size - 1]; }

        int[] toArray() { return Arrays.copyOf(data, size); }
    }
}
