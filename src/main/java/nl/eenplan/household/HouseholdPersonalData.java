package nl.eenplan.household;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.audit.DataSubject;
import nl.eenplan.audit.DataSubjects;
import nl.eenplan.audit.HouseholdChoice;
import nl.eenplan.audit.PersonalDataSection;
import nl.eenplan.audit.PersonalDataSource;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the household register tells the access log: the members as data subjects, with
 * their accounts and parental authority (C-1), households by name for administrators, and a member's
 * own registration for his personal-data copy.
 */
@Component
class HouseholdPersonalData implements PersonalDataSource, DataSubjects {

    private final HouseholdRegister register;
    private final JdbcClient jdbc;
    private final Members changes;
    private final MessageSource messages;

    HouseholdPersonalData(HouseholdRegister register, JdbcClient jdbc, Members changes, MessageSource messages) {
        this.register = register;
        this.jdbc = jdbc;
        this.changes = changes;
        this.messages = messages;
    }

    @Override
    public Optional<String> householdName(UUID householdId) {
        return register.find(householdId).map(HouseholdSummary::name);
    }

    @Override
    public List<DataSubject> members(UUID householdId) {
        return register.members(householdId).stream()
                .map(m -> new DataSubject(
                        m.id(),
                        m.name(),
                        m.dateOfBirth(),
                        m.accountId() == null ? Set.of() : Set.of(m.accountId()),
                        m.authorityHolderIds()))
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<HouseholdChoice> households(String nameContains, int limit) {
        var pattern =
                "%" + nameContains.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql("select id, name, city from household where name ilike ? order by name limit ?")
                .params(pattern, limit)
                .query(HouseholdChoice.class)
                .list();
    }

    /** The member as registered, the household's address, and who has parental authority over whom. */
    @Override
    public PersonalDataSection contribute(UUID householdId, UUID memberId) {
        var members = register.members(householdId);
        var data = new LinkedHashMap<String, Object>();
        members.stream().filter(m -> m.id().equals(memberId)).findFirst().ifPresent(member -> {
            var registered = new LinkedHashMap<String, Object>();
            registered.put("givenName", member.givenName());
            registered.put("familyName", member.familyName());
            registered.put("dateOfBirth", member.dateOfBirth());
            registered.put("expectedBirthDate", member.expectedBirthDate());
            registered.put("relation", member.relation());
            registered.put("livesAtAddress", member.livesAtAddress());
            data.put("member", registered);
            register.find(householdId).ifPresent(h -> data.put("household", address(h)));
            data.put(
                    "parentalAuthorityHeldBy",
                    members.stream()
                            .filter(m -> member.authorityHolderIds().contains(m.id()))
                            .map(Member::name)
                            .toList());
            data.put(
                    "parentalAuthorityOver",
                    members.stream()
                            .filter(m -> m.authorityHolderIds().contains(memberId))
                            .map(Member::name)
                            .toList());
            // what was changed about him after registration (a rectification names fields, not old values).
            data.put(
                    "changes",
                    changes.history(householdId).stream()
                            .filter(h -> memberId.equals(h.memberId()))
                            .map(h -> Map.of(
                                    "what",
                                    messages.getMessage(
                                            "household.history." + h.kind().name(),
                                            new Object[] {h.memberName()},
                                            Locale.forLanguageTag("nl")),
                                    "recordedAt",
                                    h.recordedAt()))
                            .toList());
        });
        return new PersonalDataSection("household", data);
    }

    private static Map<String, Object> address(HouseholdSummary household) {
        var address = new LinkedHashMap<String, Object>();
        address.put("name", household.name());
        address.put("street", household.street());
        address.put("postcode", household.postcode());
        address.put("city", household.city());
        return address;
    }
}
