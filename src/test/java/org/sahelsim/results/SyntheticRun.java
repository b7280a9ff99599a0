package org.sahelsim.results;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Writes a small but plausible run folder in the format of {@code docs/OUTPUT.md}: a coarse grid
 * over a rough outline of Mali, control that drifts from the state to JNIM in the centre, the
 * separatists in the north-east and IS Sahel around Ménaka, and the national and regional
 * aggregates computed from those cells, so the files agree with each other.
 */
public final class SyntheticRun {
    public static final LocalDate START = LocalDate.of(2021, 6, 7);
    public static final double CELL = 0.5;
    public static final double LON_MIN = -12.5;
    public static final double LAT_MAX = 25.5;
    public static final int WIDTH = 34;
    public static final int HEIGHT = 31;

    /** A rough outline of Mali (lon, lat), enough to look like the country at this scale. */
    public static final double[][] OUTLINE = {
            {-12.2, 14.7}, {-11.4, 15.6}, {-10.7, 15.1}, {-9.3, 15.5}, {-5.5, 15.5}, {-6.5, 24.9},
            {-4.8, 25.0}, {1.2, 21.1}, {3.3, 19.8}, {4.2, 19.1}, {4.2, 16.9}, {3.6, 15.6}, {0.9, 14.97},
            {-0.3, 15.1}, {-1.1, 14.5}, {-2.0, 14.2}, {-3.1, 13.6}, {-4.3, 12.7}, {-5.3, 11.4},
            {-5.5, 10.4}, {-6.2, 10.3}, {-7.9, 10.2}, {-8.3, 11.4}, {-9.1, 12.1}, {-10.7, 11.9},
            {-11.4, 12.4}, {-11.6, 13.5}, {-12.2, 14.7}};

    /** Region id and an approximate centre: cells belong to the nearest. */
    public static final Map<String, double[]> REGIONS = new LinkedHashMap<>();

    static {
        REGIONS.put("kayes", new double[]{-10.5, 14.0});
        REGIONS.put("koulikoro", new double[]{-7.5, 14.2});
        REGIONS.put("bamako", new double[]{-8.0, 12.65});
        REGIONS.put("sikasso", new double[]{-6.5, 11.3});
        REGIONS.put("segou", new double[]{-5.8, 13.8});
        REGIONS.put("mopti", new double[]{-3.5, 14.5});
        REGIONS.put("tombouctou", new double[]{-3.0, 17.5});
        REGIONS.put("taoudenit", new double[]{-3.5, 22.0});
        REGIONS.put("gao", new double[]{0.0, 16.3});
        REGIONS.put("kidal", new double[]{1.5, 19.5});
        REGIONS.put("menaka", new double[]{2.5, 15.8});
    }

    /** The sides and contested, as the run files name them. */
    public static final List<String> TERRITORIAL = Actors.standard().territorialKeys();

    public static final String[] FORCES = {"fama", "russia", "france", "minusma", "eu", "aes", "jnim", "is_sahel", "separatists"};

    private SyntheticRun() {
    }

    /** The colour charts and maps draw an actor in. */
    public static Color colour(String key) {
        return new Color(Actors.standard().find(key).rgb());
    }

    /** The colour charts draw a force in. */
    public static Color forceColour(String key) {
        return new Color(Actors.standard().force(key).rgb());
    }

    record Cell(int col, int row, double lon, double lat, String region, double population) {
    }

