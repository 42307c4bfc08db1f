package nl.eenplan.retention;

import java.util.List;
import java.util.UUID;

/**
 * what one person sees of a household's requests for earlier destruction: the requests (reasons
 * only where he may read them), whether he may ask, whether he decides, and whether the plan is
 * closed so a request can be granted.
 */
public record DestructionPage(
        UUID householdId,
        String householdName,
        List<Line> requests,
        boolean entitled,
        boolean deciding,
        boolean careEnded) {

    /** Whether a request is still waiting for a decision. */
    public boolean open() {
        return requests.stream().anyMatch(l -> !l.request().decided());
    }

    /** A member may ask when the rules allow him and no request is waiting. */
    public boolean mayAsk() {
        return entitled && !open();
    }

    /** One request: who asked (by name) and whether this person may read its reasons. */
    public record Line(DestructionRequest request, String requester, boolean reasonsShown) {}
}
