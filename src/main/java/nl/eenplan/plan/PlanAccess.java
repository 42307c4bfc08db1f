package nl.eenplan.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.ConsentRegistry;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.SharingDecision;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;

/**
 * The one place that decides who may see a household's plan (C-1, C-2, X-1, X-5): only its
 * participants, each as their role allows. The household sees its whole plan, network members the
 * plan of approach; a professional sees it (whole, or as copies when he only receives a copy) only
 * when, for every member of the household, the plan is shared with him that day by a valid consent
 * or a decision to share without consent; otherwise he gets {@link Viewer.Scope#NO_CONSENT}. Everyone
 * else is told the plan does not exist. Nothing is cached: a withdrawal counts from the next request.
 */
@Component
public class PlanAccess {

    static final ZoneId DUTCH_TIME = ZoneId.of("Europe/Amsterdam");

    private final Team team;
    private final ConsentRegistry consents;
    private final Clock clock;

    PlanAccess(Team team, ConsentRegistry consents, Clock clock) {
        this.team = team;
        this.consents = consents;
        this.clock = clock;
    }

    /** The viewer this person is for the household's plan today (Dutch time). */
    public Viewer viewer(UUID householdId, AccountPrincipal person) {
        return viewer(householdId, person.id(), LocalDate.now(clock.withZone(DUTCH_TIME)));
    }

    /** The viewer the person who logs in with {@code accountId} is for the household's plan on {@code day}. */
    public Viewer viewer(UUID householdId, UUID accountId, LocalDate day) {
        var participant = team.participationOf(householdId, accountId).orElseThrow(PlanNotFound::new);
        return switch (participant.kind()) {
            // the household sees its whole plan.
            case HOUSEHOLD_MEMBER ->
                new Viewer(accountId, participant, participant.active() ? Viewer.Scope.FULL : Viewer.Scope.COPY);
            case NETWORK ->
                new Viewer(accountId, participant, participant.active() ? Viewer.Scope.APPROACH : Viewer.Scope.COPY);
            case PROFESSIONAL -> professional(householdId, accountId, participant, day);
        };
    }

    /**
     * Whether the plan's content may be shown to this person on {@code day}, without the basis: for
     * lists of many households ("my work", deadlines). False for someone outside the team.
     */
    public boolean showsPlanTo(UUID householdId, UUID accountId, LocalDate day) {
        var participant = team.participationOf(householdId, accountId);
        if (participant.isEmpty()) {
            return false;
        }
        if (!participant.get().isProfessional()) {
            return true;
        }
        return sharedForEveryMember(
                consents.categoriesSharedWith(householdId, accountId, day).values());
    }

    /** C-1, C-2: a professional sees the plan only when it is shared with him about every member. */
    private Viewer professional(UUID householdId, UUID accountId, Participant participant, LocalDate day) {
        var shared = consents.categoriesSharedWith(householdId, accountId, day);
        var sharing = new LinkedHashMap<UUID, SharingDecision>();
        shared.forEach((member, categories) -> sharing.put(
                member,
                categories.contains(InformationCategory.PLAN)
                        ? consents.mayShare(householdId, member, InformationCategory.PLAN, accountId, day)
                        : SharingDecision.refused()));
        var scope = !sharing.values().stream().allMatch(SharingDecision::allowed)
                ? Viewer.Scope.NO_CONSENT
                : participant.active() ? Viewer.Scope.FULL : Viewer.Scope.COPY;
        return new Viewer(accountId, participant, scope, sharing);
    }

    private static boolean sharedForEveryMember(Collection<Set<InformationCategory>> perMember) {
        return perMember.stream().allMatch(categories -> categories.contains(InformationCategory.PLAN));
    }
}