    /** Writes a run of the given number of weeks into {@code dir} and returns it. */
    public static Path write(Path dir, int weeks, long seed, boolean withFuel) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        List<Cell> grid = cells(random);
        StringBuilder national = new StringBuilder("date,tick");
        for (String a : TERRITORIAL) national.append(",territory_").append(a);
        for (String a : TERRITORIAL) national.append(",population_").append(a);
        national.append(",fuel_price_bamako,fuel_stock_bamako_days,violent_events,fatalities,civilian_fatalities");
        for (String f : FORCES) national.append(",troops_").append(f);
        national.append('\n');
        StringBuilder regions = new StringBuilder("date,region,actor,territory,population\n");
        StringBuilder cells = new StringBuilder("date,col,row,lon,lat,region,state,jnim,is_sahel,separatists,dominant\n");
        StringBuilder fuel = new StringBuilder(
                "date,kind,id,deliveries_litres,convoys_sent,convoys_lost,tankers_lost,stock_days,price_cfa\n");
        double totalPop = grid.stream().mapToDouble(Cell::population).sum();
        for (int t = 0; t < weeks; t++) {
            LocalDate date = START.plusWeeks(t);
            double progress = weeks == 1 ? 0 : (double) t / (weeks - 1);
            Map<String, double[]> nat = new LinkedHashMap<>();
            Map<String, Map<String, double[]>> reg = new LinkedHashMap<>();
            for (String r : REGIONS.keySet()) reg.put(r, new LinkedHashMap<>());
            Map<String, double[]> regTotals = new LinkedHashMap<>();
            boolean snapshot = t % 4 == 0 || t == weeks - 1;
            for (Cell c : grid) {
                double[] s = shares(c, progress);
                String dominant = dominant(s);
                nat.computeIfAbsent(dominant, k -> new double[2]);
                nat.get(dominant)[0] += 1;
                nat.get(dominant)[1] += c.population();
                reg.get(c.region()).computeIfAbsent(dominant, k -> new double[2]);
                reg.get(c.region()).get(dominant)[0] += 1;
                reg.get(c.region()).get(dominant)[1] += c.population();
                double[] rt = regTotals.computeIfAbsent(c.region(), k -> new double[2]);
                rt[0] += 1;
                rt[1] += c.population();
                if (snapshot) {
                    cells.append(date).append(',').append(c.col()).append(',').append(c.row()).append(',')
                            .append(f(c.lon())).append(',').append(f(c.lat())).append(',').append(c.region());
                    for (double v : s) cells.append(',').append(f(v));
                    cells.append(',').append(dominant).append('\n');
                }
            }
            national.append(date).append(',').append(t);
            for (String a : TERRITORIAL) {
                national.append(',').append(f(nat.getOrDefault(a, new double[2])[0] / grid.size()));
            }
            for (String a : TERRITORIAL) {
                national.append(',').append(f(nat.getOrDefault(a, new double[2])[1] / totalPop));
            }
            double price = 720 + 480 * progress * progress + 20 * random.nextDouble();
            double stock = Math.max(1, 21 - 16 * progress + random.nextDouble());
            int events = 8 + (int) Math.round(14 * progress + 6 * random.nextDouble());
            int deaths = events * (2 + random.nextInt(4));
            int civilians = deaths / 3 + random.nextInt(3);
            national.append(',').append(f(price)).append(',').append(f(stock)).append(',').append(events)
                    .append(',').append(deaths).append(',').append(civilians);
            for (String force : FORCES) national.append(',').append(Math.round(troops(force, t, weeks)));
            national.append('\n');
            for (String r : REGIONS.keySet()) {
                double[] rt = regTotals.get(r);
                for (String a : TERRITORIAL) {
                    double[] v = reg.get(r).getOrDefault(a, new double[2]);
                    regions.append(date).append(',').append(r).append(',').append(a).append(',')
                            .append(f(v[0] / rt[0])).append(',').append(f(v[1] / rt[1])).append('\n');
                }
            }
            fuel.append(date).append(",depot,bamako,,,,,").append(f(stock)).append(',').append(f(price)).append('\n');
            String[] corridors = {"dakar", "abidjan", "conakry"};
            for (int k = 0; k < corridors.length; k++) {
                double litres = (6e6 - k * 1.5e6) * (1 - 0.6 * progress) * (0.9 + 0.2 * random.nextDouble());
                int lost = random.nextInt(4) == 0 ? 5 + random.nextInt(30) : 0;
                fuel.append(date).append(",corridor,").append(corridors[k]).append(',').append(Math.round(litres))
                        .append(',').append(12 - 3 * k).append(',').append(lost > 0 ? 1 : 0).append(',').append(lost)
                        .append(",,\n");
            }
        }
        Files.writeString(dir.resolve("national.csv"), national, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("regions.csv"), regions, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("cells.csv"), cells, StandardCharsets.UTF_8);
        if (withFuel) Files.writeString(dir.resolve("fuel.csv"), fuel, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("events.csv"), events(weeks), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("manifest.json"), manifest(weeks, seed, grid.size()), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("summary.json"), """
                {"territory": {"start": {"state": 0.62, "jnim": 0.2}, "end": {"state": 0.35, "jnim": 0.41}},
                 "fatalities": 1234, "civilian_fatalities": 410, "peak_fuel_price_bamako": 1205.5,
                 "events_by_type": {"scenario": 4, "ambush": 3}}
                """, StandardCharsets.UTF_8);
        return dir;
    }

    public static double troops(String force, int t, int weeks) {
        double p = (double) t / Math.max(1, weeks - 1);
        return switch (force) {
            case "fama" -> 21000 + 6000 * p;
            case "russia" -> p < 0.3 ? 0 : 1400;
            case "france" -> p < 0.5 ? 5100 * (1 - p) : 0;
            case "minusma" -> 13000 - 4000 * p;
            case "eu" -> 700;
            case "aes" -> p < 0.7 ? 0 : 1800;
            case "jnim" -> 6000 + 3000 * p;
            case "is_sahel" -> 2000 + 800 * p;
            case "separatists" -> 3500;
            default -> 0;
        };
    }

    private static List<Cell> cells(Random random) {
        List<Cell> out = new ArrayList<>();
        for (int row = 0; row < HEIGHT; row++) {
            for (int col = 0; col < WIDTH; col++) {
                double lon = LON_MIN + (col + 0.5) * CELL;
                double lat = LAT_MAX - (row + 0.5) * CELL;
                if (!inside(lon, lat)) continue;
                String region = null;
                double best = Double.MAX_VALUE;
                for (var e : REGIONS.entrySet()) {
                    double d = Math.hypot(lon - e.getValue()[0], lat - e.getValue()[1]);
                    if (d < best) {
                        best = d;
                        region = e.getKey();
                    }
                }
                double pop = lat < 16 ? 20000 + random.nextInt(60000) : 500 + random.nextInt(3000);
                if (region.equals("bamako")) pop *= 8;
                out.add(new Cell(col, row, lon, lat, region, pop));
            }
        }
        return out;
    }

    /** Shares of state, JNIM, IS Sahel, separatists in a cell at a point of the run (0–1). */
    private static double[] shares(Cell c, double p) {
        double state = 1.2 - 0.08 * (c.lat() - 11) - 0.5 * p * Math.exp(-sq(c.lon() + 4) / 8 - sq(c.lat() - 14.5) / 4);
        double jnim = 0.25 + 0.9 * p * Math.exp(-sq(c.lon() + 4) / 6 - sq(c.lat() - 14.8) / 3)
                + 0.3 * Math.exp(-sq(c.lon() + 1) / 10 - sq(c.lat() - 17) / 6);
        double is = 0.9 * Math.exp(-sq(c.lon() - 2.5) / 2 - sq(c.lat() - 15.8) / 1.5) * (0.6 + 0.6 * p);
        double sep = 1.1 * Math.exp(-sq(c.lon() - 1.2) / 4 - sq(c.lat() - 19.5) / 5);
        double[] s = {Math.max(0.01, state), Math.max(0.01, jnim), Math.max(0.01, is), Math.max(0.01, sep)};
        double sum = s[0] + s[1] + s[2] + s[3];
        for (int i = 0; i < 4; i++) s[i] = Math.round(s[i] / sum * 1e4) / 1e4;
        return s;
    }

    private static String dominant(double[] s) {
        int best = 0;
        for (int i = 1; i < 4; i++) if (s[i] > s[best]) best = i;
        double second = 0;
        for (int i = 0; i < 4; i++) if (i != best) second = Math.max(second, s[i]);
        return s[best] < 0.4 || s[best] - second < 0.08 ? "contested" : TERRITORIAL.get(best);
    }

    private static double sq(double x) {
        return x * x;
    }

    public static boolean inside(double lon, double lat) {
        boolean in = false;
        for (int i = 0, j = OUTLINE.length - 1; i < OUTLINE.length; j = i++) {
            double xi = OUTLINE[i][0], yi = OUTLINE[i][1], xj = OUTLINE[j][0], yj = OUTLINE[j][1];
            if ((yi > lat) != (yj > lat) && lon < (xj - xi) * (lat - yi) / (yj - yi) + xi) in = !in;
        }
        return in;
    }

    private static String f(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String events(int weeks) {
        StringBuilder s = new StringBuilder("date,type,region,actors,description\n");
        s.append(START.plusWeeks(2)).append(",scenario,,france;state,\"France announces the end of Operation Barkhane, a drawdown over a year\"\n");
        s.append(START.plusWeeks(2).plusDays(3)).append(",scenario,,eu,EU suspends training missions\n");
        s.append(START.plusWeeks(4)).append(",ambush,mopti,jnim;fama,\"Escorted convoy ambushed near Boni, 12 tankers lost\"\n");
        s.append(START.plusWeeks(Math.max(1, weeks / 3))).append(",scenario,,russia;state,Wagner arrives at the invitation of the junta\n");
        s.append(START.plusWeeks(Math.max(1, weeks / 2))).append(",battle,kidal,separatists;fama,\"FAMa retakes Anéfis <after> \"\"heavy\"\" fighting & losses\"\n");
        s.append(START.plusWeeks(Math.max(1, 2 * weeks / 3))).append(",scenario,,jnim,JNIM declares a fuel blockade of Kayes and Nioro\n");
        s.append(START.plusWeeks(Math.max(1, weeks - 3))).append(",scenario,,aes,Alliance of Sahel States joint force deploys\n");
        return s.toString();
    }

    private static String manifest(int weeks, long seed, int cells) {
        return """
                {
                  "scenario": {"id": "test-drawdown", "title": "France leaves, Wagner arrives",
                               "question": "What if France <withdraws> & nobody replaces it?",
                               "sha256": "3f1c0000aa"},
                  "seed": %d,
                  "version": "0.1.0",
                  "first_date": "%s",
                  "last_date": "%s",
                  "weeks": %d,
                  "grid": {"lon_min": %s, "lat_max": %s, "cell_degrees": %s, "width": %d, "height": %d, "cells": %d},
                  "parameters": [
                    {"path": "fuel.imports_litres_per_week", "value": 42000000, "range": [0, 1e9],
                     "source": "Reuters, 'Fuel blockade' <estimate> & rounding"},
                    {"path": "forces.france.start", "value": 5100, "range": {"min": 0, "max": 10000},
                     "source": "Le Monde"},
                    {"path": "control.contested_threshold", "value": 0.4, "range": [0, 1], "source": "assumption"}
                  ]
                }
                """.formatted(seed, START, START.plusWeeks(weeks - 1), weeks, LON_MIN, LAT_MAX, CELL, WIDTH, HEIGHT, cells);
    }
}
