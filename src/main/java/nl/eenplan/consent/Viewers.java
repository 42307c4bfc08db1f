package nl.eenplan.consent;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.participation.TeamViewers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place that decides what a person sees of a household (C-1, C-2, C-5, X-5): as which
 * participant he takes part in its team, and, for a professional, whether the plan is shared with him
 * about every member that day. The household sees its whole plan, network members the plan of
 * approach; a professional sees it (whole, or as copies when he only receives a copy) only when a
 * valid consent or a decision to share without consent covers every member; otherwise he gets {@link
 * Viewer.Scope#NO_CONSENT}.
 *
 * <p>Everything a decision needs (the person's participation, the members with their parental
 * authority, the consents and the decisions to share) is loaded once, and the decision is kept for the
 * rest of the request (a web page or an API call), so every module asking about the same person and
 * household in that request gets the same answer without loading it again. Nothing outlives the
 * request: a withdrawal counts from the next one, and a change of consents, decisions to share, the
 * team or parental authority within a request forgets the decisions about that household at once.
 * Outside a request (jobs) nothing is kept.
 */
@Component
public class Viewers implements TeamViewers {

    private static final String KEPT = Viewers.class.getName() + ".decisions";

    private final Team team;
    private final HouseholdRegister households;
    private final Consents consents;
    private final SharingOverrides overrides;
    private final ConsentRule rule;
    private final Clock clock;
    private final TransactionTemplate reading;

    Viewers(
            Team team,
            HouseholdRegister households,
            Consents consents,
            SharingOverrides overrides,
            ConsentRule rule,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.team = team;
        this.households = households;
        this.consents = consents;
        this.overrides = overrides;
        this.rule = rule;
        this.clock = clock;
        this.reading = new TransactionTemplate(transactions);
        this.reading.setReadOnly(true);
    }

    /** The viewer this person is for the household today (Dutch time); empty when he is not in its team. */
    @Override
    public Optional<Viewer> of(UUID householdId, UUID accountId) {
        return of(householdId, accountId, DutchTime.today(clock));
    }

    /** The viewer the person who logs in with {@code accountId} is for the household on {@code day}. */
    public Optional<Viewer> of(UUID householdId, UUID accountId, LocalDate day) {
        var kept = kept();
        var key = new Key(householdId, accountId, day);
        var viewer = kept.get(key);
        if (viewer == null) {
            viewer = reading.execute(
                    status -> decide(householdId, accountId, day).orElse(null));
            if (viewer != null) {
                kept.put(key, viewer);
            }
        }
        return Optional.ofNullable(viewer);
    }

    /**
     * The household's consents, decisions to share, team or parental authority changed: decide again
     * within this request.
     */
    @Override
    public void forget(UUID householdId) {
        kept().keySet().removeIf(key -> key.householdId().equals(householdId));
    }

    private Optional<Viewer> decide(UUID householdId, UUID accountId, LocalDate day) {
        return team.participationOf(householdId, accountId).map(participant -> switch (participant.kind()) {
            // the household sees its whole plan.
            case HOUSEHOLD_MEMBER ->
                new Viewer(accountId, participant, participant.active() ? Viewer.Scope.FULL : Viewer.Scope.COPY);
            case NETWORK ->
                new Viewer(accountId, participant, participant.active() ? Viewer.Scope.APPROACH : Viewer.Scope.COPY);
            case PROFESSIONAL -> professional(householdId, accountId, participant, day);
        });
    }

    /** C-1, C-2: a professional sees the plan only when it is shared with him about every born member. */
    private Viewer professional(UUID householdId, UUID accountId, Participant participant, LocalDate day) {
        var check = new SharingCheck(
                households.members(householdId),
                consents.ofHousehold(householdId),
                overrides.ofHousehold(householdId),
                rule,
                day);
        var sharing = new LinkedHashMap<UUID, SharingDecision>();
        check.bornMembers()
                .forEach(member -> sharing.put(member, check.decide(member, InformationCategory.PLAN, participant)));
        var scope = !sharing.values().stream().allMatch(SharingDecision::allowed)
                ? Viewer.Scope.NO_CONSENT
                : participant.active() ? Viewer.Scope.FULL : Viewer.Scope.COPY;
        return new Viewer(accountId, participant, scope, sharing, check.categoriesFor(participant));
    }

    /** The decisions kept for this request; a fresh, unkept map outside a request. */
    @SuppressWarnings("unchecked")
    private static Map<Key, Viewer> kept() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return new HashMap<>();
        }
        var kept = (Map<Key, Viewer>) request.getAttribute(KEPT, RequestAttributes.SCOPE_REQUEST);
        if (kept == null) {
            kept = new HashMap<>();
            request.setAttribute(KEPT, kept, RequestAttributes.SCOPE_REQUEST);
        }
        return kept;
    }

    private record Key(UUID householdId, UUID accountId, LocalDate day) {}
}
