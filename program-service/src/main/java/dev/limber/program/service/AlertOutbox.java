package dev.limber.program.service;

import dev.limber.program.config.ProgramConfig;
import dev.limber.program.domain.Flag;
import dev.limber.program.domain.FlagEvent;
import dev.limber.program.domain.Patient;
import dev.limber.program.repository.FlagRepository;
import dev.limber.program.repository.OutboxRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Queues alert e-mails in the caller's transaction, so an alert exists exactly when its flag does.
 * An alert names no patient and no symptom: only the severity and a link to the flag in the portal.
 */
@ApplicationScoped
public class AlertOutbox {

    private static final Logger LOG = Logger.getLogger(AlertOutbox.class);

    private final OutboxRepository outbox;
    private final FlagRepository flags;
    private final StaffDirectory staff;
    private final ProgramConfig config;

    public AlertOutbox(OutboxRepository outbox, FlagRepository flags, StaffDirectory staff, ProgramConfig config) {
        this.outbox = outbox;
        this.flags = flags;
        this.staff = staff;
        this.config = config;
    }

    /** Alerts the patient's therapist, and the clinic admins when {@code withAdmins}. */
    public void alert(Flag flag, Patient patient, boolean withAdmins) {
        String subject = switch (flag.severity) {
            case "EMERGENCY" -> "Limber: EMERGENCY flag on a patient of yours - act now";
            case "URGENT" -> "Limber: URGENT flag on a patient of yours - act today";
            default -> "Limber: a flag needs your review";
        };
        send(flag, patient, staff.recipients(patient.clinicId, patient.therapistSubject, withAdmins), "alert", subject,
                "A patient of yours has a new " + flag.severity + " flag in Limber.");
    }

    /** Tells the clinic admins (and again the therapist) that nobody acknowledged the flag in time. */
    public void escalate(Flag flag, Patient patient) {
        send(flag, patient, staff.recipients(patient.clinicId, patient.therapistSubject, true), "escalation",
                "Limber: " + flag.severity + " flag not acknowledged - escalated to you",
                "A " + flag.severity + " flag raised at " + flag.createdAt + " has not been acknowledged in time."
                        + " It is escalated to the clinic's admins.");
    }

    private void send(Flag flag, Patient patient, Set<String> recipients, String reason, String subject, String lead) {
        if (recipients.isEmpty()) {
            config.flags().fallbackRecipient().ifPresent(recipients::add);
        }
        if (recipients.isEmpty()) {
            LOG.warnf("Flag %s (%s): nobody to e-mail yet; it waits in the clinic's inbox", flag.id, reason);
            return;
        }
        String body = lead + "\n\nOpen it in Limber: " + config.flags().portalUrl() + "/therapist/flags/" + flag.id
                + "\n\nThis message carries no clinical details by design; sign in to see them.\n";
        for (String to : recipients) {
            outbox.enqueue("flag:" + flag.id + ":" + reason + ":" + to, to, subject, body);
        }
        flags.persistEvent(FlagEvent.of(flag.id, FlagEvent.SYSTEM, "ALERTED",
                reason + " queued for " + recipients.size() + " recipient(s)"));
    }
}
