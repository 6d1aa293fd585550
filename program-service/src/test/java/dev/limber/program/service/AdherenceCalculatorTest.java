package dev.limber.program.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.limber.program.domain.Completion;
import dev.limber.program.domain.PainTrend;
import dev.limber.program.domain.SessionItem;
import dev.limber.program.domain.Side;
import dev.limber.program.service.AdherenceCalculator.Counts;
import dev.limber.program.service.AdherenceCalculator.Pause;
import dev.limber.program.service.AdherenceCalculator.Plan;
import dev.limber.program.service.AdherenceCalculator.PlanItem;
import dev.limber.program.service.AdherenceCalculator.ScheduleVersion;
import dev.limber.program.service.AdherenceCalculator.Session;
import dev.limber.program.service.AdherenceCalculator.WeekCounts;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The adherence rules of docs/clinical-rules.md as tables. Week of 2026-03-02 (a Monday) to 2026-03-08 (Sunday);
 * "today" is Monday 2026-03-09 unless a row says otherwise.
 */
class AdherenceCalculatorTest {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate MON = LocalDate.of(2026, 3, 2);
    static final LocalDate NEXT_MON = MON.plusDays(7);
    static final Set<DayOfWeek> DAILY = ScheduledDays.defaultFor(7);
    static final Set<DayOfWeek> WEEKDAYS = ScheduledDays.defaultFor(5);

