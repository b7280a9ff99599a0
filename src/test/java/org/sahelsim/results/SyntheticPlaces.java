package org.sahelsim.results;

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
import org.sahelsim.model.ChangeOfHands;

/**
 * Turns a {@link SyntheticRun} folder (written as runs were before places) into one with places:
 * {@code places.csv} (plain and without its {@code how} column, as earlier versions wrote it; read
 * as today's {@code places.csv.gz} is) with a few places whose stories are known (a siege, an assault, a
 * vacated base then occupied, a withdrawal), the violence columns of {@code regions.csv}, the
 * politics columns of {@code national.csv} and decision lines in {@code events.csv}. Places sit
 * on the corners of the synthetic grid's cells, so no place covers the centre of a cell.
 */
public final class SyntheticPlaces {
    /** A synthetic place: where it is and who holds it from which week. */
    public record Site(String id, String name, String kind, String region, double lon, double lat, String garrisonForce,
                       List<Holding> story) {
        /** The holding at week {@code t}. */
        public Holding at(int t) {
            Holding h = story.get(0);
            for (Holding s : story) if (s.fromWeek() <= t) h = s;
            return h;
        }
    }

    /** From {@code fromWeek} on, the place is held by {@code holder} (or {@code none}) and besieged by {@code besieger} (or ""). */
    public record Holding(int fromWeek, String holder, String besieger) {
    }

    /** A change of hands the stories hold, as {@link PlaceChange#in} must find it. */
    public record Change(int week, String place, String from, String to, ChangeOfHands how) {
    }

    public static final List<Site> SITES = List.of(
            new Site("bamako", "Bamako", "capital", "bamako", -8.0, 12.5, "fama", List.of(new Holding(0, "state", ""))),
            new Site("mopti", "Mopti", "regional_capital", "mopti", -4.0, 14.5, "fama",
                    List.of(new Holding(0, "state", ""), new Holding(3, "state", "jnim"), new Holding(6, "jnim", ""))),
            new Site("boni", "Boni", "town", "mopti", -2.0, 15.0, "fama",
                    List.of(new Holding(0, "state", ""), new Holding(4, "jnim", ""))),
            new Site("kidal", "Kidal", "regional_capital", "kidal", 1.5, 18.5, "separatists",
                    List.of(new Holding(0, "separatists", ""), new Holding(8, "state", ""))),
            new Site("tessalit_base", "Tessalit base (Amachach)", "base", "kidal", 1.0, 20.0, "france",
                    List.of(new Holding(0, "state", ""), new Holding(5, "none", ""), new Holding(7, "separatists", ""))),
            new Site("menaka_camp", "Ménaka camp", "camp", "menaka", 2.5, 16.0, "fama",
                    List.of(new Holding(0, "state", ""), new Holding(9, "none", ""))),
            new Site("fekola", "Fekola", "mine", "kayes", -10.5, 13.0, "fama", List.of(new Holding(0, "state", ""))),
            new Site("diboli", "Diboli", "crossing", "kayes", -11.0, 14.5, "fama", List.of(new Holding(0, "state", ""))),
            new Site("konna_junction", "Konna", "junction", "mopti", -3.5, 15.0, "fama", List.of(new Holding(0, "none", ""))),
            new Site("dioura", "Dioura", "town", "segou", -5.5, 15.5, "jnim", List.of(new Holding(0, "jnim", ""))),
            new Site("tessit", "Tessit", "camp", "gao", 0.5, 16.0, "is_sahel", List.of(new Holding(0, "is_sahel", ""))));

    /** Every change of hands in the stories, in date order. */
    public static final List<Change> CHANGES = List.of(
            new Change(4, "boni", "state", "jnim", ChangeOfHands.ASSAULT),
            new Change(5, "tessalit_base", "state", "none", ChangeOfHands.VACATED),
            new Change(6, "mopti", "state", "jnim", ChangeOfHands.SIEGE),
            new Change(7, "tessalit_base", "none", "separatists", ChangeOfHands.OCCUPATION),
            new Change(8, "kidal", "separatists", "state", ChangeOfHands.ASSAULT),
            new Change(9, "menaka_camp", "state", "none", ChangeOfHands.WITHDRAWAL));

    /** The decisions added to the event log: week, actors, description. */
    public static final List<String[]> DECISIONS = List.of(
            new String[] {"2", "state;russia", "The junta calls in Russian forces: 1000 troops for US$10.8M a month"},
            new String[] {"7", "jnim", "JNIM declares a blockade of fuel imports on the roads of Kayes, Nioro"},
            new String[] {"10", "state", "The junta orders Kidal taken from Separatists, committing 25% of its field army"});

    private SyntheticPlaces() {
    }

