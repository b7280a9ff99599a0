package org.sahelsim.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sahelsim.Requirements;
import org.sahelsim.model.ChangeOfHands;
import org.sahelsim.results.PlaceChange;
import org.sahelsim.results.RunResults;
import org.sahelsim.results.SyntheticPlaces;
import org.sahelsim.results.SyntheticRun;

/**
 * The report of a run of this version: the violence by region and politics charts, the places
 * (held by each side, changes of hands by year and how, every change), and the timeline of
 * decisions with each mark linked to its line; and what a run written before places shows.
 */
class ReportPlacesAndDecisionsTest {
    @TempDir
    static Path dir;
    static ReportBuilder.Report report;
    static String html;

    @BeforeAll
    static void build() throws IOException {
        Requirements.fonts();
        SyntheticPlaces.write(dir, 13, 3, true);
        report = ReportBuilder.build(dir, List.of(SyntheticRun.START.plusWeeks(4)), SyntheticOverlay.overlay());
        html = Files.readString(report.html(), StandardCharsets.UTF_8);
    }

    @Test
    void theNewChartsAreWrittenAndShown() {
        for (String chart : List.of("violence-regions", "politics")) {
            assertTrue(report.files().contains(chart + ".png") && report.files().contains(chart + ".svg"), chart);
            assertTrue(html.contains("<img src=\"" + chart + ".png\""), chart + " on the page");
        }
        assertTrue(html.contains("<a href=\"places.csv\">places.csv</a>"), "places.csv among the run's files");
    }

    @Test
    void thePlacesThatChangedHandsAreTabulatedInDateOrder() {
        assertTrue(html.contains("<a href=\"#places\">Places</a>"), "the navigation links to the places");
        String table = between(html, "<table class=\"changes\" id=\"places-changed-hands\">", "</table>");
        Matcher row = Pattern.compile("<tr><td class=\"date\">([0-9-]+)</td><td>([^<]+) <span class=\"kind\">([^<]+)</span>"
                + "</td><td>([^<]+)</td><td>.*?</td><td>.*?</td><td class=\"how\">([a-z]+)</td></tr>").matcher(table);
        int i = 0;
        while (row.find()) {
            SyntheticPlaces.Change c = SyntheticPlaces.CHANGES.get(i++);
            assertEquals(SyntheticRun.START.plusWeeks(c.week()).toString(), row.group(1));
            assertEquals(c.how().word(), row.group(5));
            String name = SyntheticPlaces.SITES.stream().filter(s -> s.id().equals(c.place())).findFirst().orElseThrow().name();
            assertEquals(HtmlReport.esc(name), row.group(2));
        }
        assertEquals(SyntheticPlaces.CHANGES.size(), i, "a row per change of hands");
        // from and to with the holders' names, nobody where nobody held it
        assertTrue(table.contains("<span class=\"swatch empty\"></span>nobody</td><td><span class=\"swatch\" style=\"background:#e69f00\">"
                + "</span>Separatists</td><td class=\"how\">occupation</td>"), table);
    }

    @Test
    void theChangesAreCountedByYearAndHow() {
        String counts = between(html, "<table class=\"counts\" id=\"places-by-year\">", "</table>");
        StringBuilder expected = new StringBuilder("<tr><th scope=\"row\">2021</th>");
        for (ChangeOfHands how : ChangeOfHands.values()) {
            long n = SyntheticPlaces.CHANGES.stream().filter(c -> c.how() == how).count();
            expected.append("<td>").append(n).append("</td>");
        }
        expected.append("<td>").append(SyntheticPlaces.CHANGES.size()).append("</td></tr>");
        assertTrue(counts.contains(expected), counts);
    }

    @Test
    void thePlacesHeldBySideFirstAndLast() {
        String held = between(html, "<table class=\"held\" id=\"places-held\">", "</table>");
        // state: bamako, mopti, boni, tessalit base, ménaka camp, fekola, diboli first; bamako, kidal, fekola, diboli last
        assertTrue(held.contains("State (junta/FAMa)</th><td>7</td><td>4</td>"), held);
        assertTrue(held.contains("nobody</th><td>1</td><td>2</td>"), held);
    }

    @Test
    void theDecisionsTimelineLinksEachMarkToItsLine() {
        assertTrue(html.contains("<a href=\"#decisions\">Decisions</a>"));
        String timeline = between(html, "<div class=\"timeline\" id=\"decision-timeline\">", "<div class=\"lane axis\">");
        Matcher mark = Pattern.compile("<a class=\"mark\" href=\"#decision-([0-9]+)\" style=\"left:([0-9.]+)%").matcher(timeline);
        int marks = 0;
        double previousStateLeft = -1;
        while (mark.find()) {
            marks++;
            String id = "decision-" + mark.group(1);
            assertTrue(html.contains("<li id=\"" + id + "\""), "the mark " + id + " links to a line of the list");
            double left = Double.parseDouble(mark.group(2));
            assertTrue(left >= 0 && left <= 100, "inside the track: " + left);
            if (!mark.group(1).equals("2")) { // the state's lane: decisions 1 and 3, in date order
                assertTrue(left > previousStateLeft);
                previousStateLeft = left;
            }
        }
        assertEquals(SyntheticPlaces.DECISIONS.size(), marks);
        // a lane per deciding actor, labelled as the report labels actors
        assertTrue(timeline.contains("<div class=\"who\">State (junta/FAMa)</div>"));
        assertTrue(timeline.contains("<div class=\"who\">JNIM</div>"));
        // the list, by actor, with each decision's date and words
        String list = between(html, "<section id=\"decisions\">", "</section>");
        for (String[] d : SyntheticPlaces.DECISIONS) {
            assertTrue(list.contains("<span class=\"date\">" + SyntheticRun.START.plusWeeks(Integer.parseInt(d[0])) + "</span> "
                    + HtmlReport.esc(d[2]) + "</li>"), d[2]);
        }
        // the position of a mark is its date's along the run
        double expected = 100.0 * 7 * 7 / (13 * 7);
        assertTrue(timeline.contains(String.format(java.util.Locale.ROOT, "href=\"#decision-2\" style=\"left:%.2f%%", expected)), timeline);
    }

