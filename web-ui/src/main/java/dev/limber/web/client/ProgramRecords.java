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
            Integer last7DaysPercent, OffsetDateTime lastSessionAt, String painTrend, long openFlags,
            String mostUrgentFlag) {

        public boolean urgent() {
            return "EMERGENCY".equals(mostUrgentFlag) || "URGENT".equals(mostUrgentFlag);
        }
    }

    public record Patient(UUID id, String displayName, int birthYear, String conditionSummary, LocalDate painOnset,
            int baselinePain, String timeZone) {
    }

    public record Program(UUID id, UUID patientId, String title, String status, int revision, Schedule schedule,
            List<Item> items) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    public record Schedule(int sessionsPerDay, int daysPerWeek, List<String> weekdays, LocalDate startDate,
            LocalDate reviewDate, LocalDate endDate) {
    }

    public record Item(UUID id, int position, String exercise, int exerciseVersion, Dosage dosage, String note,
            Snapshot snapshot, boolean onHold, String holdReason) {
    }

    public record Snapshot(String name, int version, String purpose, List<String> steps, List<String> cautions,
            List<String> contraindications) {
    }
}
