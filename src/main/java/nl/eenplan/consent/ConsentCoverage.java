package nl.eenplan.consent;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.participation.ConsentWarning;
import nl.eenplan.participation.ConsentWarnings;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * C-1: whether consent covers a professional who joins the team or gets work in the plan; if not, the
 * {@link ConsentWarning} to show the one who did it. Household and network members need no consent.
 */
@Component
public class ConsentCoverage implements ConsentWarnings {

    private final Team team;
    private final HouseholdRegister households;
    private final ConsentRegistry consents;
    private final Clock clock;

    ConsentCoverage(Team team, HouseholdRegister households, ConsentRegistry consents, Clock clock) {
        this.team = team;
        this.households = households;
        this.consents = consents;
        this.clock = clock;
    }

    /** The warnings for these participants of the household, one per professional consent does not cover. */
    @Transactional(readOnly = true)
    public List<ConsentWarning> warnings(UUID householdId, Collection<UUID> participantIds) {
        return participantIds.stream()
                .map(team::find)
                .flatMap(Optional::stream)
                .filter(p -> p.householdId().equals(householdId))
                .map(this::warning)
                .flatMap(Optional::stream)
                .toList();
    }

    /** The warning for this participant, if he is a professional whom consent does not cover. */
    @Override
    @Transactional(readOnly = true)
    public Optional<ConsentWarning> warning(Participant participant) {
        if (!participant.isProfessional()) {
            return Optional.empty();
        }
        var missing = consents.membersNotSharedWith(participant.householdId(), participant, DutchTime.today(clock));
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        var names = households.members(participant.householdId()).stream()
                .filter(m -> missing.contains(m.id()))
                .map(Member::name)
                .collect(Collectors.joining(", "));
        return Optional.of(new ConsentWarning(participant.name(), names));
    }
}
