package dev.limber.web.view;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.web.client.Dosage;
import org.junit.jupiter.api.Test;

class DosageTextTest {

    @Test
    void holdsPerSide() {
        assertEquals("Hold 30 seconds, on each side.", DosageText.text(d(30, null, null, null, null, true, null, null, null, null)));
    }

    @Test
    void wholeMinutesReadAsMinutes() {
        assertEquals("Hold 1 minute. 2-3 times a day.", DosageText.text(d(60, null, null, null, null, false, null, null, 2, 3)));
    }

    @Test
    void ranges() {
        assertEquals("Hold 30-60 seconds, on each side.", DosageText.text(d(30, 60, null, null, null, true, null, null, null, null)));
        assertEquals("4-5 deep breaths, on each side.", DosageText.text(d(null, null, null, null, null, true, 4, 5, null, null)));
    }

    @Test
    void repsAndSets() {
        assertEquals("10 times, 3 sets, on each side.", DosageText.text(d(null, null, 10, null, 3, true, null, null, null, null)));
    }

    @Test
    void holdRepeatedThroughTheDay() {
        assertEquals("Hold 20 seconds. 5-10 times a day.", DosageText.text(d(20, null, null, null, null, false, null, null, 5, 10)));
        assertEquals("Hold 5 seconds, 2-3 times, on each side. 2 times a day.",
                DosageText.text(d(5, null, 2, 3, null, true, null, null, 2, null)));
    }

    @Test
    void nothingToSay() {
        assertEquals("", DosageText.text(null));
    }

    private static Dosage d(Integer hold, Integer holdMax, Integer reps, Integer repsMax, Integer sets, boolean perSide,
            Integer breaths, Integer breathsMax, Integer perDay, Integer perDayMax) {
        return new Dosage(hold, holdMax, reps, repsMax, sets, perSide, breaths, breathsMax, perDay, perDayMax, null);
    }
}
