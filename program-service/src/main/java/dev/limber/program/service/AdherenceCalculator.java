package dev.limber.program.service;

import dev.limber.program.domain.Completion;
import dev.limber.program.domain.PainTrend;
import dev.limber.program.domain.SessionItem;
import dev.limber.program.domain.Side;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Adherence from a program's schedule, pauses and session logs; pure arithmetic, no I/O. Every rule here is
 * written out, with its reason, in docs/clinical-rules.md ("Adherence").
 */
public final class AdherenceCalculator {

    /** Pain trend thresholds: a change of 2 points on the 0-10 scale, or 30 % and at least 1 point (Farrar 2001). */
    static final double TREND_POINTS = 2.0;
    static final double TREND_RELATIVE = 0.30;
    static final double TREND_MIN_POINTS = 1.0;
    /** Fewer pain readings than this in either week means the trend is not shown. */
    static final int TREND_MIN_READINGS = 2;

    /** A schedule in force from a local day on (a revision can change sessions per day or the days). */
    public record ScheduleVersion(LocalDate effectiveFrom, int sessionsPerDay, Set<DayOfWeek> weekdays) {
    }

    /** A pause; {@code end} is null while it lasts. */
    public record Pause(Instant start, Instant end) {
    }

    /** A current item of the program and the day it joined it. */
    public record PlanItem(UUID id, boolean perSide, LocalDate addedOn) {
    }

    /** Everything about the program that adherence depends on; days follow {@code zone}. */
    public record Plan(ZoneId zone, LocalDate startDate, LocalDate endDate, Instant activatedAt, Instant completedAt,
            List<ScheduleVersion> schedules, List<Pause> pauses, List<PlanItem> items) {
    }

    /** One logged session; its completion was fixed when it was logged (see SessionCompletion). */
    public record Session(Instant performedAt, Completion completion, int painBefore, List<SessionItem> items) {
    }

    /** Sessions of one local day, as the patient_day table keeps them. */
    public record DayTally(LocalDate day, int full, int partial, int painSum, int painCount) {
        DayTally plus(DayTally o) {
            return new DayTally(day, full + o.full, partial + o.partial, painSum + o.painSum, painCount + o.painCount);
        }
    }

    /** Prescribed sessions of a period and what became of them; percent is null when nothing was prescribed. */
    public record Counts(int prescribed, int completed, int partial, int missed, Integer percent) {
    }

    /** Completion of one item; a single side of a per-side item counts half. */
    public record ItemCompletion(UUID itemId, int prescribed, double done, int leftDone, int rightDone,
            Integer percent) {
    }

    /** One week of a period: {@code weekStart} is its Monday; only the days inside the period are counted. */
    public record WeekCounts(LocalDate weekStart, Counts counts) {
    }

    /** The whole answer for a period. */
    public record Result(LocalDate from, LocalDate to, Counts period, List<WeekCounts> weeks, int currentStreak,
            Integer last7DaysPercent, Integer last28DaysPercent, PainTrend painTrend, List<ItemCompletion> items) {
    }

    private AdherenceCalculator() {
    }

    public static Result calculate(Plan plan, List<Session> sessions, LocalDate from, LocalDate to, LocalDate today) {
        Map<LocalDate, DayTally> tallies = tally(plan.zone(), sessions);
        LocalDate end = to.isBefore(today) ? to : today;
        return new Result(from, to, counts(plan, tallies, from, to, today), weeks(plan, tallies, from, to, today),
                streak(plan, tallies, today), lastDaysPercent(plan, tallies, today, 7),
                lastDaysPercent(plan, tallies, today, 28), painTrend(tallies, end), items(plan, sessions, from, to, today));
    }

