package dev.limber.program.triage;

/** What Limber does at once when a rule fires. */
public enum TriageAction {
    /** Pause the patient's active program so no exercise is shown as due. */
    PAUSE_PROGRAM,
    /** Put on hold every program item whose exercise carries the radiating-leg-pain contraindication. */
    HOLD_RADIATING_LEG_PAIN_ITEMS,
    /** Alert the patient's therapist. */
    ALERT_THERAPIST,
    /** Alert the clinic's admins too. */
    ALERT_CLINIC_ADMINS
}
