package nl.eenplan.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may act in which role (R-1, R-3, M-4, PL-2, H-2), one policy for forms, API and pickers alike:
 *
 * <ul>
 *   <li>nobody who only receives a copy acts; an expected (unborn) child never acts, in any role;
 *   <li>coordinator: an adult household member (18 or older), a network member or a professional;
 *   <li>process coordinator: a professional;
 *   <li>chair and minute taker: an adult household member or a professional (M-4);
 *   <li>action owner: anyone active who is born (a child can have an action of his own);
 *   <li>invited to log in: a network member, a professional, or a household member from 12, the age from
 *       which a youth consents himself (C-1).
 * </ul>
 */
@Component
public class RoleEligibility {

    /** From this age a household member may be invited to log in (C-1: he consents from 12). */
    public static final int LOGS_IN_FROM = 12;

    private final Team team;
    private final HouseholdRegister households;
    private final Clock clock;

    RoleEligibility(Team team, HouseholdRegister households, Clock clock) {
        this.team = team;
        this.households = households;
        this.clock = clock;
    }

    /** The participants of the household who may take this role today, in the team's order. */
    @Transactional(readOnly = true)
    public List<Participant> eligible(UUID householdId, Role role) {
        var members = members(householdId);
        var today = today();
        return team.of(householdId).stream()
                .filter(p -> refusal(p, role, members, today).isEmpty())
                .toList();
    }

    /** Why this participant may not take this role today, as a message key; empty when he may. */
    @Transactional(readOnly = true)
    public Optional<String> refusal(UUID householdId, UUID participantId, Role role) {
        var participant = team.find(participantId).filter(p -> p.householdId().equals(householdId));
        if (participant.isEmpty()) {
            return Optional.of("role.refused.notInTeam");
        }
        return refusal(participant.get(), role, members(householdId), today());
    }

    /** Whether this participant is a household member who is not born yet (H-1). */
    @Transactional(readOnly = true)
    public boolean expected(Participant participant) {
        return participant.memberId() != null
                && households.members(participant.householdId()).stream()
                        .anyMatch(m -> m.id().equals(participant.memberId()) && m.unborn());
    }

    static Optional<String> refusal(Participant p, Role role, Map<UUID, Member> members, LocalDate today) {
        var member = p.memberId() == null ? null : members.get(p.memberId());
        if (member != null && member.unborn()) {
            return Optional.of("role.refused.expected");
        }
        if (role != Role.LOGIN_INVITEE && !p.active()) {
            return Optional.of("role.refused.notActive");
        }
        var age = member == null ? Integer.MAX_VALUE : member.ageOn(today);
        var allowed = switch (role) {
            case COORDINATOR -> p.kind() != ParticipantKind.HOUSEHOLD_MEMBER || age >= Member.ADULT_FROM;
            case PROCESS_COORDINATOR -> p.isProfessional();
            case CHAIR, MINUTE_TAKER ->
                p.isProfessional() || (p.kind() == ParticipantKind.HOUSEHOLD_MEMBER && age >= Member.ADULT_FROM);
            case ACTION_OWNER -> true;
            case LOGIN_INVITEE -> p.kind() != ParticipantKind.HOUSEHOLD_MEMBER || age >= LOGS_IN_FROM;
        };
        return allowed ? Optional.empty() : Optional.of("role.refused." + role.name());
    }

    Map<UUID, Member> members(UUID householdId) {
        return households.members(householdId).stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    LocalDate today() {
        return DutchTime.today(clock);
    }
}
