package dev.limber.program.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.program.triage.PainMonitoringRules.SessionHistory;
import dev.limber.program.triage.PainMonitoringRules.SessionPain;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Scenario table for the signals read from session logs. */
class PainMonitoringRulesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', nullValues = "-", value = {
            // scenario; baseline; previous before/after/during; latest before/after/during; severity; rules
            "calm sessions;                    3; 3/3/4; 3/3/4; -;      -",
            "first session ever;               3; -;     3/4/5; -;      -",
            "pain during exactly 5;            3; 3/3/3; 3/4/5; -;      -",
            "pain during 6;                    3; 3/3/3; 3/4/6; REVIEW; pain-during-above-5",
            "pain during 10;                   3; -;     3/4/10; REVIEW; pain-during-above-5",
            "flare settled by next session;    3; 3/6/4; 3/3/4; -;      -",
            "flare not settled;                3; 3/6/4; 4/4/4; REVIEW; pain-not-settling",
            "higher start without a flare;     3; 3/3/4; 4/4/4; -;      -",
            "two sessions 2 above baseline;    3; 5/5/4; 5/5/4; REVIEW; pain-above-baseline",
            "one session 2 above baseline;     3; 3/3/4; 5/5/4; -;      -",
            "only pain after above baseline;   2; 2/4/3; 2/4/3; REVIEW; pain-above-baseline",
            "1 above baseline twice;           3; 4/4/3; 4/4/3; -;      -",
            "no baseline recorded;             -; 8/8/3; 8/8/3; -;      -",
            "everything at once;               2; 2/6/7; 5/6/8; REVIEW; pain-during-above-5|pain-not-settling|pain-above-baseline",
    })
    void scenario(String name, Integer baseline, String previous, String latest, Severity severity, String rules) {
        List<SessionPain> earlier = previous == null ? List.of() : List.of(pain(previous));
        Triage triage = PainMonitoringRules.afterSession(new SessionHistory(pain(latest), earlier, baseline));
        assertEquals(severity, triage.severity(), name);
        assertEquals(rules == null ? Set.of() : Arrays.stream(rules.split("\\|")).collect(Collectors.toSet()),
                triage.fired().stream().map(TriageRule.FiredRule::id).collect(Collectors.toSet()), name);
        assertEquals(Set.of(), triage.actions(), "session signals alert nobody and hold nothing");
    }

    @ParameterizedTest(name = "last session {0} days ago -> {1}")
    @CsvSource(nullValues = "-", value = {"0, -", "6, -", "7, ADHERENCE", "30, ADHERENCE"})
    void noSessionForAWeek(int days, Severity severity) {
        LocalDate today = LocalDate.of(2026, 11, 23);
        assertEquals(severity, PainMonitoringRules.adherence(today.minusDays(days), today).severity());
    }

    private static SessionPain pain(String value) {
        String[] p = value.split("/");
        return new SessionPain(Integer.valueOf(p[0]), Integer.valueOf(p[1]), Integer.valueOf(p[2]));
    }
}
