package dev.limber.program.service;

import dev.limber.program.domain.Completion;
import dev.limber.program.domain.SessionItem;
import dev.limber.program.domain.Side;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Whether a session covered the whole routine: full means every current item, on every side. */
public final class SessionCompletion {

    private SessionCompletion() {
    }

    /** {@code perSideByItem}: the program's current items and whether each is done per side. */
    public static Completion of(Map<UUID, Boolean> perSideByItem, List<SessionItem> logged) {
        Map<UUID, SessionItem> byId = logged.stream()
                .collect(Collectors.toMap(SessionItem::itemId, Function.identity(), (a, b) -> a));
        double units = 0;
        for (Map.Entry<UUID, Boolean> item : perSideByItem.entrySet()) {
            SessionItem done = byId.get(item.getKey());
            if (done == null || !done.done()) {
                continue;
            }
            boolean oneSide = item.getValue() && done.sidesDone() != null && done.sidesDone() != Side.BOTH;
            units += oneSide ? 0.5 : 1;
        }
        if (units == 0) {
            return Completion.NONE;
        }
        return units >= perSideByItem.size() ? Completion.FULL : Completion.PARTIAL;
    }
}
