package dev.limber.program.domain;

/** Which side of a per-side exercise was done. */
public enum Side {
    LEFT, RIGHT, BOTH
}
