package dev.limber.program.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * A new patient. {@code subject} links the patient's Keycloak user; {@code therapist} defaults to the caller
 * (a clinic admin may assign another therapist of the clinic).
 */
public record PatientInput(
        @Size(max = 255) String subject,
        @NotBlank @Size(max = 200) String displayName,
        @NotNull @Min(1900) @Max(2100) Integer birthYear,
        @Size(max = 2000) String conditionSummary,
        @PastOrPresent LocalDate painOnset,
        @NotNull @Min(0) @Max(10) Integer baselinePain,
        @NotBlank @ValidZone String timeZone,
        @Size(max = 255) String therapist) {
}
