package org.sahelsim.model.observe;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Events whose words are put together when read: the same text, and the same saved bytes, as words put together when logged. */
class EventLogWordsTest {
    private static final LocalDate DAY = LocalDate.of(2021, 6, 7);

    @Test
    void wordsAreStringFormatsTextWhenRead() {
        Object[] args = {"JNIM", 67.5, 423.49999, 0.125, 2, "s", -0.0004};
        String format = "%s withdraws %.0f from %.1f (%.2f%%), %d week%s, %.3f";
        Words w = Words.of(format, args);
        assertEquals(String.format(Locale.ROOT, format, args), w.toString());
        assertSame(w.toString(), w.toString());
        Words nested = Words.of("%s (%s)", "x", w);
        assertEquals("x (" + String.format(Locale.ROOT, format, args) + ")", nested.toString());
        assertEquals("near Kidal", Words.later(() -> "near " + "Kidal").toString());
    }

    @Test
    void aLogWithPendingWordsIsSavedAsOneWithWordsAtOnce() throws IOException {
        EventLog eager = new EventLog();
        EventLog later = new EventLog();
        String first = "Unescorted convoy ambushed";
        eager.add(DAY, "convoy_ambushed", "segou", List.of("jnim", "state"), first);
        later.add(DAY, "convoy_ambushed", "segou", List.of("jnim", "state"), first);
        eager.add(DAY, "raid", null, List.of("jnim"), String.format(Locale.ROOT, "%s raids %s with %.0f fighters", "JNIM", "Boni", 151.5));
        later.add(DAY, "raid", null, List.of("jnim"), Words.of("%s raids %s with %.0f fighters", "JNIM", "Boni", 151.5));
        eager.add(DAY, "civilians_killed", "mopti", List.of("state"), "3 civilians killed", -4.1, 14.5, 3);
        later.add(DAY, "civilians_killed", "mopti", List.of("state"), Words.of("%d civilian%s killed", 3, "s"), -4.1, 14.5, 3);
        assertEquals(3, later.size());
        assertArrayEquals(saved(eager), saved(later));
        assertEquals(eager.events(), later.events());
        assertEquals(eager.since(1), later.since(1));
    }

    private static byte[] saved(EventLog log) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(log);
        }
        return bytes.toByteArray();
    }
}