    /** Two decisions of an actor in the same week are two marks, one above the other, not one hiding the other. */
    @Test
    void marksThatWouldOverlapGoUpARow(@TempDir Path twice) throws IOException {
        SyntheticPlaces.write(twice, 13, 3, false);
        Files.writeString(twice.resolve("events.csv"), SyntheticRun.START.plusWeeks(2)
                + ",decision,,state,The junta buys a batch of armed drones\n", java.nio.file.StandardOpenOption.APPEND);
        String page = Files.readString(ReportBuilder.build(twice, List.of(), MapOverlay.empty()).html(), StandardCharsets.UTF_8);
        String lane = between(page, "<div class=\"who\">State (junta/FAMa)</div>", "</div></div>");
        assertTrue(lane.contains("style=\"height:" + (10 + 2 * HtmlReport.MARK_ROW_PX) + "px\""), "two rows: " + lane);
        Matcher top = Pattern.compile("href=\"#decision-([0-9]+)\" style=\"left:[0-9.]+%;top:([0-9]+)px").matcher(lane);
        java.util.Map<String, String> tops = new java.util.HashMap<>();
        while (top.find()) tops.put(top.group(1), top.group(2));
        assertEquals(3, tops.size(), lane);
        assertEquals(java.util.Set.of("6", Integer.toString(6 + HtmlReport.MARK_ROW_PX)), java.util.Set.copyOf(tops.values()));
    }

    /**
     * The event log counts every event by type and year and lists all but the fighting, which
     * events.csv holds line by line: the page stays small however long the war.
     */
    @Test
    void theEventLogCountsEveryEventAndListsAllButTheFighting() throws IOException {
        String log = between(html, "<section id=\"events\">", "</section>");
        List<String> lines = Files.readAllLines(dir.resolve("events.csv"), StandardCharsets.UTF_8);
        long ambushes = lines.stream().filter(l -> l.contains(",ambush,")).count();
        assertTrue(ambushes > 0, "the synthetic run has an ambush");
        assertTrue(log.contains("<a href=\"events.csv\">events.csv</a>"), "the whole log is linked");
        assertTrue(log.contains("<tr><th scope=\"row\">ambush</th>"), "ambushes are counted");
        assertFalse(log.contains("<td>ambush</td>"), "but not listed");
        assertTrue(log.contains("<tr class=\"scenario\"><td class=\"date\">"), "the scenario's events are listed");
        int listed = log.split("<td class=\"date\">", -1).length - 1;
        assertEquals(lines.size() - 1 - ambushes, listed, "every event but the fighting");
        // the counts add up to every event of the file
        java.util.regex.Matcher all = Pattern.compile("<td>([0-9]+)</td></tr>").matcher(
                between(log, "id=\"events-by-type\"", "</table>"));
        int counted = 0;
        while (all.find()) counted += Integer.parseInt(all.group(1));
        assertEquals(lines.size() - 1, counted);
    }

    @Test
    void decisionsAreMarkedInTheEventLog() {
        assertTrue(html.contains("<tr class=\"decision\"><td class=\"date\">" + SyntheticRun.START.plusWeeks(2) + "</td><td>decision</td>"));
    }

    @Test
    void textOnMarksReadsOnTheirColour() {
        assertEquals("#111", HtmlReport.inkOn(new java.awt.Color(0xF0E442)), "dark on the EU's yellow");
        assertEquals("#fff", HtmlReport.inkOn(new java.awt.Color(0x0072B2)), "white on the state's blue");
    }

    /** A run written before places: no places section or link, and the decisions section says why it is empty. */
    @Test
    void aRunWithoutPlacesOrDecisionsSaysSo(@TempDir Path old) throws IOException {
        SyntheticRun.write(old, 5, 1, false);
        String page = Files.readString(ReportBuilder.build(old, List.of(), MapOverlay.empty()).html(), StandardCharsets.UTF_8);
        assertFalse(page.contains("id=\"places\""));
        assertFalse(page.contains("href=\"#places\""));
        assertTrue(page.contains("No actor took a strategic decision of its own in this run"));
        assertFalse(Files.exists(old.resolve("politics.png")), "no politics chart without its columns");
        assertTrue(RunResults.read(old).places().isEmpty());
    }

    private static String between(String text, String from, String to) {
        int a = text.indexOf(from);
        assertTrue(a >= 0, "the page has " + from);
        int b = text.indexOf(to, a + from.length());
        return text.substring(a + from.length(), b);
    }
}
