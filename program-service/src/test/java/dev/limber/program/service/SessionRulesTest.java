package dev.limber.program.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.limber.program.domain.Completion;
import dev.limber.program.domain.SessionItem;
import dev.limber.program.domain.Side;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** Full versus partial sessions, and when a session may be logged. */
class SessionRulesTest {

    static final UUID LUNGE = UUID.randomUUID();
    static final UUID POSE = UUID.randomUUID();

    static Stream<Arguments> completions() {
        return Stream.of(
                Arguments.of("everything on both sides", List.of(done(LUNGE, Side.BOTH), done(POSE, null)), Completion.FULL),
                Arguments.of("one side of the lunge only", List.of(done(LUNGE, Side.LEFT), done(POSE, null)), Completion.PARTIAL),
                Arguments.of("pose skipped", List.of(done(LUNGE, Side.BOTH)), Completion.PARTIAL),
                Arguments.of("pose marked not done", List.of(done(LUNGE, Side.BOTH),
                        new SessionItem(POSE, false, null, null, null)), Completion.PARTIAL),
                Arguments.of("nothing done", List.of(), Completion.NONE));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("completions")
    void fullMeansEveryItemOnEverySide(String name, List<SessionItem> logged, Completion expected) {
        Map<UUID, Boolean> items = new LinkedHashMap<>();
        items.put(LUNGE, true);
        items.put(POSE, false);
        assertEquals(expected, SessionCompletion.of(items, logged));
    }

    static Stream<Arguments> timings() {
        Instant now = Instant.parse("2026-03-09T12:00:00Z");
        return Stream.of(
                Arguments.of(now.minusSeconds(60), true),
                Arguments.of(now.plus(Duration.ofMinutes(4)), true),
                Arguments.of(now.plus(Duration.ofMinutes(6)), false),
                Arguments.of(now.minus(Duration.ofDays(7)).plusSeconds(60), true),
                Arguments.of(now.minus(Duration.ofDays(7)).minusSeconds(60), false));
    }

    @ParameterizedTest(name = "{0} accepted: {1}")
    @MethodSource("timings")
    void sessionsMayBeLateByAWeekButNeverInTheFuture(Instant performedAt, boolean accepted) {
        String problem = SessionTiming.check(performedAt, Instant.parse("2026-03-09T12:00:00Z"), 7, Duration.ofMinutes(5));
        assertEquals(accepted, problem == null, String.valueOf(problem));
    }

    @Test
    void aLocalTimeIsReadInThePatientsZoneAndAnOffsetIsKept() {
        ZoneId la = ZoneId.of("America/Los_Angeles");
        assertEquals(Instant.parse("2026-03-04T07:30:00Z"), SessionTiming.parse("2026-03-03T23:30", la).orElseThrow());
        assertEquals(Instant.parse("2026-03-03T22:30:00Z"),
                SessionTiming.parse("2026-03-03T23:30+01:00", la).orElseThrow());
        assertEquals(Instant.parse("2026-03-03T23:30:00Z"), SessionTiming.parse("2026-03-03T23:30Z", la).orElseThrow());
        assertEquals(Instant.parse("2026-03-03T18:00:15.500Z"),
                SessionTiming.parse("2026-03-03T23:30:15.5+05:30", la).orElseThrow());
        assertTrue(SessionTiming.parse("yesterday", la).isEmpty());
        assertTrue(SessionTiming.parse("2026-02-30T10:00", la).isEmpty(), "no such day");
        assertTrue(SessionTiming.parse("2026-03-03T23:30+01:00[Europe/Paris]", la).isEmpty(), "offset only, no zone");
        assertNull(SessionTiming.parse(null, la).orElse(null));
    }

    static SessionItem done(UUID id, Side side) {
        return new SessionItem(id, true, side, null, null);
    }
}
