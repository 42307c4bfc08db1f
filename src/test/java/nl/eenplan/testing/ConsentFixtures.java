package nl.eenplan.testing;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.ConsentRegistry;
import nl.eenplan.consent.ConsentRule;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.NewConsent;
import nl.eenplan.consent.Recipient;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import org.springframework.stereotype.Component;

/**
 * Consent for the tests of every module, in the words of the method (C-1, C-2): "share the whole plan
 * with these professionals". It records consent the real way, through {@link ConsentRegistry}, as a
 * professional of the team would: one written consent per household member, given by exactly those
 * the age rule asks today, for the plan, naming the professionals as recipients, valid from today
 * for five years. Record parental authority over minors first: without it nobody can consent for them.
 */
@Component
public class ConsentFixtures {

    /** The purpose every consent of this fixture states (C-2: never general). */
    public static final String PURPOSE = "Samen met het gezin werken aan het plan";

    private final ConsentRegistry registry;
    private final HouseholdRegister households;
    private final Team team;
    private final ConsentRule rule;
    private final Clock clock;

    ConsentFixtures(ConsentRegistry registry, HouseholdRegister households, Team team, ConsentRule rule, Clock clock) {
        this.registry = registry;
        this.households = households;
        this.team = team;
        this.rule = rule;
        this.clock = clock;
    }

    /**
     * C-1: shares the whole plan about every member of the household with the professionals of its
     * team who log in with these accounts (active or copy-only), so each of them sees the plan.
     *
     * @return the ids of the consents recorded, one per member
     */
    public List<UUID> shareWholePlanWith(UUID householdId, UUID... professionalAccountIds) {
        return share(householdId, Set.of(InformationCategory.PLAN), professionalAccountIds);
    }

    /** As {@link #shareWholePlanWith}, for other information as well (C-2: which information). */
    public List<UUID> share(UUID householdId, Set<InformationCategory> categories, UUID... professionalAccountIds) {
        if (professionalAccountIds.length == 0) {
            throw new IllegalArgumentException("name at least one professional to share with");
        }
        var today = DutchTime.today(clock);
        var recipients = Arrays.stream(professionalAccountIds)
                .map(account -> professional(householdId, account))
                .toList();
        var recorder = recorder(householdId, recipients);
        var consents = new ArrayList<UUID>();
        for (var member : households.members(householdId)) {
            if (member.unborn()) {
                continue; // an expected child is no subject of its own: its parents consent for themselves
            }
            var required = rule.requiredFor(member, today);
            if (!required.possible()) {
                throw new IllegalStateException("nobody can consent for " + member.name()
                        + " yet: record who has parental authority first (C-1)");
            }
            consents.add(registry.give(
                    householdId,
                    recorder,
                    new NewConsent(
                            member.id(),
                            PURPOSE,
                            categories,
                            recipients.stream()
                                    .map(p -> Recipient.participant(p.id()))
                                    .collect(Collectors.toSet()),
                            required.consenters(),
                            ConsentManner.WRITTEN,
                            today,
                            today.plusYears(5))));
        }
        return consents;
    }

    private Participant professional(UUID householdId, UUID accountId) {
        return team.participationOf(householdId, accountId)
                .filter(Participant::isProfessional)
                .orElseThrow(() -> new IllegalArgumentException(
                        "account " + accountId + " is no professional in the team of household " + householdId));
    }

    /** Consent is recorded by an active professional of the team (C-2): one of the recipients if he can. */
    private UUID recorder(UUID householdId, List<Participant> recipients) {
        return recipients.stream()
                .filter(Participant::active)
                .map(Participant::accountId)
                .findFirst()
                .or(() -> team.of(householdId).stream()
                        .filter(p -> p.isProfessional() && p.active() && p.accountId() != null)
                        .map(Participant::accountId)
                        .findFirst())
                .orElseThrow(() -> new IllegalStateException(
                        "no active professional with an account in the team to record consent"));
    }
}
