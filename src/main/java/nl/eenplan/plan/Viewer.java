package nl.eenplan.plan;

import java.util.UUID;
import nl.eenplan.participation.Participant;

/** A person looking at a household's plan, and how much of it they may see. */
public record Viewer(UUID accountId, Participant participant, Scope scope) {

    public enum Scope {
        /** Household members and active professionals: the whole plan. */
        FULL,
        /** Network members: the plan of approach and their own actions. */
        APPROACH,
        /** Copy-only recipients: the established versions, nothing in between. */
        COPY
    }

    public boolean mayEdit() {
        return scope == Scope.FULL;
    }

    public boolean seesTab1() {
        return scope == Scope.FULL;
    }
}
