package dev.limber.program.domain;

/** How much of the prescribed routine one session covered; fixed when the session is logged. */
public enum Completion {
    /** Every current item, on every side. */
    FULL,
    /** Some, but not all, of the routine. */
    PARTIAL,
    /** Logged (pain, note) but no exercise done. */
    NONE
}
