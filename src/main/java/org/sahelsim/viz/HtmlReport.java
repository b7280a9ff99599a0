package org.sahelsim.viz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.sahelsim.model.observe.LoggedEvent;
import org.sahelsim.model.observe.WeekRecord;
import org.sahelsim.results.Actor;
import org.sahelsim.results.Manifest;
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
        h.append("<nav><a href=\"#headlines\">Headlines</a> <a href=\"#charts\">Charts</a> <a href=\"#maps\">Maps</a>")
                .append(" <a href=\"#events\">Event log</a> <a href=\"#parameters\">Parameters</a>")
                .append(" <a href=\"#files\">Files</a></nav>\n");
        headlines(h);
        h.append("<section id=\"charts\">\n<h2>Charts</h2>\n");
        for (Figure f : charts) figure(h, f);
        h.append("</section>\n<section id=\"maps\">\n<h2>Maps of control</h2>\n");
        for (Figure f : maps) figure(h, f);
        h.append("</section>\n");
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

    private void events(StringBuilder h) {
        h.append("<section id=\"events\">\n<h2>Event log</h2>\n");
        if (run.events().isEmpty()) {
            h.append("<p>No notable events were recorded.</p>\n</section>\n");
            return;
        }
        h.append("<p>").append(run.events().size()).append(" events; the scenario's own events are highlighted.</p>\n")
                .append("<table class=\"events\">\n<thead><tr><th>Date</th><th>Type</th><th>Region</th><th>Actors</th>")
                .append("<th>What happened</th></tr></thead>\n<tbody>\n");
        for (LoggedEvent e : run.events()) {
            List<String> actors = new ArrayList<>();
            for (String a : e.actors()) actors.add(run.actors().find(a).label());
            h.append(RunResults.isScenarioEvent(e) ? "<tr class=\"scenario\">" : "<tr>")
                    .append("<td class=\"date\">").append(e.date()).append("</td><td>").append(esc(e.type()))
                    .append("</td><td>").append(esc(e.region().isEmpty() ? "national" : RunCharts.regionName(e.region())))
                    .append("</td><td>").append(esc(String.join(", ", actors))).append("</td><td>")
                    .append(esc(e.description())).append("</td></tr>\n");
        }
        h.append("</tbody>\n</table>\n</section>\n");
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
            details { margin: 8px 0 16px; }
            summary { cursor: pointer; color: var(--accent); font-weight: 600; }
            code { font-size: 14px; }
            .files { columns: 2; }
            footer { max-width: 1180px; margin: 0 auto; padding: 16px 28px; color: var(--muted); font-size: 14px; }
            @media print { nav { display: none; } body { background: #fff; } thead th { position: static; } }
            """;
}
