package dev.limber.web.client;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the portal reads from program-service (its own copy of the contract, pinned by the page tests). */
public final class ProgramRecords {

    private ProgramRecords() {
    }

    public record CaseloadEntry(UUID patientId, String displayName, UUID programId, String programStatus,
            Integer last7DaysPercent, Integer previous7DaysPercent, OffsetDateTime lastSessionAt, String painTrend,
            long openFlags, String mostUrgentFlag) {

        /** Points of change against the week before that count as a trend rather than noise. */
        static final int TREND_POINTS = 10;

        /** "up", "down" or "steady" against the week before; null when either week prescribed nothing. */
        public String trend() {
            if (last7DaysPercent == null || previous7DaysPercent == null) {
                return null;
            }
            int change = last7DaysPercent - previous7DaysPercent;
            return change >= TREND_POINTS ? "up" : change <= -TREND_POINTS ? "down" : "steady";
        }

        public boolean urgent() {
            return "EMERGENCY".equals(mostUrgentFlag) || "URGENT".equals(mostUrgentFlag);
        }
    }

    public record Patient(UUID id, String displayName, int birthYear, String conditionSummary, LocalDate painOnset,
            int baselinePain, String timeZone) {
    }

    /** A patient as clinicians see them (the patient's own record has the same shape). */
    public record PatientDetail(UUID id, String displayName, int birthYear, String conditionSummary,
            LocalDate painOnset, int baselinePain, String timeZone, String therapist, OffsetDateTime lastSessionAt) {
    }

    public record Program(UUID id, UUID patientId, String title, String status, int revision, long version,
            Schedule schedule, List<Item> items, OffsetDateTime updatedAt, String updatedBy) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }

        public boolean draft() {
            return "DRAFT".equals(status);
        }

        public boolean paused() {
            return "PAUSED".equals(status);
        }

        /** Items the patient does now (not held back by an open flag). */
        public List<Item> doable() {
            return items.stream().filter(i -> !i.onHold()).toList();
        }
    }

    public record Schedule(int sessionsPerDay, int daysPerWeek, List<String> weekdays, LocalDate startDate,
            LocalDate reviewDate, LocalDate endDate) {
    }

    public record Item(UUID id, int position, String exercise, int exerciseVersion, Dosage dosage, String note,
            Snapshot snapshot, boolean onHold, String holdReason) {
    }

    public record Snapshot(String name, int version, String purpose, List<String> steps, List<String> cautions,
            List<String> contraindications, Dosage dosage) {
    }

    /** Adherence over a period, with one entry per week for the chart. */
    public record Adherence(LocalDate from, LocalDate to, int prescribed, int completed, int partial, int missed,
            Integer percent, int currentStreak, Integer last7DaysPercent, Integer last28DaysPercent, String painTrend,
            List<Week> weeks) {
    }

    public record Week(LocalDate weekStart, int prescribed, int completed, int partial, Integer percent) {
    }

    public record Session(UUID id, OffsetDateTime performedAt, LocalDate localDay, String completion,
            List<SessionItem> items, int painBefore, int painAfter, int painDuring, String difficulty, String note) {
    }

    public record SessionItem(UUID itemId, boolean done, String sidesDone, Integer actualHoldSeconds,
            Integer actualReps) {
    }

    public record Report(UUID id, OffsetDateTime createdAt, String severity, Integer currentPain, String freeText) {
    }

    /** What a check-in was answered: severity (NONE when nothing needs action) and the message to show. */
    public record Triage(UUID reportId, String severity, boolean emergency, String patientMessage,
            List<String> actionsTaken, UUID flagId) {
    }

    public record Flag(UUID id, UUID patientId, String severity, String status, String source, List<Rule> rules,
            String rulesVersion, OffsetDateTime createdAt, OffsetDateTime acknowledgedAt, String acknowledgedBy,
            OffsetDateTime resolvedAt, String resolvedBy, String outcome, String resolutionNote,
            OffsetDateTime escalatedAt, long version, List<FlagEvent> events) {

        public boolean urgent() {
            return "EMERGENCY".equals(severity) || "URGENT".equals(severity);
        }

        public boolean open() {
            return "OPEN".equals(status);
        }

        public boolean resolved() {
            return "RESOLVED".equals(status);
        }
    }

    public record Rule(String id, String severity, String explanation) {
    }

    public record FlagEvent(OffsetDateTime at, String actor, String action, String detail) {
    }

    /** What the portal sends to program-service. */
    public record ProgramInput(Integer revision, Long version, String title, ScheduleInput schedule, String template,
            List<ItemInput> items) {
    }

    public record ScheduleInput(int sessionsPerDay, int daysPerWeek, LocalDate startDate, LocalDate reviewDate,
            LocalDate endDate) {
    }

    public record ItemInput(String exercise, Integer version, DosageInput dosage, String note) {
    }

    public record DosageInput(Integer holdSeconds, Integer reps, Integer sets, Boolean perSide, Integer breaths) {
    }

    public record SessionInput(String performedAt, List<SessionItemInput> items, int painBefore, int painAfter,
            int painDuring, String difficulty, String note) {
    }

    public record SessionItemInput(UUID itemId, boolean done, String sidesDone) {
    }

    public record SymptomInput(List<String> numbness, boolean newBladderOrBowelProblem, boolean feverOrUnwell,
            boolean recentTrauma, boolean legWeaknessWorsening, boolean painBelowKnee, boolean nightPainNotEasing,
            boolean unexplainedWeightLoss, boolean historyOfCancer, Integer currentPain, String freeText) {
    }

    public record Resolution(String outcome, String note, long version) {
    }
}
