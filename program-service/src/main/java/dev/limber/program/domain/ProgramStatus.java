package dev.limber.program.domain;

/** Life cycle of a program: drafted, followed (or paused), then completed. */
public enum ProgramStatus {
    DRAFT, ACTIVE, PAUSED, COMPLETED
}
