package dev.limber.program.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A routine prescribed to one patient: schedule, status, revision number and items (current and removed). */
@Entity
@Table(name = "program")
public class Program {

    @Id
    public UUID id;

    @Column(name = "clinic_id", nullable = false, updatable = false)
    public String clinicId;

    @Column(name = "patient_id", nullable = false, updatable = false)
    public UUID patientId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProgramStatus status;

    /** The revision a client must name to edit; see ProgramService#revise. */
    @Column(nullable = false)
    public int revision;

    @Version
    @Column(name = "lock_version", nullable = false)
    public long lockVersion;

    @Column(name = "sessions_per_day", nullable = false)
    public int sessionsPerDay;

    @Column(name = "days_per_week", nullable = false)
    public int daysPerWeek;

    @Column(name = "scheduled_days", nullable = false)
    public String scheduledDays;

    @Column(name = "start_date", nullable = false)
    public LocalDate startDate;

    @Column(name = "review_date")
    public LocalDate reviewDate;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Column(name = "activated_at")
    public OffsetDateTime activatedAt;

    @Column(name = "completed_at")
    public OffsetDateTime completedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by", nullable = false)
    public String updatedBy;

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<ProgramItem> items = new ArrayList<>();

    /** Items the patient does now (removed items stay for history and old session logs). */
    public List<ProgramItem> currentItems() {
        return items.stream().filter(i -> i.removedRevision == null).toList();
    }

    public Set<DayOfWeek> weekdays() {
        return parseDays(scheduledDays);
    }

    public static Set<DayOfWeek> parseDays(String days) {
        EnumSet<DayOfWeek> set = EnumSet.noneOf(DayOfWeek.class);
        Arrays.stream(days.split(",")).filter(s -> !s.isBlank()).map(DayOfWeek::valueOf).forEach(set::add);
        return set;
    }

    public static String formatDays(Set<DayOfWeek> days) {
        return days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }
}
