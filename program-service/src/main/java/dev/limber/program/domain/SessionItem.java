package dev.limber.program.domain;

import java.util.UUID;

/** What the patient did of one item in one session. */
public record SessionItem(UUID itemId, boolean done, Side sidesDone, Integer actualHoldSeconds, Integer actualReps) {
}
