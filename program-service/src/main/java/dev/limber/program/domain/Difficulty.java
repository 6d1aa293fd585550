package dev.limber.program.domain;

/** How hard the patient found a session. */
public enum Difficulty {
    EASY, RIGHT, HARD
}
