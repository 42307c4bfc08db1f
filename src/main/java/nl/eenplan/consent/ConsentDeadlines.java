package nl.eenplan.consent;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import nl.eenplan.deadline.Deadline;
import nl.eenplan.deadline.DeadlineKind;
import nl.eenplan.deadline.DeadlineSource;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.household.Member;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * C-3: after oral consent the written form is due; the professional who recorded the consent has it
 * on the to-do list until the written form is registered (or the consent is withdrawn).
 */
@Component
class ConsentDeadlines implements DeadlineSource {

    private final Consents consents;
    private final HouseholdRegister households;

    ConsentDeadlines(Consents consents, HouseholdRegister households) {
        this.consents = consents;
        this.households = households;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Deadline> openDeadlinesOf(UUID accountId, LocalDate today) {
        var names = new HashMap<UUID, String>();
        var members = new HashMap<UUID, List<Member>>();
        return consents.openWrittenFormsOf(accountId).stream()
                .map(c -> {
                    var household = names.computeIfAbsent(
                            c.householdId(),
                            id -> households
                                    .find(id)
                                    .map(HouseholdSummary::name)
                                    .orElse(""));
                    var subject = members.computeIfAbsent(c.householdId(), households::members).stream()
                            .filter(m -> m.id().equals(c.subjectId()))
                            .map(Member::name)
                            .findFirst()
                            .orElse("");
                    return new Deadline(
                            "consent-written:" + c.id(),
                            DeadlineKind.WRITTEN_CONSENT,
                            c.writtenFormDue(),
                            subject + ": " + c.purpose(),
                            c.householdId(),
                            household,
                            "/households/" + c.householdId() + "/consents#consent-" + c.id());
                })
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<UUID> accountsWithDeadlinesUntil(LocalDate day) {
        return consents.accountsWithWrittenFormsDueUntil(day);
    }
}
