package nl.eenplan.plan;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import nl.eenplan.consent.Viewer;
import nl.eenplan.consent.Viewers;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.stereotype.Component;

/**
 * Who may see a household's plan (C-1, C-2, X-1, X-5): only its participants, each as their role
 * allows, as {@link Viewers} decides once per request. Everyone else is told the plan does not exist.
 */
@Component
public class PlanAccess {

    private final Viewers viewers;

    PlanAccess(Viewers viewers) {
        this.viewers = viewers;
    }

    /** The viewer this person is for the household's plan today (Dutch time). */
    public Viewer viewer(UUID householdId, AccountPrincipal person) {
        return viewers.of(householdId, person.id()).orElseThrow(PlanNotFound::new);
    }

    /** The viewer this person is for the household today, if he takes part in its team. */
    public Optional<Viewer> find(UUID householdId, UUID accountId) {
        return viewers.of(householdId, accountId);
    }

    /** The viewer the person who logs in with {@code accountId} is for the household's plan on {@code day}. */
    public Viewer viewer(UUID householdId, UUID accountId, LocalDate day) {
        return viewers.of(householdId, accountId, day).orElseThrow(PlanNotFound::new);
    }

    /**
     * Whether the plan's content may be shown to this person on {@code day}, without the basis: for
     * lists of many households ("my work", deadlines). False for someone outside the team.
     */
    public boolean showsPlanTo(UUID householdId, UUID accountId, LocalDate day) {
        return viewers.of(householdId, accountId, day).map(Viewer::seesPlan).orElse(false);
    }
}
