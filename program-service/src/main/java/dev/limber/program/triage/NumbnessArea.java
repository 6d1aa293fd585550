package dev.limber.program.triage;

/** Where a patient feels numbness or tingling. */
public enum NumbnessArea {
    /** Saddle or groin area: the buttocks, genitals and inner thighs. */
    SADDLE,
    ONE_LEG,
    BOTH_LEGS,
    FEET
}
