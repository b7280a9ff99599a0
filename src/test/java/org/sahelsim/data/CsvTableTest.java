package org.sahelsim.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Plain lines (no quote, no carriage return) are cut at their commas whole; other lines are read
 * character by character. Both must find the same fields and lines, whatever the mix.
 */
class CsvTableTest {
    @Test
    void plainAndQuotedLinesGiveTheFieldsAndLinesTheyWrite() {
        String text = "a, b ,c\n"
                + " 1,2 , 3 \n"
                + "   \n"
                + "\"x, y\",\"say \"\"hi\"\"\",z\n"
                + "4,,\r\n"
                + "\"two\nlines\",5,6\n"
                + ",\t,\n"
                + "7,8,9";
        CsvTable t = CsvTable.parse("t.csv", text);
        assertEquals(List.of("a", "b", "c"), t.header());
        List<CsvTable.Row> rows = t.rows();
        assertEquals(6, rows.size());
        assertEquals(List.of("1", "2", "3"), rows.get(0).fields());
        assertEquals(2, rows.get(0).line());
        assertEquals(List.of("x, y", "say \"hi\"", "z"), rows.get(1).fields());
        assertEquals(4, rows.get(1).line());
        assertEquals(List.of("4", "", ""), rows.get(2).fields());
        assertEquals(5, rows.get(2).line());
        assertEquals(List.of("two\nlines", "5", "6"), rows.get(3).fields());
        assertEquals(6, rows.get(3).line());
        assertEquals(List.of("", "", ""), rows.get(4).fields());
        assertEquals(8, rows.get(4).line());
        assertEquals(List.of("7", "8", "9"), rows.get(5).fields());
        assertEquals(9, rows.get(5).line());
    }

    @Test
    void aPlainLineWithTooFewFieldsIsRefusedAtItsLine() {
        DataFormatException e = assertThrows(DataFormatException.class, () -> CsvTable.parse("t.csv", "a,b\n1,2\n\n3\n"));
        assertTrue(e.getMessage().contains("4"), e.getMessage());
    }

    @Test
    void datesAreReadWithTheGeneralParsersVerdicts() {
        CsvTable t = CsvTable.parse("t.csv", "d\n2021-06-07\n2024-02-29\n2023-02-29\n2021-6-07\n+2021-06-07\n");
        assertEquals(LocalDate.of(2021, 6, 7), t.rows().get(0).date("d"));
        assertEquals(LocalDate.of(2024, 2, 29), t.rows().get(1).date("d"));
        assertThrows(DataFormatException.class, () -> t.rows().get(2).date("d"));
        assertThrows(DataFormatException.class, () -> t.rows().get(3).date("d"));
        assertThrows(DataFormatException.class, () -> t.rows().get(4).date("d"));
    }
}
