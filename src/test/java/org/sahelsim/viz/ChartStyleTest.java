package org.sahelsim.viz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Date;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The date ticks of the fan charts read "Jul 2021" on any machine, not "7/1/21" or a local month name. */
class ChartStyleTest {
    @Test
    void monthTicksReadMonthAndYearInEnglishInUtc() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            Date july = new Date((long) ChartStyle.x(LocalDate.of(2021, 7, 1)));
            assertEquals("Jul 2021", ChartStyle.monthYear().format(july));
            Date newYear = new Date((long) ChartStyle.x(LocalDate.of(2022, 1, 1)));
            assertEquals("Jan 2022", ChartStyle.monthYear().format(newYear), "midnight UTC stays in its month");
        } finally {
            Locale.setDefault(before);
        }
    }
}
