package dev.limber.program.triage;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** What the patient record tells the rules: age and how long the current pain has lasted. */
public record PatientFacts(Integer birthYear, LocalDate painOnset, LocalDate today) {

    /** Age this year; a birthday later in the year makes the patient one year younger, which the rules accept. */
    public Integer age() {
        return birthYear == null ? null : today.getYear() - birthYear;
    }

    public Long painDays() {
        return painOnset == null ? null : ChronoUnit.DAYS.between(painOnset, today);
    }
}
