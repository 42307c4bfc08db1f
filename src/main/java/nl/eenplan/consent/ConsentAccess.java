package nl.eenplan.consent;

import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Who may see and record consents: household members and the active professionals of the
 * household's team, as {@link Viewers} decides them. Network members, copy-only recipients and everyone
 * else are told the page does not exist.
 */
@Component
public class ConsentAccess {

    private final Viewers viewers;

    ConsentAccess(Viewers viewers) {
        this.viewers = viewers;
    }

    public Viewer viewer(UUID householdId, UUID accountId) {
        var viewer = viewers.of(householdId, accountId).orElseThrow(ConsentNotFound::new);
        var participant = viewer.participant();
        var allowed = switch (participant.kind()) {
            case HOUSEHOLD_MEMBER -> true;
            case PROFESSIONAL -> participant.active();
            case NETWORK -> false;
        };
        if (!allowed) {
            throw new ConsentNotFound();
        }
        return viewer;
    }

    /** The household's consents or decisions to share changed: what each person sees is decided again. */
    void forget(UUID householdId) {
        viewers.forget(householdId);
    }

    /** Only professionals record consents, sharing without consent and signals. */
    public Viewer professional(UUID householdId, UUID accountId) {
        var viewer = viewer(householdId, accountId);
        if (!viewer.professional()) {
            throw new ConsentNotFound();
        }
        return viewer;
    }
}
