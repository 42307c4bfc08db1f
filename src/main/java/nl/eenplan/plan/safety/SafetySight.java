package nl.eenplan.plan.safety;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.participation.ParticipantKind;
import org.springframework.stereotype.Component;

/**
 * Who sees the safety plan (PL-6, C-2, C-5, X-5): stricter than the rest of the plan. A professional sees
 * it only when consent covering {@link InformationCategory#SAFETY_PLAN}, or a decision to share without
 * consent (C-5), covers every born member; consent for the plan alone does not. Household members from
 * {@link #MEMBER_FROM_AGE} see it (from 16 a youth decides about his own information, C-1); younger children
 * do not. A network member sees the agreements, watches and calls that name him, nothing else.
 */
@Component
public class SafetySight {

    /** From this age a household member sees the safety plan. */
    public static final int MEMBER_FROM_AGE = 16;

    /** How much of the safety plan a viewer sees. */
    public enum Seen {
        ALL,
        NAMED,
        NONE
    }

    private final HouseholdRegister households;
    private final Clock clock;

    SafetySight(HouseholdRegister households, Clock clock) {
        this.households = households;
        this.clock = clock;
    }

    /** How much of the safety plan this viewer sees, live or in a version. */
    public Seen of(Viewer viewer) {
        if (!viewer.seesPlan()) {
            return Seen.NONE;
        }
        var kind = viewer.participant().kind();
        if (kind == ParticipantKind.NETWORK) {
            return Seen.NAMED;
        }
        if (kind == ParticipantKind.HOUSEHOLD_MEMBER) {
            var today = DutchTime.today(clock);
            return households.members(viewer.participant().householdId()).stream()
                            .filter(m -> m.id().equals(viewer.memberId()))
                            .anyMatch(m -> m.ageOn(today) >= MEMBER_FROM_AGE)
                    ? Seen.ALL
                    : Seen.NONE;
        }
        return withoutSafetyConsent(viewer).isEmpty() && !viewer.sharedAbout().isEmpty() ? Seen.ALL : Seen.NONE;
    }

    /** C-2: the members about whom nothing lets the safety plan be shared with this professional. */
    public Set<UUID> withoutSafetyConsent(Viewer viewer) {
        return viewer.sharedAbout().entrySet().stream()
                .filter(e -> !e.getValue().contains(InformationCategory.SAFETY_PLAN))
                .map(java.util.Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
