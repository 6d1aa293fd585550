package dev.limber.program.rest;

import dev.limber.program.service.FlagService;
import dev.limber.program.triage.Triage;
import java.util.List;
import java.util.UUID;

/**
 * What a patient's check-in answers at once: how serious it is (NONE when nothing needs action), the
 * message to show in plain words, and what Limber did about it. Clinical explanations stay with the flag.
 */
public record TriageView(UUID reportId, String severity, boolean emergency, String patientMessage,
        List<String> actionsTaken, UUID flagId, String rulesVersion) {

    public static TriageView of(UUID reportId, Triage triage, FlagService.Raised raised) {
        String severity = triage.severity() == null ? "NONE" : triage.severity().name();
        return new TriageView(reportId, severity, "EMERGENCY".equals(severity), triage.patientMessage(),
                raised.actionsTaken(), raised.flag() == null ? null : raised.flag().id, triage.rulesVersion());
    }
}
