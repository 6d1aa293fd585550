package dev.limber.web.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The caseload's small trend: this week's adherence against the week before. */
class CaseloadTrendTest {

    @ParameterizedTest(name = "{0}% after {1}% is {2}")
    @CsvSource(nullValues = "none", value = {
            "86, 57, up",
            "80, 70, up",         // ten points is a trend
            "79, 70, steady",     // nine is noise
            "75, 80, steady",
            "60, 70, down",
            "40, 90, down",
            "0, 0, steady",
            "none, 80, none",     // nothing prescribed this week (paused, or no program)
            "80, none, none"})    // nothing prescribed the week before (a new program)
    void trendAgainstTheWeekBefore(Integer last7Days, Integer previous7Days, String trend) {
        var entry = new ProgramRecords.CaseloadEntry(UUID.randomUUID(), "Pat", null, "ACTIVE", last7Days, previous7Days,
                null, null, 0, null);
        assertEquals(trend, entry.trend());
    }
}
