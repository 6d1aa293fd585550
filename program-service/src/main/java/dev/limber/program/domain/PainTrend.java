package dev.limber.program.domain;

/** Direction of the patient's pain before sessions, last 7 days against the 7 before (docs/clinical-rules.md). */
public enum PainTrend {
    IMPROVING, STABLE, WORSENING, INSUFFICIENT_DATA
}
