package dev.limber.program.triage;

/** How soon a clinician must act on a flag, most urgent first. */
public enum Severity {
    /** Possible cauda equina syndrome: emergency care now. */
    EMERGENCY,
    /** A possible serious cause of back pain: see a doctor or clinician today. */
    URGENT,
    /** The therapist reviews the program within days. */
    REVIEW,
    /** Sessions have stopped: shown on the caseload, nobody is alerted. */
    ADHERENCE;

    public boolean atLeast(Severity other) {
        return ordinal() <= other.ordinal();
    }
}