    /** Writes a synthetic run of this version: {@link SyntheticRun#write} and then everything above. */
    public static Path write(Path dir, int weeks, long seed, boolean withFuel) throws IOException {
        SyntheticRun.write(dir, weeks, seed, withFuel);
        addPolitics(dir);
        addRegionViolence(dir);
        Files.writeString(dir.resolve(RunFiles.PLACES_PLAIN), places(weeks), StandardCharsets.UTF_8);
        addEvents(dir, weeks);
        return dir;
    }

    /** The week's legitimacy, cohesion and grievance: a slow slide, so the lines are told apart. */
    private static void addPolitics(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(RunFiles.NATIONAL), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + ",junta_cohesion,treasury_usd,grievance_state,legitimacy");
        for (int t = 1; t < lines.size(); t++) {
            double p = t - 1;
            out.add(lines.get(t) + String.format(Locale.ROOT, ",%.6f,%d,%.6f,%.6f", 0.8 - 0.01 * p, 50_000_000 - 1_000_000 * t,
                    0.15 + 0.012 * p, 0.6 - 0.015 * p));
        }
        Files.write(dir.resolve(RunFiles.NATIONAL), out, StandardCharsets.UTF_8);
    }

    /** A region's violence in a week: Mopti's grows, with a spike in week 6 (the siege's end); others are low. */
    public static int events(String region, int week) {
        if (region.equals("mopti")) return 3 + week + (week == 6 ? 20 : 0);
        return (region.length() + week) % 4;
    }

    public static double fatalities(String region, int week) {
        return events(region, week) * 2.5;
    }

    private static void addRegionViolence(Path dir) throws IOException {
        List<String> lines = Files.readAllLines(dir.resolve(RunFiles.REGIONS_PLAIN), StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0) + ",events,fatalities");
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split(",");
            int week = (int) java.time.temporal.ChronoUnit.WEEKS.between(SyntheticRun.START, LocalDate.parse(f[0]));
            out.add(lines.get(i) + "," + events(f[1], week) + "," + String.format(Locale.ROOT, "%.1f", fatalities(f[1], week)));
        }
        Files.write(dir.resolve(RunFiles.REGIONS_PLAIN), out, StandardCharsets.UTF_8);
    }

    private static String places(int weeks) {
        Actors actors = Actors.standard();
        // as written before the model said how a place changed hands: the reader tells it from the rows
        List<String> columns = new ArrayList<>(RunFiles.placeColumns(actors));
        columns.remove("how");
        StringBuilder b = new StringBuilder(String.join(",", columns)).append('\n');
        Map<String, Holding> last = new LinkedHashMap<>();
        for (int t = 0; t < weeks; t++) {
            boolean snapshot = t % RunFiles.SNAPSHOT_WEEKS == 0;
            for (Site s : SITES) {
                Holding h = s.at(t);
                Holding before = last.put(s.id(), h);
                if (!snapshot && h.equals(before)) continue;
                b.append(SyntheticRun.START.plusWeeks(t)).append(',').append(s.id()).append(',').append(s.kind()).append(',')
                        .append(s.region()).append(',').append(h.holder());
                String force = h.holder().equals(PlaceRecord.NOBODY) ? null
                        : actors.force(s.garrisonForce()).side().equals(h.holder()) ? s.garrisonForce() : mainForce(h.holder());
                for (String f : actors.forceKeys()) b.append(',').append(f.equals(force) ? garrison(s) : 0);
                double supply = h.besieger().isEmpty() ? 60 : 60 - 12 * (t - 2);
                b.append(',').append(String.format(Locale.ROOT, "%.1f", supply)).append(',').append(h.besieger()).append(',')
                        .append(h.besieger().isEmpty() ? 0 : 2).append(',').append(RunWriter.csv(s.name())).append(',')
                        .append(String.format(Locale.ROOT, "%.4f,%.4f", s.lon(), s.lat())).append('\n');
            }
        }
        return b.toString();
    }

    /** The garrison of a held place: a number of its own, so rows are told apart. */
    public static int garrison(Site s) {
        return 100 + 10 * s.id().length();
    }

    /** The force a side garrisons a place it took with. */
    private static String mainForce(String side) {
        return side.equals("state") ? "fama" : side;
    }

    private static void addEvents(Path dir, int weeks) throws IOException {
        StringBuilder b = new StringBuilder(Files.readString(dir.resolve(RunFiles.EVENTS), StandardCharsets.UTF_8));
        if (weeks > 5) {
            b.append(SyntheticRun.START.plusWeeks(5)).append(",base_vacated,kidal,france,")
                    .append("\"France (Serval, Barkhane, Takuba) leave Tessalit base (Amachach); it stands empty\"\n");
        }
        for (String[] d : DECISIONS) {
            int week = Integer.parseInt(d[0]);
            if (week < weeks) {
                b.append(SyntheticRun.START.plusWeeks(week)).append(",decision,,").append(d[1]).append(',')
                        .append(RunWriter.csv(d[2])).append('\n');
            }
        }
        Files.writeString(dir.resolve(RunFiles.EVENTS), b, StandardCharsets.UTF_8);
    }
}
