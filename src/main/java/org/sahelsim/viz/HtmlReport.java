package org.sahelsim.viz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;
import org.sahelsim.model.ChangeOfHands;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.results.Actor;
import org.sahelsim.results.Manifest;
import org.sahelsim.results.PlaceChange;
import org.sahelsim.results.PlaceRecord;
import org.sahelsim.results.RunFiles;
import org.sahelsim.results.RunResults;
import org.sahelsim.results.Summary;

/**
 * The text of {@code report.html}: one self-contained page (inline style, no script, no fonts or
 * anything else from the network) that shows a run to a person: the question, the headline
 * numbers, the charts, the maps, the parameters with their sources and the event log. All text
 * from the run is escaped. Pictures are referenced by relative name, so the page works from the
 * run folder opened in any browser.
 */
public final class HtmlReport {

    /** A chart on the page: its PNG, its SVG if any, a heading and a caption. */
    public record Figure(String png, String svg, String heading, String caption) {
    }

    private final RunResults run;
    private final List<Figure> charts;
    private final List<Figure> maps;
    private final List<String> dataFiles;

    /**
     * @param charts    the charts, in page order
     * @param maps      the maps and the animation, in page order
     * @param dataFiles names of the run's data files to link to (only files that exist)
     */
    public HtmlReport(RunResults run, List<Figure> charts, List<Figure> maps, List<String> dataFiles) {
        this.run = run;
        this.charts = List.copyOf(charts);
        this.maps = List.copyOf(maps);
        this.dataFiles = List.copyOf(dataFiles);
    }

