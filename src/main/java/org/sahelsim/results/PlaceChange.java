package org.sahelsim.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sahelsim.model.ChangeOfHands;
import org.sahelsim.model.observe.LoggedEvent;

/**
 * A place that changed hands: from whom to whom, in which week, and how. Read from the rows of
 * {@code places.csv.gz} (a place's rows in date order tell its story, every change of holder has a
 * row, and the model writes how it changed hands on that row). Runs written before the model did
 * are told from the rows and the week's events.
 *
 * @param date   the week's Monday
 * @param place  the place's id
 * @param name   its name
 * @param kind   its kind ({@link PlaceRecord#KINDS})
 * @param region its region id
 * @param from   the side that held it, or {@link PlaceRecord#NOBODY}
 * @param to     the side that holds it now, or {@link PlaceRecord#NOBODY}
 * @param how    how it changed hands
 */
public record PlaceChange(LocalDate date, String place, String name, String kind, String region, String from, String to,
                          ChangeOfHands how) {

    /**
     * Every change of holder in the rows of {@code places.csv.gz}, in date order (rows of a date in
     * the order written), with how the model says it changed hands. For runs written before it
     * said so, the rule, from the rows alone: a place that passes to the side that
     * besieged it the week before, or empties while besieged, fell to a siege; one taken from a
     * holder by another side was stormed; one taken from nobody, or from a base its holder vacated
     * that same week, was occupied; one its holder left was withdrawn from, or vacated when a
     * {@code base_vacated} event of that week names it.
     *
     * @param rows   the rows, in date order
     * @param events the run's events (for vacated bases)
     */
    public static List<PlaceChange> in(List<PlaceRecord> rows, List<LoggedEvent> events) {
        Map<String, PlaceRecord> last = new HashMap<>();
        List<PlaceChange> out = new ArrayList<>();
        for (PlaceRecord r : rows) {
            PlaceRecord before = last.put(r.id(), r);
            if (before == null || before.holder().equals(r.holder())) continue;
            ChangeOfHands how = r.how() != null ? r.how() : told(before, r, events);
            out.add(new PlaceChange(r.date(), r.id(), r.name(), r.kind(), r.region(), before.holder(), r.holder(), how));
        }
        return out;
    }

    /** How a place changed hands between two of its rows, told from the rows and the week's events. */
    private static ChangeOfHands told(PlaceRecord before, PlaceRecord r, List<LoggedEvent> events) {
        if (!before.besiegedBy().isEmpty() && (before.besiegedBy().equals(r.holder()) || !r.held())) return ChangeOfHands.SIEGE;
        if (r.held()) return before.held() && !vacated(r, events) ? ChangeOfHands.ASSAULT : ChangeOfHands.OCCUPATION;
        return vacated(r, events) ? ChangeOfHands.VACATED : ChangeOfHands.WITHDRAWAL;
    }

    /** Whether a {@code base_vacated} event of the row's week and region names the place. */
    private static boolean vacated(PlaceRecord r, List<LoggedEvent> events) {
        String name = r.name().toLowerCase(Locale.ROOT);
        for (LoggedEvent e : events) {
            if (!e.date().equals(r.date()) || !e.type().equals("base_vacated") || !e.region().equals(r.region())) continue;
            if (names(e.description().toLowerCase(Locale.ROOT), name)) return true;
        }
        return false;
    }

    /**
     * Whether a sentence (in lower case) names a place: its whole name, starting a word and
     * followed by the end of the sentence or a separator ({@code ; , : . )}), as the model writes a
     * place's name. "kidal" is not named by "leave kidal minusma camp; it stands empty".
     */
    static boolean names(String sentence, String name) {
        int from = 0;
        while (true) {
            int i = sentence.indexOf(name, from);
            if (i < 0) return false;
            int end = i + name.length();
            boolean startsWord = i == 0 || !Character.isLetterOrDigit(sentence.charAt(i - 1));
            boolean endsName = end == sentence.length() || ";,:.)".indexOf(sentence.charAt(end)) >= 0;
            if (startsWord && endsName) return true;
            from = i + 1;
        }
    }
}
