package org.sahelsim.viz;

import java.util.List;

/**
 * The page of a study of many runs (an ensemble, a sensitivity analysis, a calibration, a score):
 * a title, the facts of the study, then sections of text, tables and figures, in the order added.
 * Self-contained like a run's report: inline style, no script, nothing from the network, all text
 * escaped, pictures by relative name.
 */
public final class StudyPage {
    private final StringBuilder body = new StringBuilder(32 * 1024);
    private final StringBuilder facts = new StringBuilder();
    private final String kicker;
    private final String title;
    private final String question;

    public StudyPage(String kicker, String title, String question) {
        this.kicker = kicker;
        this.title = title;
        this.question = question;
    }

    /** A fact of the study, shown under the title. */
    public StudyPage fact(String term, String value) {
        facts.append("<div><dt>").append(HtmlReport.esc(term)).append("</dt><dd>").append(HtmlReport.esc(value)).append("</dd></div>\n");
        return this;
    }

    /** Starts a section. */
    public StudyPage section(String id, String heading) {
        body.append("<section id=\"").append(HtmlReport.esc(id)).append("\">\n<h2>").append(HtmlReport.esc(heading)).append("</h2>\n");
        return this;
    }

    /** Ends the current section. */
    public StudyPage end() {
        body.append("</section>\n");
        return this;
    }

    public StudyPage paragraph(String text) {
        body.append("<p>").append(HtmlReport.esc(text)).append("</p>\n");
        return this;
    }

    /** A table; cells that look like numbers are right-aligned. */
    public StudyPage table(String caption, List<String> header, List<List<String>> rows) {
        body.append("<table>\n<caption>").append(HtmlReport.esc(caption)).append("</caption>\n<thead><tr>");
        for (String h : header) body.append("<th>").append(HtmlReport.esc(h)).append("</th>");
        body.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : rows) {
            body.append("<tr>");
            for (String cell : row) {
                boolean num = cell.matches("[-+−]?[0-9.,%]+( ?\\[.*\\])?|[-+−]?[0-9.,]+[%]?( to [-+−]?[0-9.,]+%?)?");
                body.append(num ? "<td class=\"num\">" : "<td>").append(HtmlReport.esc(cell)).append("</td>");
            }
            body.append("</tr>\n");
        }
        body.append("</tbody>\n</table>\n");
        return this;
    }

    /** A figure: its PNG, its SVG (or null), a heading and a caption. */
    public StudyPage figure(String png, String svg, String heading, String caption) {
        body.append("<figure>\n<h3>").append(HtmlReport.esc(heading)).append("</h3>\n<img src=\"").append(HtmlReport.esc(png))
                .append("\" alt=\"").append(HtmlReport.esc(heading)).append("\" loading=\"lazy\">\n<figcaption>")
                .append(HtmlReport.esc(caption));
        if (svg != null) body.append(" <a href=\"").append(HtmlReport.esc(svg)).append("\">Vector version (SVG)</a>");
        body.append("</figcaption>\n</figure>\n");
        return this;
    }

    /** A list of links to the study's files. */
    public StudyPage files(List<String> names) {
        body.append("<ul class=\"files\">\n");
        for (String f : names) body.append("<li><a href=\"").append(HtmlReport.esc(f)).append("\">").append(HtmlReport.esc(f)).append("</a></li>\n");
        body.append("</ul>\n");
        return this;
    }

    /** The page's HTML. */
    public String html() {
        StringBuilder h = new StringBuilder(body.length() + 8192);
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(HtmlReport.esc(title)).append(" · SahelSim</title>\n")
                .append("<style>\n").append(HtmlReport.CSS).append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<p class=\"kicker\">").append(HtmlReport.esc(kicker)).append("</p>\n<h1>")
                .append(HtmlReport.esc(title)).append("</h1>\n");
        if (question != null && !question.isEmpty()) h.append("<p class=\"question\">").append(HtmlReport.esc(question)).append("</p>\n");
        h.append("<dl class=\"facts\">\n").append(facts).append("</dl>\n</header>\n").append(body)
                .append("</main>\n<footer>Made by SahelSim from the files of this folder; every number above comes from them.</footer>\n")
                .append("</body>\n</html>\n");
        return h.toString();
    }
}
