package org.sahelsim.model.world;

import java.util.List;
import java.util.Objects;

/**
 * Mali rasterised onto a regular longitude/latitude grid: the static part of the world.
 *
 * <p>Only cells whose centre lies in Mali are kept; they are numbered {@code 0..cellCount()-1}
 * in row-major order from the north-west corner. Per-cell attributes are flat arrays (one
 * value per cell) so that the weekly submodels walk memory in order. Instances are immutable:
 * arrays are copied on the way in and only read through accessors.
 */
public final class Geography implements java.io.Serializable {
    private static final long serialVersionUID = 1L;

    private final double lonMin;
    private final double latMax;
    private final double cellDegrees;
    private final int width;
    private final int height;

    private final int[] col;
    private final int[] row;
    private final double[] areaKm2;
    private final int[] region;
    private final Terrain[] terrain;
    private final double[] population;
    private final int[] neighbourStart;
    private final int[] neighbours;
    private final String[] borderCountry;
    private final boolean[] road;
    private final int[] gridToCell;

    private final List<Region> regions;
    private final List<Town> towns;
    private final List<Mine> mines;
    private final RoadNetwork roads;
    private final List<Corridor> corridors;
    private final List<Place> places;
    /** Tables computed from the map alone (see {@link #derived}); rebuilt after deserialisation. */
    private transient volatile java.util.concurrent.ConcurrentHashMap<Object, Object> derived;

    /**
     * @param lonMin         western edge of column 0
     * @param latMax         northern edge of row 0
     * @param cellDegrees    side of a cell in degrees
     * @param width          columns in the bounding grid
     * @param height         rows in the bounding grid
     * @param col            column of each cell
     * @param row            row of each cell
     * @param areaKm2        area of each cell (clipped to the country)
     * @param region         region index of each cell
     * @param terrain        terrain of each cell
     * @param population     people in each cell (2022 census, spread by towns and terrain)
     * @param neighbourStart CSR offsets into {@code neighbours}, length {@code cellCount()+1}
     * @param neighbours     the 8-connected neighbour cells of each cell, in CSR form
     * @param borderCountry  the foreign country a cell touches, or {@code null}
     * @param road           whether a road crosses the cell
     */
    public Geography(double lonMin, double latMax, double cellDegrees, int width, int height,
                     int[] col, int[] row, double[] areaKm2, int[] region, Terrain[] terrain,
                     double[] population, int[] neighbourStart, int[] neighbours,
                     String[] borderCountry, boolean[] road,
                     List<Region> regions, List<Town> towns, List<Mine> mines,
                     RoadNetwork roads, List<Corridor> corridors, List<Place> places) {
        int n = col.length;
        if (row.length != n || areaKm2.length != n || region.length != n || terrain.length != n
                || population.length != n || neighbourStart.length != n + 1
                || borderCountry.length != n || road.length != n) {
            throw new IllegalArgumentException("per-cell arrays must all have " + n + " entries");
        }
        this.lonMin = lonMin;
        this.latMax = latMax;
        this.cellDegrees = cellDegrees;
        this.width = width;
        this.height = height;
        this.col = col.clone();
        this.row = row.clone();
        this.areaKm2 = areaKm2.clone();
        this.region = region.clone();
        this.terrain = terrain.clone();
        this.population = population.clone();
        this.neighbourStart = neighbourStart.clone();
        this.neighbours = neighbours.clone();
        this.borderCountry = borderCountry.clone();
        this.road = road.clone();
        this.regions = List.copyOf(regions);
        this.towns = List.copyOf(towns);
        this.mines = List.copyOf(mines);
        this.roads = Objects.requireNonNull(roads);
        this.corridors = List.copyOf(corridors);
        this.places = List.copyOf(places);
        for (int i = 0; i < this.places.size(); i++) {
            if (this.places.get(i).index() != i) throw new IllegalArgumentException("place " + this.places.get(i).id() + " is not at its index " + i);
        }
        this.gridToCell = new int[width * height];
        java.util.Arrays.fill(gridToCell, -1);
        for (int c = 0; c < n; c++) gridToCell[row[c] * width + col[c]] = c;
    }