    /**
     * The period week by week (Monday to Sunday, local days), each counted by the rules of {@link #counts} over its
     * days inside the period; make-up days never cross weeks, so the weeks add up to the period's counts.
     */
    public static List<WeekCounts> weeks(Plan plan, Map<LocalDate, DayTally> tallies, LocalDate from, LocalDate to,
            LocalDate today) {
        List<WeekCounts> weeks = new ArrayList<>();
        for (LocalDate monday = from.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)); !monday.isAfter(to);
                monday = monday.plusWeeks(1)) {
            LocalDate first = monday.isBefore(from) ? from : monday;
            LocalDate sunday = monday.plusDays(6);
            LocalDate last = sunday.isAfter(to) ? to : sunday;
            weeks.add(new WeekCounts(monday, counts(plan, tallies, first, last, today)));
        }
        return weeks;
    }

    /** Groups sessions by the local day they were performed on in the patient's zone. */
    public static Map<LocalDate, DayTally> tally(ZoneId zone, List<Session> sessions) {
        Map<LocalDate, DayTally> byDay = new TreeMap<>();
        for (Session s : sessions) {
            LocalDate day = localDay(s.performedAt(), zone);
            DayTally one = new DayTally(day, s.completion() == Completion.FULL ? 1 : 0,
                    s.completion() == Completion.PARTIAL ? 1 : 0, s.painBefore(), 1);
            byDay.merge(day, one, DayTally::plus);
        }
        return byDay;
    }

    public static LocalDate localDay(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    /** Adherence over the last {@code days} local days ending today. */
    public static Integer lastDaysPercent(Plan plan, Map<LocalDate, DayTally> tallies, LocalDate today, int days) {
        return counts(plan, tallies, today.minusDays(days - 1L), today, today).percent();
    }

    public static Counts counts(Plan plan, Map<LocalDate, DayTally> tallies, LocalDate from, LocalDate to,
            LocalDate today) {
        LocalDate last = to.isBefore(today) ? to : today;
        int prescribed = 0;
        int completed = 0;
        int partial = 0;
        Map<LocalDate, Integer> missedByWeek = new HashMap<>();
        Map<LocalDate, Integer> makeUpByWeek = new HashMap<>();
        for (LocalDate day = from; !day.isAfter(last); day = day.plusDays(1)) {
            if (!inEffect(plan, day)) {
                continue;
            }
            DayTally tally = tallies.getOrDefault(day, new DayTally(day, 0, 0, 0, 0));
            LocalDate week = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            ScheduleVersion schedule = scheduleOn(plan, day);
            if (!schedule.weekdays().contains(day.getDayOfWeek())) {
                makeUpByWeek.merge(week, tally.full(), Integer::sum);
                continue;
            }
            int due = schedule.sessionsPerDay();
            if (day.equals(today)) {
                // Today is not over: it counts only what is already done, so it can raise adherence, never lower it.
                due = Math.min(due, tally.full() + tally.partial());
            }
            int full = Math.min(tally.full(), due);
            int part = Math.min(tally.partial(), due - full);
            prescribed += due;
            completed += full;
            partial += part;
            missedByWeek.merge(week, due - full - part, Integer::sum);
        }
        int missed = 0;
        for (Map.Entry<LocalDate, Integer> week : missedByWeek.entrySet()) {
            int madeUp = Math.min(week.getValue(), makeUpByWeek.getOrDefault(week.getKey(), 0));
            completed += madeUp;
            missed += week.getValue() - madeUp;
        }
        return new Counts(prescribed, completed, partial, missed, percent(completed, prescribed));
    }

    /**
     * Consecutive scheduled days, back from today, with every prescribed session done in full. Days off,
     * paused days and an unfinished today neither count nor break the streak.
     */
    public static int streak(Plan plan, Map<LocalDate, DayTally> tallies, LocalDate today) {
        LocalDate first = firstDay(plan);
        if (first == null) {
            return 0;
        }
        int streak = 0;
        for (LocalDate day = today; !day.isBefore(first); day = day.minusDays(1)) {
            if (!inEffect(plan, day)) {
                continue;
            }
            ScheduleVersion schedule = scheduleOn(plan, day);
            if (!schedule.weekdays().contains(day.getDayOfWeek())) {
                continue;
            }
            int full = tallies.containsKey(day) ? tallies.get(day).full() : 0;
            if (full >= schedule.sessionsPerDay()) {
                streak++;
            } else if (!day.equals(today)) {
                break;
            }
        }
        return streak;
    }

    /** Mean pain before sessions in the 7 days ending {@code end} against the 7 days before those. */
    public static PainTrend painTrend(Map<LocalDate, DayTally> tallies, LocalDate end) {
        int[] recent = painIn(tallies, end.minusDays(6), end);
        int[] earlier = painIn(tallies, end.minusDays(13), end.minusDays(7));
        if (recent[1] < TREND_MIN_READINGS || earlier[1] < TREND_MIN_READINGS) {
            return PainTrend.INSUFFICIENT_DATA;
        }
        double before = (double) earlier[0] / earlier[1];
        double now = (double) recent[0] / recent[1];
        double change = now - before;
        if (isClinicallyImportant(-change, before)) {
            return PainTrend.IMPROVING;
        }
        if (isClinicallyImportant(change, before)) {
            return PainTrend.WORSENING;
        }
        return PainTrend.STABLE;
    }

    private static boolean isClinicallyImportant(double change, double baseline) {
        if (change >= TREND_POINTS - 1e-9) {
            return true;
        }
        return change >= TREND_MIN_POINTS - 1e-9 && baseline > 0 && change / baseline >= TREND_RELATIVE - 1e-9;
    }

    private static int[] painIn(Map<LocalDate, DayTally> tallies, LocalDate from, LocalDate to) {
        int sum = 0;
        int count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DayTally t = tallies.get(day);
            if (t != null) {
                sum += t.painSum();
                count += t.painCount();
            }
        }
        return new int[] {sum, count};
    }

    static List<ItemCompletion> items(Plan plan, List<Session> sessions, LocalDate from, LocalDate to,
            LocalDate today) {
        Map<LocalDate, DayTally> tallies = tally(plan.zone(), sessions);
        LocalDate last = to.isBefore(today) ? to : today;
        List<ItemCompletion> result = new ArrayList<>();
        for (PlanItem item : plan.items()) {
            LocalDate start = item.addedOn().isAfter(from) ? item.addedOn() : from;
            int prescribed = counts(plan, tallies, start, last, today).prescribed();
            double done = 0;
            int left = 0;
            int right = 0;
            for (Session s : sessions) {
                LocalDate day = localDay(s.performedAt(), plan.zone());
                if (day.isBefore(start) || day.isAfter(last)) {
                    continue;
                }
                for (SessionItem si : s.items()) {
                    if (!si.itemId().equals(item.id()) || !si.done()) {
                        continue;
                    }
                    if (!item.perSide()) {
                        done += 1;
                        continue;
                    }
                    Side side = si.sidesDone() == null ? Side.BOTH : si.sidesDone();
                    done += side == Side.BOTH ? 1 : 0.5;
                    left += side == Side.RIGHT ? 0 : 1;
                    right += side == Side.LEFT ? 0 : 1;
                }
            }
            Integer pct = prescribed == 0 ? null : (int) Math.min(100, Math.round(100 * done / prescribed));
            result.add(new ItemCompletion(item.id(), prescribed, done, left, right, pct));
        }
        return result;
    }

    /** The program asks for sessions on this day: started, activated, not ended, completed or paused. */
    static boolean inEffect(Plan plan, LocalDate day) {
        LocalDate first = firstDay(plan);
        if (first == null || day.isBefore(first)) {
            return false;
        }
        if (plan.endDate() != null && day.isAfter(plan.endDate())) {
            return false;
        }
        if (plan.completedAt() != null && !day.isBefore(localDay(plan.completedAt(), plan.zone()))) {
            return false;
        }
        if (plan.pauses().isEmpty()) {
            return true;
        }
        Instant dayStart = day.atStartOfDay(plan.zone()).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(plan.zone()).toInstant();
        for (Pause p : plan.pauses()) {
            // A pause touching any part of the day frees the whole day.
            if (p.start().isBefore(dayEnd) && (p.end() == null || p.end().isAfter(dayStart))) {
                return false;
            }
        }
        return true;
    }

    private static LocalDate firstDay(Plan plan) {
        if (plan.activatedAt() == null) {
            return null;
        }
        LocalDate activated = localDay(plan.activatedAt(), plan.zone());
        return activated.isAfter(plan.startDate()) ? activated : plan.startDate();
    }

    /** The schedule in force on {@code day}: the latest to take effect by then, else the earliest of all. */
    static ScheduleVersion scheduleOn(Plan plan, LocalDate day) {
        ScheduleVersion earliest = null;
        ScheduleVersion inForce = null;
        // Of versions taking effect the same day, the one listed last wins, as the history is in revision order.
        for (ScheduleVersion v : plan.schedules()) {
            if (earliest == null || v.effectiveFrom().isBefore(earliest.effectiveFrom())) {
                earliest = v;
            }
            if (!v.effectiveFrom().isAfter(day)
                    && (inForce == null || !v.effectiveFrom().isBefore(inForce.effectiveFrom()))) {
                inForce = v;
            }
        }
        return inForce != null ? inForce : earliest;
    }

    static Integer percent(int part, int whole) {
        return whole == 0 ? null : (int) Math.round(100.0 * part / whole);
    }
}
