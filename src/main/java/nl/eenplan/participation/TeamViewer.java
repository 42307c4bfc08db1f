package nl.eenplan.participation;

import java.util.UUID;
import nl.eenplan.audit.AccessBasis;

/**
 * A participant looking at his household's team and coordination, as the team's pages need him. The
 * decision itself, which rests on consent (C-1), is made above this module: consent's {@code Viewer}
 * is one, found through {@link TeamViewers}.
 */
public interface TeamViewer {

    UUID accountId();

    /** How this person takes part in the household's team. */
    Participant participant();

    /** Whether he may change the plan and its team. */
    boolean mayEdit();

    /** C-1: whether any of the plan's content may be shown to him (a professional needs consent for every member). */
    boolean seesPlan();

    /** whether he sees everyone in the team and the history of coordination. */
    boolean seesWholeTeam();

    /** What his reads and changes rest on, for the access log. */
    AccessBasis accessBasis();

    /** This viewer; a refusal that names the members without consent when the plan may not be shown to him (C-1). */
    TeamViewer seeingPlan();

    /** This viewer, when he looks at his own household's team; otherwise {@link TeamNotFound}. */
    default TeamViewer in(UUID householdId) {
        if (!participant().householdId().equals(householdId)) {
            throw new TeamNotFound();
        }
        return this;
    }

    /** This viewer, when he may change this household's team; otherwise a refusal (C-1) or {@link TeamNotFound}. */
    default TeamViewer editing(UUID householdId) {
        if (!in(householdId).seeingPlan().mayEdit()) {
            throw new TeamNotFound();
        }
        return this;
    }
}
