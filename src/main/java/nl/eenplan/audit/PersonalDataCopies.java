package nl.eenplan.audit;

import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * a household member downloads everything EenPlan keeps about himself, or about a child under
 * 16 he has parental authority over ({@link SubjectAccessRule}): as JSON to take elsewhere and as a
 * PDF to read. Every module with personal data adds its section ({@link PersonalDataSource}); each
 * download is logged, about that member.
 */
@Service
public class PersonalDataCopies {

    private final DataSubjects subjects;
    private final HouseholdMembers members;
    private final ObjectProvider<PersonalDataSource> sources;
    private final AuditLog audit;
    private final JsonMapper json;
    private final PersonalDataPdf pdf;
    private final PersonalDataReaders readers;
    private final Clock clock;

    PersonalDataCopies(
            DataSubjects subjects,
            HouseholdMembers members,
            ObjectProvider<PersonalDataSource> sources,
            AuditLog audit,
            JsonMapper json,
            PersonalDataPdf pdf,
            PersonalDataReaders readers,
            Clock clock) {
        this.subjects = subjects;
        this.members = members;
        this.sources = sources;
        this.audit = audit;
        this.json = json;
        this.pdf = pdf;
        this.readers = readers;
        this.clock = clock;
    }

    @Transactional
    public Download json(UUID householdId, UUID memberId, AccountPrincipal person) {
        var copy = gather(householdId, memberId, person, "json");
        return new Download(
                "persoonsgegevens.json",
                "application/json",
                json.writerWithDefaultPrettyPrinter().writeValueAsBytes(copy));
    }

    @Transactional
    public Download pdf(UUID householdId, UUID memberId, AccountPrincipal person, Locale locale) {
        var copy = gather(householdId, memberId, person, "pdf");
        var subject = members.of(householdId).stream()
                .filter(m -> m.memberId().equals(memberId))
                .findFirst()
                .orElseThrow(AccessLogNotFound::new);
        return new Download(
                "persoonsgegevens.pdf",
                "application/pdf",
                pdf.render(copy, json.valueToTree(copy), readers.of(householdId, subject, locale), locale));
    }

    private PersonalDataCopy gather(UUID householdId, UUID memberId, AccountPrincipal person, String format) {
        var today = DutchTime.today(clock);
        var represented = SubjectAccessRule.representedBy(person.id(), members.of(householdId), today);
        var subject = represented.stream()
                .filter(m -> m.memberId().equals(memberId))
                .findFirst()
                .orElseThrow(AccessLogNotFound::new);
        var sections = new LinkedHashMap<String, Map<String, Object>>();
        sources.orderedStream()
                .map(source -> source.contribute(householdId, memberId))
                .sorted(Comparator.comparing(PersonalDataSection::name))
                .forEach(section -> sections.put(section.name(), section.data()));
        audit.record(new AuditEvent(
                        person.id(), null, "PERSONAL_DATA_COPIED", "member", memberId.toString(), householdId, format)
                .about(memberId)
                .on(SubjectAccessRule.basis(represented.getFirst(), subject)));
        return new PersonalDataCopy(
                PersonalDataCopy.FORMAT,
                clock.instant(),
                householdId,
                subjects.householdName(householdId).orElseThrow(AccessLogNotFound::new),
                memberId,
                subject.name(),
                sections);
    }
}
