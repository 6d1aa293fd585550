package dev.limber.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.catalog.domain.Dosage;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RoutineDurationTest {

    private final RoutineDuration duration = new RoutineDuration(3, 5, 15);

    @ParameterizedTest(name = "hold={0} reps={1} sets={2} perSide={3} breaths={4} -> {5}s")
    @CsvSource(nullValues = "-", value = {
            // hold, reps, sets, perSide, breaths, expected seconds
            "30, -, -, false, -, 30",      // Child's Pose: one 30 s hold
            "30, -, -, true,  -, 60",      // Runner's Lunge: 30 s each side
            "-, 10, 3, true,  -, 180",     // Reverse Lunge: 10 reps x 3 sets per leg at 3 s a rep
            "-, -, -, false,  5, 25",      // Butterfly: 5 deep breaths at 5 s a breath
            "-, -, -, true,   4, 40",      // Lateral Hip Stretch: 4 breaths each side
            "5, 2, -, true,   -, 20",      // Knee to Chest: 5 s hold, 2 reps, each side
            "60, -, -, false, -, 60",      // Deep Squat Rest: times per day do not lengthen one run
    })
    void itemSeconds(Integer hold, Integer reps, Integer sets, boolean perSide, Integer breaths, int expected) {
        Dosage d = new Dosage();
        d.holdSeconds = hold;
        d.reps = reps;
        d.sets = sets;
        d.perSide = perSide;
        d.breaths = breaths;
        d.timesPerDay = 3;
        assertEquals(expected, duration.itemSeconds(d));
    }

    @Test
    void rangesUseTheirLowerEnd() {
        Dosage d = new Dosage();
        d.holdSeconds = 30;
        d.holdSecondsMax = 60;
        d.perSide = true;
        assertEquals(60, duration.itemSeconds(d));
    }

    @Test
    void fiveMinuteReleaseTakesFiveMinutes() {
        // Seed 000: 30 s, 30 s, 30 s per side, 30 s per side, 30 s per side, with four transitions.
        List<Dosage> routine = List.of(hold(30, false), hold(30, false), hold(30, true), hold(30, true), hold(30, true));
        assertEquals(300, duration.totalSeconds(routine));
    }

    @Test
    void emptyRoutineTakesNoTime() {
        assertEquals(0, duration.totalSeconds(List.of()));
    }

    private static Dosage hold(int seconds, boolean perSide) {
        Dosage d = new Dosage();
        d.holdSeconds = seconds;
        d.perSide = perSide;
        return d;
    }
}
