package dev.limber.program.triage;

import java.util.Set;

/**
 * What the patient reads at once after a check-in. Short sentences, everyday words, no
 * abbreviations: the patient may be frightened and in pain, and is probably on a phone.
 */
final class PatientMessages {

    static final String EMERGENCY = "These symptoms can mean a nerve problem in your lower back that needs treatment today. "
            + "Get emergency help now. Call your local emergency number or go to the nearest emergency department. "
            + "Do not wait for it to pass. Your exercises are paused. Your therapist has been told.";

    static final String URGENT = "Please contact your doctor or your therapist today about these symptoms. "
            + "If you feel very unwell or the symptoms get worse, get emergency help. Your therapist has been told.";

    static final String REVIEW = "Thank you for telling us. Your therapist will look at this in the next few days. "
            + "Keep to exercises that do not make your pain worse.";

    static final String HOLD = " Some exercises are on hold until your therapist checks them. "
            + "They stretch the back of the leg, which can irritate a nerve.";

    static final String ADHERENCE = "We have not seen a session from you for a week. Your therapist can help if something "
            + "is getting in the way.";

    static final String NOTHING = "Thank you. Nothing you told us needs action now. Keep going with your exercises, "
            + "and tell us if anything changes.";

    private PatientMessages() {
    }

    static String forOutcome(Severity severity, Set<TriageAction> actions) {
        String hold = actions.contains(TriageAction.HOLD_RADIATING_LEG_PAIN_ITEMS) && severity != Severity.EMERGENCY
                ? HOLD : "";
        if (severity == null) {
            return NOTHING;
        }
        return switch (severity) {
            case EMERGENCY -> EMERGENCY;
            case URGENT -> URGENT + hold;
            case REVIEW -> REVIEW + hold;
            case ADHERENCE -> ADHERENCE;
        };
    }
}