    /**
     * A table that depends on this map alone and the parameters in {@code key} (a value, such as a
     * record of them): built by {@code build} the first time it is asked for, then shared by every
     * run on this map, so it must be immutable. Runs of an ensemble share one map; each built
     * its reach and projection tables again, a tenth of a run's allocation. At most
     * {@value #DERIVED_KEPT} are kept: a calibration that varies their parameters starts afresh.
     */
    @SuppressWarnings("unchecked")
    public <T> T derived(Object key, java.util.function.Supplier<T> build) {
        var tables = derived;
        if (tables == null) {
            synchronized (this) {
                if (derived == null) derived = new java.util.concurrent.ConcurrentHashMap<>();
                tables = derived;
            }
        }
        Object table = tables.get(key);
        if (table == null) {
            table = build.get();
            if (tables.size() >= DERIVED_KEPT) tables.clear();
            Object first = tables.putIfAbsent(key, table);
            if (first != null) table = first;
        }
        return (T) table;
    }

    private static final int DERIVED_KEPT = 16;

    public int cellCount() { return col.length; }
    public double lonMin() { return lonMin; }
    public double latMax() { return latMax; }
    public double cellDegrees() { return cellDegrees; }
    public int width() { return width; }
    public int height() { return height; }

    public int col(int cell) { return col[cell]; }
    public int row(int cell) { return row[cell]; }
    /** Longitude of the cell centre. */
    public double lon(int cell) { return lonMin + (col[cell] + 0.5) * cellDegrees; }
    /** Latitude of the cell centre. */
    public double lat(int cell) { return latMax - (row[cell] + 0.5) * cellDegrees; }
    public double areaKm2(int cell) { return areaKm2[cell]; }
    public int region(int cell) { return region[cell]; }
    public Terrain terrain(int cell) { return terrain[cell]; }
    public double population(int cell) { return population[cell]; }
    public String borderCountry(int cell) { return borderCountry[cell]; }
    public boolean hasRoad(int cell) { return road[cell]; }

    /** Number of neighbours of a cell. */
    public int neighbourCount(int cell) { return neighbourStart[cell + 1] - neighbourStart[cell]; }

    /** The {@code k}-th neighbour of a cell, {@code 0 <= k < neighbourCount(cell)}. */
    public int neighbour(int cell, int k) { return neighbours[neighbourStart[cell] + k]; }

    /** The cell at a grid position, or -1 when that position is outside Mali or the grid. */
    public int cellAt(int col, int row) {
        if (col < 0 || row < 0 || col >= width || row >= height) return -1;
        return gridToCell[row * width + col];
    }

    /** The cell containing a point, or -1. */
    public int cellAt(double lon, double lat) {
        return cellAt((int) Math.floor((lon - lonMin) / cellDegrees), (int) Math.floor((latMax - lat) / cellDegrees));
    }

    public List<Region> regions() { return regions; }
    public List<Town> towns() { return towns; }
    public List<Mine> mines() { return mines; }
    public RoadNetwork roads() { return roads; }
    public List<Corridor> corridors() { return corridors; }
    /** Every place that can be held: towns, junctions, crossings, mines, camps and bases. */
    public List<Place> places() { return places; }

    /** The index of the place with this id, or -1. */
    public int placeIndex(String id) {
        for (Place p : places) if (p.id().equals(id)) return p.index();
        return -1;
    }

    /**
     * The cells within {@code km} of the border with {@code country} (rings of neighbouring cells
     * from the cells that touch it, one cell's width each).
     */
    public boolean[] nearBorder(String country, double km) {
        int n = cellCount();
        boolean[] out = new boolean[n];
        double cellKm = cellDegrees * 111.32;
        int rings = (int) Math.ceil(km / cellKm);
        int[] depth = new int[n];
        java.util.Arrays.fill(depth, -1);
        java.util.ArrayDeque<Integer> queue = new java.util.ArrayDeque<>();
        for (int c = 0; c < n; c++) {
            if (country.equalsIgnoreCase(borderCountry[c])) {
                depth[c] = 0;
                queue.add(c);
            }
        }
        while (!queue.isEmpty()) {
            int c = queue.poll();
            out[c] = true;
            if (depth[c] >= rings - 1) continue;
            for (int k = 0; k < neighbourCount(c); k++) {
                int m = neighbour(c, k);
                if (depth[m] < 0) {
                    depth[m] = depth[c] + 1;
                    queue.add(m);
                }
            }
        }
        return out;
    }

    /** The region with this id, or -1. */
    public int regionIndex(String id) {
        for (Region r : regions) if (r.id().equals(id)) return r.index();
        return -1;
    }

    /** The town with this id, or null. */
    public Town town(String id) {
        for (Town t : towns) if (t.id().equals(id)) return t;
        return null;
    }

    /** Total population of all cells. */
    public double totalPopulation() {
        double s = 0;
        for (double p : population) s += p;
        return s;
    }

    /** Total area of all cells. */
    public double totalAreaKm2() {
        double s = 0;
        for (double a : areaKm2) s += a;
        return s;
    }
}