    /** The page's HTML. */
    public String html() {
        Manifest m = run.manifest();
        StringBuilder h = new StringBuilder(64 * 1024);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(m.title())).append(" · SahelSim</title>\n")
                .append("<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n");
        h.append("<header>\n<p class=\"kicker\">SahelSim scenario run</p>\n<h1>").append(esc(m.title())).append("</h1>\n");
        if (!m.question().isEmpty()) h.append("<p class=\"question\">").append(esc(m.question())).append("</p>\n");
        h.append("<dl class=\"facts\">\n");
        fact(h, "Scenario", m.scenarioId());
        fact(h, "Period", period());
        fact(h, "Seed", Long.toString(m.seed()));
        if (!m.version().isEmpty()) {
            // runs write "SahelSim 0.1.0"; a bare number is named too
            fact(h, "Software", m.version().startsWith("SahelSim") ? m.version() : "SahelSim " + m.version());
        }
        if (!m.sha256().isEmpty()) fact(h, "Scenario file SHA-256", m.sha256());
        h.append("</dl>\n</header>\n");
        h.append("<nav><a href=\"#headlines\">Headlines</a> <a href=\"#charts\">Charts</a> <a href=\"#maps\">Maps</a>");
        if (run.places().isPresent()) h.append(" <a href=\"#places\">Places</a>");
        h.append(" <a href=\"#decisions\">Decisions</a>")
                .append(" <a href=\"#events\">Event log</a> <a href=\"#parameters\">Parameters</a>")
                .append(" <a href=\"#files\">Files</a></nav>\n");
        headlines(h);
        h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        for (Figure f : charts) figure(h, f);
        h.append("</section>\n<section id=\"maps\">\n<h2>Maps of control</h2>\n");
        for (Figure f : maps) figure(h, f);
        h.append("</section>\n");
        places(h);
        decisions(h);
        events(h);
        parameters(h);
        files(h);
        h.append("</main>\n<footer>Made by SahelSim from the files of this run folder; every number above "
                + "comes from them.</footer>\n</body>\n</html>\n");
        return h.toString();
    }

    private String period() {
        List<WeekRecord> w = run.national();
        LocalDate first = w.get(0).date();
        LocalDate last = w.get(w.size() - 1).date();
        return first + " to " + last + " (" + w.size() + (w.size() == 1 ? " week)" : " weeks)");
    }

    private static void fact(StringBuilder h, String term, String value) {
        h.append("<div><dt>").append(esc(term)).append("</dt><dd>").append(esc(value)).append("</dd></div>\n");
    }

    private void headlines(StringBuilder h) {
        List<WeekRecord> w = run.national();
        WeekRecord first = w.get(0);
        WeekRecord last = w.get(w.size() - 1);
        h.append("<section id=\"headlines\">\n<h2>Headlines</h2>\n");
        h.append("<table class=\"shares\">\n<caption>Share of Mali under each actor, first and last week</caption>\n")
                .append("<thead><tr><th>Actor</th><th>Territory ").append(first.date()).append("</th><th>Territory ")
                .append(last.date()).append("</th><th>Change</th><th>Population ").append(first.date())
                .append("</th><th>Population ").append(last.date()).append("</th></tr></thead>\n<tbody>\n");
        List<Actor> territorial = run.actors().territorial();
        for (int a = 0; a < territorial.size(); a++) {
            double t0 = first.territory()[a];
            double t1 = last.territory()[a];
            h.append("<tr><th scope=\"row\"><span class=\"swatch\" style=\"background:")
                    .append(hex(RunCharts.colour(territorial.get(a)))).append("\"></span>")
                    .append(esc(territorial.get(a).label())).append("</th><td>").append(pct(t0)).append("</td><td>")
                    .append(pct(t1)).append("</td><td>").append(points(t1 - t0)).append("</td><td>")
                    .append(pct(first.population()[a])).append("</td><td>").append(pct(last.population()[a]))
                    .append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n<div class=\"cards\">\n");
        card(h, "People killed", whole(sum(WeekRecord::fatalities)), "all sides, civilians included");
        card(h, "Civilians killed", whole(sum(WeekRecord::civilianFatalities)), "");
        card(h, "Violent events", whole(sum(WeekRecord::violentEvents)), "");
        WeekRecord peak = w.stream().max(java.util.Comparator.comparingDouble(WeekRecord::fuelPriceBamako)).orElseThrow();
        card(h, "Peak fuel price, Bamako", whole(peak.fuelPriceBamako()) + " CFA/L", "week of " + peak.date());
        WeekRecord low = w.stream().min(java.util.Comparator.comparingDouble(WeekRecord::fuelStockBamakoDays)).orElseThrow();
        card(h, "Lowest fuel stock, Bamako", String.format(Locale.ROOT, "%.1f days", low.fuelStockBamakoDays()),
                "week of " + low.date());
        h.append("</div>\n");
        run.summary().ifPresent(s -> {
            h.append("<details>\n<summary>All headline outcomes (summary.json)</summary>\n<table>\n")
                    .append("<thead><tr><th>Outcome</th><th>Value</th></tr></thead>\n<tbody>\n");
            for (Summary.Entry e : s.entries()) {
                h.append("<tr><td><code>").append(esc(e.path())).append("</code></td><td>").append(esc(e.value()))
                        .append("</td></tr>\n");
            }
            h.append("</tbody>\n</table>\n</details>\n");
        });
        h.append("</section>\n");
    }

    private double sum(ToDoubleFunction<WeekRecord> f) {
        return run.national().stream().mapToDouble(f).sum();
    }

    private static void card(StringBuilder h, String label, String value, String note) {
        h.append("<div class=\"card\"><div class=\"label\">").append(esc(label)).append("</div><div class=\"value\">")
                .append(esc(value)).append("</div>");
        if (!note.isEmpty()) h.append("<div class=\"note\">").append(esc(note)).append("</div>");
        h.append("</div>\n");
    }

    private static void figure(StringBuilder h, Figure f) {
        h.append("<figure>\n<h3>").append(esc(f.heading())).append("</h3>\n<img src=\"").append(esc(f.png()))
                .append("\" alt=\"").append(esc(f.heading())).append("\" loading=\"lazy\">\n<figcaption>")
                .append(esc(f.caption()));
        if (f.svg() != null) {
            h.append(" <a href=\"").append(esc(f.svg())).append("\">Vector version (SVG)</a>");
        }
        h.append("</figcaption>\n</figure>\n");
    }

    /**
     * The many small events of the fighting, which the report counts but does not list one by one
     * (a default run has over a thousand: convoys ambushed, operations, raids, sieges, places
     * taken). Their every line is in {@code events.csv}; the places that changed hands are
     * tabled under Places.
     */
    static final java.util.Set<String> FIGHTING = java.util.Set.of("convoy_ambushed", "operation", "assault",
            "withdrawal", "occupation", "raid", "place_falls", "ambush", "siege", "air_strike", "relief", "starvation",
            "column_destroyed", "civilians_killed");

    /**
     * The event log: every event counted by type and year, then the events that are not the day
     * to day fighting ({@link #FIGHTING}) listed in date order: the scenario's own, the actors'
     * decisions and policies, coups, blockades, bases vacated. The whole log is
     * {@code events.csv}, linked.
     */
    private void events(StringBuilder h) {
        h.append("<section id=\"events\">\n<h2>Event log</h2>\n");
        if (run.events().isEmpty()) {
            h.append("<p>No notable events were recorded.</p>\n</section>\n");
            return;
        }
        List<LoggedEvent> listed = run.events().stream().filter(e -> !FIGHTING.contains(e.type())).toList();
        h.append("<p>").append(whole(run.events().size())).append(run.events().size() == 1 ? " event" : " events")
                .append(", all of them in <a href=\"").append(RunFiles.EVENTS).append("\">").append(RunFiles.EVENTS)
                .append("</a> (date, type, region, actors and what happened). Counted here by type and year;")
                .append(" listed below, ").append(listed.size() == run.events().size() ? "every one."
                        : "all but the day-to-day fighting (" + String.join(", ", fightingTypes()) + ").")
                .append("</p>\n");
        eventCounts(h);
        if (listed.isEmpty()) {
            h.append("</section>\n");
            return;
        }
        h.append("<p>The scenario's own events are highlighted in blue, the actors' decisions in yellow.</p>\n")
                .append("<table class=\"events\">\n<caption>").append(whole(listed.size()))
                .append(listed.size() == 1 ? " event" : " events")
                .append(" in date order</caption>\n<thead><tr><th>Date</th><th>Type</th><th>Region</th><th>Actors</th>")
                .append("<th>What happened</th></tr></thead>\n<tbody>\n");
        for (LoggedEvent e : listed) {
            List<String> actors = new ArrayList<>();
            for (String a : e.actors()) actors.add(run.actors().find(a).label());
            h.append(RunResults.isScenarioEvent(e) ? "<tr class=\"scenario\">"
                            : e.type().equals(RunResults.DECISION) ? "<tr class=\"decision\">" : "<tr>")
                    .append("<td class=\"date\">").append(e.date()).append("</td><td>").append(esc(e.type()))
                    .append("</td><td>").append(esc(e.region().isEmpty() ? "national" : RunCharts.regionName(e.region())))
                    .append("</td><td>").append(esc(String.join(", ", actors))).append("</td><td>")
                    .append(esc(e.description())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    /** The types of {@link #FIGHTING} this run logged, in order of their names. */
    private List<String> fightingTypes() {
        return run.events().stream().map(LoggedEvent::type).filter(FIGHTING::contains).distinct().sorted().toList();
    }

    /** Every type of event the run logged, the most frequent first, counted by year. */
    private void eventCounts(StringBuilder h) {
        Map<String, Map<Integer, Integer>> byType = new TreeMap<>();
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        for (LoggedEvent e : run.events()) {
            byType.computeIfAbsent(e.type(), t -> new TreeMap<>()).merge(e.date().getYear(), 1, Integer::sum);
            years.add(e.date().getYear());
        }
        List<Map.Entry<String, Map<Integer, Integer>>> rows = new ArrayList<>(byType.entrySet());
        rows.sort(java.util.Comparator.comparing((Map.Entry<String, Map<Integer, Integer>> r) ->
                -r.getValue().values().stream().mapToInt(Integer::intValue).sum()).thenComparing(Map.Entry::getKey));
        h.append("<table class=\"counts\" id=\"events-by-type\">\n<caption>Events by type and year</caption>\n")
                .append("<thead><tr><th>Type</th>");
        for (int y : years) h.append("<th>").append(y).append("</th>");
        h.append("<th>all</th></tr></thead>\n<tbody>\n");
        for (var r : rows) {
            h.append("<tr><th scope=\"row\">").append(esc(r.getKey())).append("</th>");
            int all = 0;
            for (int y : years) {
                int n = r.getValue().getOrDefault(y, 0);
                all += n;
                h.append("<td>").append(n).append("</td>");
            }
            h.append("<td>").append(all).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
    }

    /**
     * The places: how many each side held in the first and the last week, the changes of hands
     * counted by year and by how, and every change of hands in date order. Left out for runs
     * written before places.
     */
    private void places(StringBuilder h) {
        if (run.places().isEmpty()) return;
        h.append("<section id=\"places\">\n<h2>Places</h2>\n");
        List<WeekRecord> w = run.national();
        LocalDate first = w.get(0).date();
        LocalDate last = w.get(w.size() - 1).date();
        List<PlaceRecord> atStart = run.placesOn(first);
        List<PlaceRecord> atEnd = run.placesOn(last);
        h.append("<table class=\"held\" id=\"places-held\">\n<caption>Places held by each side (towns, camps, bases, mines,")
                .append(" crossings and junctions), first and last week</caption>\n<thead><tr><th>Holder</th><th>")
                .append(first).append("</th><th>").append(last).append("</th></tr></thead>\n<tbody>\n");
        List<String> holders = new ArrayList<>(run.actors().sideKeys());
        holders.add(PlaceRecord.NOBODY);
        for (String k : holders) {
            h.append("<tr><th scope=\"row\">").append(holder(k)).append("</th><td>").append(held(atStart, k))
                    .append("</td><td>").append(held(atEnd, k)).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        List<PlaceChange> changes = run.placeChanges();
        if (changes.isEmpty()) {
            h.append("<p>No place changed hands.</p>\n</section>\n");
            return;
        }
        Map<Integer, int[]> byYear = new TreeMap<>();
        ChangeOfHands[] hows = ChangeOfHands.values();
        for (PlaceChange c : changes) byYear.computeIfAbsent(c.date().getYear(), y -> new int[hows.length])[c.how().ordinal()]++;
        h.append("<table class=\"counts\" id=\"places-by-year\">\n<caption>Changes of hands by year and how</caption>\n")
                .append("<thead><tr><th>Year</th>");
        for (ChangeOfHands how : hows) h.append("<th>").append(esc(how.word())).append("</th>");
        h.append("<th>all</th></tr></thead>\n<tbody>\n");
        for (var e : byYear.entrySet()) {
            h.append("<tr><th scope=\"row\">").append(e.getKey()).append("</th>");
            int all = 0;
            for (int n : e.getValue()) {
                h.append("<td>").append(n).append("</td>");
                all += n;
            }
            h.append("<td>").append(all).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n");
        h.append("<p>").append(changes.size()).append(changes.size() == 1 ? " change" : " changes")
                .append(" of hands, read from the run's places (<code>places.csv.gz</code>). How: <b>assault</b>, stormed from its holder;")
                .append(" <b>siege</b>, starved out by the besieger; <b>occupation</b>, taken while nobody held it;")
                .append(" <b>withdrawal</b>, given up by its holder; <b>vacated</b>, left empty by a departing force.</p>\n")
                .append("<table class=\"changes\" id=\"places-changed-hands\">\n<caption>Places that changed hands</caption>\n")
                .append("<thead><tr><th>Date</th><th>Place</th><th>Region</th><th>From</th><th>To</th><th>How</th></tr></thead>\n<tbody>\n");
        for (PlaceChange c : changes) {
            h.append("<tr><td class=\"date\">").append(c.date()).append("</td><td>").append(esc(c.name()))
                    .append(" <span class=\"kind\">").append(esc(PlaceSymbols.kindLabel(c.kind()).toLowerCase(Locale.ROOT)))
                    .append("</span></td><td>").append(esc(RunCharts.regionName(c.region()))).append("</td><td>")
                    .append(holder(c.from())).append("</td><td>").append(holder(c.to())).append("</td><td class=\"how\">")
                    .append(esc(c.how().word())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private static long held(List<PlaceRecord> places, String holder) {
        return places.stream().filter(p -> p.holder().equals(holder)).count();
    }

    /** A holder with its colour's swatch, or "nobody". */
    private String holder(String key) {
        if (PlaceRecord.NOBODY.equals(key)) return "<span class=\"swatch empty\"></span>nobody";
        Actor a = run.actors().find(key);
        return "<span class=\"swatch\" style=\"background:" + hex(RunCharts.colour(a)) + "\"></span>" + esc(a.label());
    }

    /** Marks closer than this (in percent of the run) share a row of the timeline only if they do not overlap. */
    static final double MARK_GAP_PERCENT = 2.6;
    /** Height of a row of marks, in CSS pixels. */
    static final int MARK_ROW_PX = 24;

    /**
     * The actors' decisions ({@code decision} lines of the event log): a timeline with a lane per
     * actor that decides (the first actor of each line), each decision a numbered mark at its date
     * that links to its line in the list below, grouped by actor in date order.
     */
    private void decisions(StringBuilder h) {
        h.append("<section id=\"decisions\">\n<h2>Decisions</h2>\n");
        List<LoggedEvent> decisions = run.decisions();
        if (decisions.isEmpty()) {
            h.append("<p>No actor took a strategic decision of its own in this run: in <code>history</code> mode the")
                    .append(" scenario's dated events take them (highlighted in the event log); run with")
                    .append(" <code>--set decisions=free</code> for the actors to decide.</p>\n</section>\n");
            return;
        }
        Map<String, List<Integer>> byActor = new LinkedHashMap<>();
        for (int i = 0; i < decisions.size(); i++) {
            LoggedEvent e = decisions.get(i);
            byActor.computeIfAbsent(e.actors().isEmpty() ? "" : e.actors().get(0), k -> new ArrayList<>()).add(i);
        }
        List<WeekRecord> w = run.national();
        long from = w.get(0).date().toEpochDay();
        long to = Math.max(from + 1, w.get(w.size() - 1).date().plusWeeks(1).toEpochDay());
        h.append("<p>").append(decisions.size()).append(decisions.size() == 1 ? " decision" : " decisions").append(" by ")
                .append(byActor.size()).append(byActor.size() == 1 ? " actor" : " actors")
                .append(", each with its reasons in numbers. Point at a mark for the decision; its number links to it in the list.</p>\n");
        h.append("<div class=\"timeline\" id=\"decision-timeline\">\n");
        for (var e : byActor.entrySet()) {
            Actor a = run.actors().find(e.getKey());
            // marks too close to the one before them in a row go up a row, so none hides another
            List<Double> rowEnds = new ArrayList<>();
            StringBuilder marks = new StringBuilder();
            for (int i : e.getValue()) {
                LoggedEvent d = decisions.get(i);
                double left = Math.max(0, Math.min(100, 100.0 * (d.date().toEpochDay() - from) / (to - from)));
                int row = 0;
                while (row < rowEnds.size() && left < rowEnds.get(row) + MARK_GAP_PERCENT) row++;
                if (row == rowEnds.size()) rowEnds.add(left);
                else rowEnds.set(row, left);
                marks.append("<a class=\"mark\" href=\"#decision-").append(i + 1).append("\" style=\"left:")
                        .append(String.format(Locale.ROOT, "%.2f", left)).append("%;top:").append(6 + MARK_ROW_PX * row)
                        .append("px;background:")
                        .append(hex(RunCharts.colour(a))).append(";color:").append(inkOn(RunCharts.colour(a))).append("\" title=\"").append(d.date()).append(": ")
                        .append(esc(d.description())).append("\">").append(i + 1).append("</a>");
            }
            h.append("<div class=\"lane\"><div class=\"who\">").append(esc(a.label()))
                    .append("</div><div class=\"track\" style=\"height:").append(10 + MARK_ROW_PX * rowEnds.size())
                    .append("px\">").append(marks).append("</div></div>\n");
        }
        h.append("<div class=\"lane axis\"><div class=\"who\"></div><div class=\"track\">");
        for (int y = w.get(0).date().getYear() + 1; y <= w.get(w.size() - 1).date().getYear(); y++) {
            double left = 100.0 * (LocalDate.of(y, 1, 1).toEpochDay() - from) / (to - from);
            h.append("<span class=\"year\" style=\"left:").append(String.format(Locale.ROOT, "%.2f", left)).append("%\">")
                    .append(y).append("</span>");
        }
        h.append("</div></div>\n</div>\n");
        for (var e : byActor.entrySet()) {
            Actor a = run.actors().find(e.getKey());
            h.append("<h3><span class=\"swatch\" style=\"background:").append(hex(RunCharts.colour(a))).append("\"></span>")
                    .append(esc(a.label())).append("</h3>\n<ol class=\"decisions\">\n");
            for (int i : e.getValue()) {
                LoggedEvent d = decisions.get(i);
                h.append("<li id=\"decision-").append(i + 1).append("\" value=\"").append(i + 1).append("\"><span class=\"date\">")
                        .append(d.date()).append("</span> ").append(esc(d.description())).append("</li>\n");
            }
            h.append("</ol>\n");
        }
        h.append("</section>\n");
    }

    private void parameters(StringBuilder h) {
        h.append("<section id=\"parameters\">\n<h2>Parameters and their sources</h2>\n");
        List<Manifest.Parameter> ps = run.manifest().parameters();
        if (ps.isEmpty()) {
            h.append("<p>The manifest lists no parameters.</p>\n</section>\n");
            return;
        }
        h.append("<table class=\"parameters\">\n<thead><tr><th>Parameter</th><th>Value</th><th>Allowed range</th>")
                .append("<th>Source</th></tr></thead>\n<tbody>\n");
        for (Manifest.Parameter p : ps) {
            h.append("<tr><td><code>").append(esc(p.path())).append("</code></td><td class=\"num\">")
                    .append(esc(p.value())).append("</td><td class=\"num\">").append(esc(p.range())).append("</td><td>")
                    .append(esc(p.source())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
    }

    private void files(StringBuilder h) {
        h.append("<section id=\"files\">\n<h2>Files of this run</h2>\n<ul class=\"files\">\n");
        for (String f : dataFiles) {
            h.append("<li><a href=\"").append(esc(f)).append("\">").append(esc(f)).append("</a></li>\n");
        }
        h.append("</ul>\n<p>What each file holds is described in the project's output contract (docs/OUTPUT.md).</p>\n")
                .append("</section>\n");
    }

    /** Escapes text for HTML content and attribute values. */
    public static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static String pct(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    static String points(double change) {
        double p = change * 100;
        if (Math.abs(p) < 0.05) return "±0.0 pts";
        return String.format(Locale.ROOT, "%+.1f pts", p).replace('-', '−');
    }

    static String whole(double v) {
        return String.format(Locale.ENGLISH, "%,d", Math.round(v));
    }

    /** Dark or white text, whichever reads better on {@code c} (by its relative luminance, WCAG 2). */
    static String inkOn(java.awt.Color c) {
        double l = 0.2126 * linear(c.getRed()) + 0.7152 * linear(c.getGreen()) + 0.0722 * linear(c.getBlue());
        return l > 0.18 ? "#111" : "#fff";
    }

    private static double linear(int channel) {
        double v = channel / 255.0;
        return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static String hex(java.awt.Color c) {
        return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    }

    static final String CSS = """
            :root { --ink: #222; --muted: #5a5a5a; --line: #ddd; --accent: #0072b2; }
            * { box-sizing: border-box; }
            body { margin: 0; background: #fafaf7; color: var(--ink);
                   font: 17px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
            main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
            header { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 8px; }
            .kicker { text-transform: uppercase; letter-spacing: .08em; color: var(--muted); font-size: 13px; margin: 0; }
            h1 { font-size: 34px; line-height: 1.2; margin: 4px 0 8px; }
            h2 { font-size: 26px; margin: 36px 0 12px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
            h3 { font-size: 19px; margin: 0 0 8px; }
            .question { font-size: 21px; font-style: italic; color: #333; margin: 0 0 12px; }
            .facts { display: flex; flex-wrap: wrap; gap: 6px 28px; margin: 0; }
            .facts div { min-width: 0; }
            .facts dt { font-size: 13px; color: var(--muted); text-transform: uppercase; letter-spacing: .05em; }
            .facts dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
            nav { position: sticky; top: 0; background: #fff; padding: 8px 0; border-bottom: 1px solid var(--line);
                  z-index: 1; }
            nav a { margin-right: 16px; color: var(--accent); text-decoration: none; font-weight: 600; }
            nav a:hover, figcaption a:hover, .files a:hover { text-decoration: underline; }
            table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; font-size: 15px; }
            caption { text-align: left; color: var(--muted); padding-bottom: 6px; }
            th, td { text-align: left; padding: 6px 10px; border-bottom: 1px solid var(--line); vertical-align: top; }
            thead th { background: #f0f0ec; font-weight: 600; position: sticky; top: 40px; }
            table.shares td { text-align: right; font-variant-numeric: tabular-nums; }
            td.num, td.date { font-variant-numeric: tabular-nums; white-space: nowrap; }
            .swatch { display: inline-block; width: 14px; height: 14px; margin-right: 8px; vertical-align: -2px;
                      border: 1px solid rgba(0,0,0,.25); }
            .cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); gap: 12px; margin: 12px 0; }
            .card { border: 1px solid var(--line); border-left: 5px solid var(--accent); padding: 10px 14px; background: #fcfcfa; }
            .card .label { color: var(--muted); font-size: 14px; }
            .card .value { font-size: 26px; font-weight: 700; font-variant-numeric: tabular-nums; white-space: nowrap; }
            .card .note { color: var(--muted); font-size: 13px; }
            figure { margin: 0 0 32px; }
            figure img { width: 100%; height: auto; border: 1px solid var(--line); background: #fff; }
            figcaption { color: var(--muted); font-size: 15px; margin-top: 4px; }
            figcaption a, .files a { color: var(--accent); }
            tr.scenario td { background: #eef5fb; font-weight: 600; }
            tr.decision td { background: #fdf6dc; }
            .swatch.empty { background: #fff; border-color: #555; }
            table.held, table.counts { width: auto; }
            table.held td, table.counts td { text-align: right; font-variant-numeric: tabular-nums; }
            .kind { color: var(--muted); font-size: 13px; }
            .timeline { margin: 12px 0 20px; border-top: 1px solid var(--line); }
            .lane { display: flex; align-items: center; border-bottom: 1px solid var(--line); min-height: 34px; }
            .lane .who { width: 210px; flex: none; font-size: 14px; padding-right: 10px; }
            .lane .track { position: relative; flex: 1; }
            .mark { position: absolute; width: 22px; height: 22px; margin-left: -11px; border-radius: 50%;
                    font-size: 11px; line-height: 22px; text-align: center; text-decoration: none;
                    border: 1px solid #222; font-variant-numeric: tabular-nums; }
            .mark:hover { outline: 2px solid #222; }
            .lane.axis { border-bottom: none; min-height: 22px; }
            .lane.axis .track { height: 22px; }
            .year { position: absolute; top: 0; font-size: 13px; color: var(--muted); border-left: 1px solid #bbb;
                    padding-left: 3px; }
            ol.decisions { padding-left: 32px; }
            ol.decisions li { margin: 4px 0; }
            ol.decisions .date { font-variant-numeric: tabular-nums; color: var(--muted); }
            details { margin: 8px 0 16px; }
            summary { cursor: pointer; color: var(--accent); font-weight: 600; }
            code { font-size: 14px; }
            .files { columns: 2; }
            footer { max-width: 1180px; margin: 0 auto; padding: 16px 28px; color: var(--muted); font-size: 14px; }
            @media print { nav { display: none; } body { background: #fff; } thead th { position: static; } }
            """;
}