    record Row(String name, Plan plan, List<Session> sessions, LocalDate from, LocalDate to, LocalDate today,
            Counts expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Row> periods() {
        return Stream.of(
                new Row("once daily, every day done", plan(1, DAILY), full(MON, 7, 1), MON, MON.plusDays(6), NEXT_MON,
                        new Counts(7, 7, 0, 0, 100)),
                new Row("twice daily, once a day done", plan(2, DAILY), full(MON, 7, 1), MON, MON.plusDays(6),
                        NEXT_MON, new Counts(14, 7, 0, 7, 50)),
                new Row("twice daily, three on one day count as two", plan(2, DAILY), full(MON, 1, 3), MON, MON,
                        NEXT_MON, new Counts(2, 2, 0, 0, 100)),
                new Row("5 days a week: Mon-Fri done, weekend is off", plan(1, WEEKDAYS), full(MON, 5, 1), MON,
                        MON.plusDays(6), NEXT_MON, new Counts(5, 5, 0, 0, 100)),
                new Row("5 days a week: Wednesday missed, Saturday made up", plan(1, WEEKDAYS),
                        concat(full(MON, 2, 1), full(MON.plusDays(3), 3, 1)), MON, MON.plusDays(6), NEXT_MON,
                        new Counts(5, 5, 0, 0, 100)),
                new Row("5 days a week: a make-up never crosses into another week", plan(1, WEEKDAYS),
                        concat(full(MON, 4, 1), full(NEXT_MON.plusDays(5), 1, 1)), MON, NEXT_MON.plusDays(6),
                        NEXT_MON.plusDays(7), new Counts(10, 5, 0, 5, 50)),
                new Row("paused second week is not missed", paused(plan(1, DAILY), at(NEXT_MON, 10), at(NEXT_MON.plusDays(7), 8)),
                        full(MON, 7, 1), MON, NEXT_MON.plusDays(6), NEXT_MON.plusDays(8), new Counts(7, 7, 0, 0, 100)),
                new Row("a pause still running frees every day since", paused(plan(1, DAILY), at(MON.plusDays(3), 9), null),
                        full(MON, 3, 1), MON, MON.plusDays(6), NEXT_MON, new Counts(3, 3, 0, 0, 100)),
                new Row("partial sessions are partial, not missed", plan(1, DAILY),
                        concat(full(MON, 1, 1), partial(MON.plusDays(1), 2)), MON, MON.plusDays(2), NEXT_MON,
                        new Counts(3, 1, 2, 0, 33)),
                new Row("twice daily: one full and one partial on a day", plan(2, DAILY),
                        concat(full(MON, 1, 1), partial(MON, 1)), MON, MON, NEXT_MON, new Counts(2, 1, 1, 0, 50)),
                new Row("today is not over: an undone session is not missed yet", plan(2, DAILY), full(MON, 1, 1), MON,
                        MON, MON, new Counts(1, 1, 0, 0, 100)),
                new Row("today with nothing done yet prescribes nothing", plan(1, DAILY), List.of(), MON, MON, MON,
                        new Counts(0, 0, 0, 0, null)),
                new Row("days before the start date are not prescribed", startingOn(plan(1, DAILY), MON.plusDays(4)),
                        full(MON.plusDays(4), 3, 1), MON, MON.plusDays(6), NEXT_MON, new Counts(3, 3, 0, 0, 100)),
                new Row("a draft never activated prescribes nothing", never(plan(1, DAILY)), List.of(), MON,
                        MON.plusDays(6), NEXT_MON, new Counts(0, 0, 0, 0, null)),
                new Row("late entry: Tuesday logged on Saturday counts for Tuesday", plan(1, DAILY),
                        List.of(session(at(MON.plusDays(1), 18), Completion.FULL, 4)), MON.plusDays(1),
                        MON.plusDays(1), MON.plusDays(5), new Counts(1, 1, 0, 0, 100)),
                new Row("future days of the period are not prescribed yet", plan(1, DAILY), full(MON, 3, 1), MON,
                        MON.plusDays(27), MON.plusDays(3), new Counts(3, 3, 0, 0, 100)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void countsOfAPeriod(Row row) {
        var tallies = AdherenceCalculator.tally(row.plan().zone(), row.sessions());
        assertEquals(row.expected(), AdherenceCalculator.counts(row.plan(), tallies, row.from(), row.to(), row.today()));
    }

    record WeekRow(String name, Plan plan, List<Session> sessions, LocalDate from, LocalDate to, LocalDate today,
            List<WeekCounts> expected) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<WeekRow> weekByWeek() {
        LocalDate third = NEXT_MON.plusDays(7);
        return Stream.of(
                new WeekRow("two whole weeks, the second half done", plan(1, DAILY),
                        concat(full(MON, 7, 1), full(NEXT_MON, 3, 1)), MON, NEXT_MON.plusDays(6), third,
                        List.of(week(MON, 7, 7, 0, 100), week(NEXT_MON, 7, 3, 0, 43))),
                new WeekRow("a period from Thursday to Tuesday counts only its own days of each week", plan(1, DAILY),
                        full(MON, 9, 1), MON.plusDays(3), NEXT_MON.plusDays(1), third,
                        List.of(week(MON, 4, 4, 0, 100), week(NEXT_MON, 2, 2, 0, 100))),
                new WeekRow("a paused week prescribes nothing", paused(plan(1, DAILY), at(NEXT_MON, 0), at(third, 0)),
                        full(MON, 7, 1), MON, third.plusDays(6), third.plusDays(7),
                        List.of(week(MON, 7, 7, 0, 100), week(NEXT_MON, 0, 0, 0, null), week(third, 7, 0, 0, 0))),
                new WeekRow("weeks before the start prescribe nothing", startingOn(plan(1, DAILY), NEXT_MON),
                        full(NEXT_MON, 7, 1), MON, NEXT_MON.plusDays(6), third,
                        List.of(week(MON, 0, 0, 0, null), week(NEXT_MON, 7, 7, 0, 100))),
                new WeekRow("a make-up day counts in its own week only", plan(1, WEEKDAYS),
                        concat(full(MON, 2, 1), full(MON.plusDays(3), 2, 1), full(NEXT_MON, 6, 1)), MON,
                        NEXT_MON.plusDays(6), third, List.of(week(MON, 5, 4, 0, 80), week(NEXT_MON, 5, 5, 0, 100))),
                new WeekRow("partial sessions are counted per week", plan(2, DAILY),
                        concat(full(MON, 7, 1), partial(MON, 7), full(NEXT_MON, 1, 2)), MON, NEXT_MON.plusDays(6), third,
                        List.of(week(MON, 14, 7, 7, 50), week(NEXT_MON, 14, 2, 0, 14))),
                new WeekRow("the current week counts up to today; later weeks prescribe nothing yet", plan(1, DAILY),
                        full(MON, 9, 1), MON, third.plusDays(6), NEXT_MON.plusDays(2),
                        List.of(week(MON, 7, 7, 0, 100), week(NEXT_MON, 2, 2, 0, 100), week(third, 0, 0, 0, null))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("weekByWeek")
    void countsWeekByWeek(WeekRow row) {
        var tallies = AdherenceCalculator.tally(row.plan().zone(), row.sessions());
        assertEquals(row.expected(), AdherenceCalculator.weeks(row.plan(), tallies, row.from(), row.to(), row.today()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("periods")
    void theWeeksAddUpToThePeriod(Row row) {
        var tallies = AdherenceCalculator.tally(row.plan().zone(), row.sessions());
        List<WeekCounts> weeks = AdherenceCalculator.weeks(row.plan(), tallies, row.from(), row.to(), row.today());
        assertEquals(List.of(row.expected().prescribed(), row.expected().completed(), row.expected().partial(),
                row.expected().missed()), List.of(
                weeks.stream().mapToInt(w -> w.counts().prescribed()).sum(),
                weeks.stream().mapToInt(w -> w.counts().completed()).sum(),
                weeks.stream().mapToInt(w -> w.counts().partial()).sum(),
                weeks.stream().mapToInt(w -> w.counts().missed()).sum()));
        assertEquals(row.from().with(DayOfWeek.MONDAY), weeks.get(0).weekStart());
        assertEquals(row.to().with(DayOfWeek.MONDAY), weeks.get(weeks.size() - 1).weekStart());
    }

    static WeekCounts week(LocalDate monday, int prescribed, int completed, int partial, Integer percent) {
        return new WeekCounts(monday, new Counts(prescribed, completed, partial, prescribed - completed - partial,
                percent));
    }

    static Stream<Arguments> timeZones() {
        // 23:30 on Tuesday in Los Angeles is already Wednesday 07:30 UTC.
        LocalDateTime lateTuesday = MON.plusDays(1).atTime(23, 30);
        return Stream.of(
                Arguments.of("America/Los_Angeles", lateTuesday, MON.plusDays(1)),
                Arguments.of("Pacific/Auckland", lateTuesday, MON.plusDays(1)),
                Arguments.of("Europe/Berlin", MON.plusDays(1).atTime(0, 10), MON.plusDays(1)));
    }

    @ParameterizedTest(name = "{1} in {0} belongs to {2}")
    @MethodSource("timeZones")
    void aSessionBelongsToTheLocalDayItWasDoneOn(String zone, LocalDateTime local, LocalDate day) {
        ZoneId z = ZoneId.of(zone);
        Plan plan = new Plan(z, MON, null, MON.atStartOfDay(z).toInstant(), null,
                List.of(new ScheduleVersion(LocalDate.MIN, 1, DAILY)), List.of(), List.of());
        List<Session> sessions = List.of(new Session(local.atZone(z).toInstant(), Completion.FULL, 3, List.of()));
        var tallies = AdherenceCalculator.tally(z, sessions);
        assertEquals(new Counts(1, 1, 0, 0, 100), AdherenceCalculator.counts(plan, tallies, day, day, NEXT_MON));
        LocalDate next = day.plusDays(1);
        assertEquals(new Counts(1, 0, 0, 1, 0), AdherenceCalculator.counts(plan, tallies, next, next, NEXT_MON));
    }

    @Test
    void aPauseIsReadInThePatientsZone() {
        // Paused from Wednesday 00:30 Berlin time (Tuesday 23:30 UTC): Tuesday stays a day to exercise.
        Plan plan = paused(plan(1, DAILY), at(MON.plusDays(2), 0).plusSeconds(1800), null);
        var tallies = AdherenceCalculator.tally(BERLIN, full(MON, 2, 1));
        assertEquals(new Counts(2, 2, 0, 0, 100), AdherenceCalculator.counts(plan, tallies, MON, MON.plusDays(6), NEXT_MON));
    }

    static Stream<Arguments> streaks() {
        return Stream.of(
                Arguments.of("every day of the week", plan(1, DAILY), full(MON, 7, 1), NEXT_MON, 7),
                Arguments.of("broken on Thursday", plan(1, DAILY), concat(full(MON, 3, 1), full(MON.plusDays(4), 3, 1)),
                        NEXT_MON, 3),
                Arguments.of("today done counts", plan(1, DAILY), full(MON, 8, 1), NEXT_MON, 8),
                Arguments.of("weekend off does not break it", plan(1, WEEKDAYS),
                        concat(full(MON, 5, 1), full(NEXT_MON, 1, 1)), NEXT_MON.plusDays(1), 6),
                Arguments.of("twice daily needs both", plan(2, DAILY), concat(full(MON, 6, 2), full(MON.plusDays(6), 1, 1)),
                        NEXT_MON, 0),
                Arguments.of("paused days do not break it",
                        paused(plan(1, DAILY), at(MON.plusDays(2), 8), at(MON.plusDays(5), 8)),
                        concat(full(MON, 2, 1), full(MON.plusDays(6), 1, 1)), NEXT_MON, 3),
                Arguments.of("partial is not a streak day", plan(1, DAILY), concat(full(MON, 6, 1), partial(MON.plusDays(6), 1)),
                        NEXT_MON, 0));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("streaks")
    void currentStreak(String name, Plan plan, List<Session> sessions, LocalDate today, int expected) {
        assertEquals(expected, AdherenceCalculator.streak(plan, AdherenceCalculator.tally(BERLIN, sessions), today));
    }

    static Stream<Arguments> painTrends() {
        return Stream.of(
                Arguments.of("6 to 3: improving", List.of(6, 6), List.of(3, 3), PainTrend.IMPROVING),
                Arguments.of("5 to 4: stable (1 point, 20 %)", List.of(5, 5), List.of(4, 4), PainTrend.STABLE),
                Arguments.of("3 to 2: improving (1 point, 33 %)", List.of(3, 3), List.of(2, 2), PainTrend.IMPROVING),
                Arguments.of("4 to 6: worsening", List.of(4, 4), List.of(6, 6), PainTrend.WORSENING),
                Arguments.of("0 to 0.5: stable", List.of(0, 0), List.of(0, 1), PainTrend.STABLE),
                Arguments.of("one reading a week is not enough", List.of(6), List.of(2, 2), PainTrend.INSUFFICIENT_DATA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("painTrends")
    void painTrendComparesTheLastWeekWithTheWeekBefore(String name, List<Integer> earlier, List<Integer> recent,
            PainTrend expected) {
        List<Session> sessions = new ArrayList<>();
        for (int i = 0; i < earlier.size(); i++) {
            sessions.add(session(at(MON.plusDays(i), 9), Completion.FULL, earlier.get(i)));
        }
        for (int i = 0; i < recent.size(); i++) {
            sessions.add(session(at(NEXT_MON.plusDays(i), 9), Completion.FULL, recent.get(i)));
        }
        assertEquals(expected, AdherenceCalculator.painTrend(AdherenceCalculator.tally(BERLIN, sessions),
                NEXT_MON.plusDays(6)));
    }

    @Test
    void oneSideOfAPerSideItemCountsHalf() {
        UUID lunge = UUID.randomUUID();
        UUID pose = UUID.randomUUID();
        Plan plan = new Plan(BERLIN, MON, null, at(MON, 0), null, List.of(new ScheduleVersion(LocalDate.MIN, 1, DAILY)),
                List.of(), List.of(new PlanItem(lunge, true, MON), new PlanItem(pose, false, MON)));
        List<Session> sessions = List.of(
                new Session(at(MON, 9), Completion.PARTIAL, 3, List.of(item(lunge, Side.LEFT), item(pose, null))),
                new Session(at(MON.plusDays(1), 9), Completion.FULL, 3, List.of(item(lunge, Side.BOTH), item(pose, null))),
                new Session(at(MON.plusDays(2), 9), Completion.PARTIAL, 3, List.of(item(lunge, Side.RIGHT))));
        var result = AdherenceCalculator.calculate(plan, sessions, MON, MON.plusDays(3), MON.plusDays(4));
        var lungeDone = result.items().get(0);
        assertEquals(4, lungeDone.prescribed());
        assertEquals(2.0, lungeDone.done());
        assertEquals(2, lungeDone.leftDone());
        assertEquals(2, lungeDone.rightDone());
        assertEquals(50, lungeDone.percent());
        assertEquals(50, result.items().get(1).percent());
        assertEquals(new Counts(4, 1, 2, 1, 25), result.period());
    }

    @Test
    void aScheduleChangeAppliesFromTheDayOfTheRevision() {
        Plan plan = new Plan(BERLIN, MON, null, at(MON, 0), null, List.of(new ScheduleVersion(LocalDate.MIN, 1, DAILY),
                new ScheduleVersion(MON.plusDays(3), 2, DAILY)), List.of(), List.of());
        var tallies = AdherenceCalculator.tally(BERLIN, full(MON, 7, 1));
        // 3 days at once a day, then 4 days at twice a day: 11 prescribed, 7 done.
        assertEquals(new Counts(11, 7, 0, 4, 64), AdherenceCalculator.counts(plan, tallies, MON, MON.plusDays(6), NEXT_MON));
    }

    static Plan plan(int perDay, Set<DayOfWeek> days) {
        return new Plan(BERLIN, MON, null, at(MON, 0), null, List.of(new ScheduleVersion(LocalDate.MIN, perDay, days)),
                List.of(), List.of());
    }

    static Plan paused(Plan p, java.time.Instant start, java.time.Instant end) {
        return new Plan(p.zone(), p.startDate(), p.endDate(), p.activatedAt(), p.completedAt(), p.schedules(),
                List.of(new Pause(start, end)), p.items());
    }

    static Plan startingOn(Plan p, LocalDate start) {
        return new Plan(p.zone(), start, p.endDate(), p.activatedAt(), p.completedAt(), p.schedules(), p.pauses(),
                p.items());
    }

    static Plan never(Plan p) {
        return new Plan(p.zone(), p.startDate(), p.endDate(), null, null, p.schedules(), p.pauses(), p.items());
    }

    static java.time.Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(BERLIN).toInstant();
    }

    static Session session(java.time.Instant at, Completion c, int pain) {
        return new Session(at, c, pain, List.of());
    }

    static List<Session> full(LocalDate first, int days, int perDay) {
        List<Session> list = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            for (int s = 0; s < perDay; s++) {
                list.add(session(at(first.plusDays(d), 8 + 4 * s), Completion.FULL, 4));
            }
        }
        return list;
    }

    static List<Session> partial(LocalDate first, int days) {
        List<Session> list = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            list.add(session(at(first.plusDays(d), 19), Completion.PARTIAL, 4));
        }
        return list;
    }

    @SafeVarargs
    static List<Session> concat(List<Session>... lists) {
        return Stream.of(lists).flatMap(List::stream).toList();
    }

    static SessionItem item(UUID id, Side side) {
        return new SessionItem(id, true, side, null, null);
    }
}
