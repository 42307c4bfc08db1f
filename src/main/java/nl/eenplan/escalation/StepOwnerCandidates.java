package nl.eenplan.escalation;

import java.util.List;
import java.util.UUID;

/**
 * Who can own the next step: the first owner (the coordinator, the coordinator's manager or the
 * contact point) and, at step 3, the professional's manager as second owner (E-2..E-4).
 */
public record StepOwnerCandidates(StepOwner owner, List<Person> first, List<Person> second) {

    /** Someone who may own a step, by account, with the name to show. */
    public record Person(UUID accountId, String name) {}

    public StepOwnerCandidates {
        first = List.copyOf(first);
        second = List.copyOf(second);
    }

    public boolean needsSecond() {
        return owner == StepOwner.MANAGERS;
    }
}
