package nl.eenplan.implementation;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountSummary;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffRoster;
import nl.eenplan.organisation.StaffTraining;
import nl.eenplan.organisation.TrainingKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IMP-4: the basic requirements of providers, computed from the data (roles, training records,
 * recruitment records, the implementation checklist) and the facts a provider records; shown to the provider and to the municipality
 * that buys its care. No personal data of households is read.
 */
@Service
public class ProviderRequirements {

    private final JdbcClient jdbc;
    private final ProviderAccess access;
    private final OrganisationDirectory organisations;
    private final StaffRoster roster;
    private final StaffTraining training;
    private final AccountDirectory accounts;
    private final ChecklistCompletion checklists;

    ProviderRequirements(
            JdbcClient jdbc,
            ProviderAccess access,
            OrganisationDirectory organisations,
            StaffRoster roster,
            StaffTraining training,
            AccountDirectory accounts,
            ChecklistCompletion checklists) {
        this.jdbc = jdbc;
        this.access = access;
        this.organisations = organisations;
        this.roster = roster;
        this.training = training;
        this.accounts = accounts;
        this.checklists = checklists;
    }

    /** How this provider stands, for someone who may see it; otherwise {@link RequirementsNotFound}. */
    @Transactional(readOnly = true)
    public ProviderStanding standing(UUID accountId, UUID providerId) {
        return standingOf(access.provider(accountId, providerId));
    }

    /** The municipality and how each provider that belongs to it stands, for those who work for it. */
    @Transactional(readOnly = true)
    public List<ProviderStanding> ofMunicipality(UUID accountId, UUID municipalityId) {
        access.municipality(accountId, municipalityId);
        return organisations.all().stream()
                .filter(o -> o.kind() == OrganisationKind.PROVIDER && municipalityId.equals(o.municipalityId()))
                .map(this::standingOf)
                .toList();
    }

    /** The municipality's name, for someone who may see its providers. */
    @Transactional(readOnly = true)
    public String municipalityName(UUID accountId, UUID municipalityId) {
        return access.municipality(accountId, municipalityId).name();
    }

    /** The providers and municipalities whose requirements this person may look at. */
    @Transactional(readOnly = true)
    public List<Organisation> places(UUID accountId) {
        return access.places(accountId);
    }

    /** Whether this person records the provider's commitments and recruitment records. */
    @Transactional(readOnly = true)
    public boolean mayRecord(UUID accountId, UUID providerId) {
        return access.mayRecord(accountId, providerId);
    }

    @Transactional(readOnly = true)
    public ProviderCommitment commitment(UUID providerId) {
        return jdbc.sql("""
                        select organisation_id, version, method_adopted_on, training_plan
                        from provider_commitment where organisation_id = ?
                        """)
                .param(providerId)
                .query(ProviderCommitment.class)
                .optional()
                .orElse(ProviderCommitment.none(providerId));
    }

    @Transactional(readOnly = true)
    public List<CoordinatorAssessment> assessments(UUID providerId) {
        return jdbc.sql("""
                        select organisation_id, account_id, assessed_on, competences
                        from coordinator_assessment where organisation_id = ?
                        """)
                .param(providerId)
                .query((rs, n) -> new CoordinatorAssessment(
                        rs.getObject("organisation_id", UUID.class),
                        rs.getObject("account_id", UUID.class),
                        rs.getObject("assessed_on", LocalDate.class),
                        competences(rs.getString("competences"))))
                .list();
    }

    private ProviderStanding standingOf(Organisation provider) {
        var assessed = assessments(provider.id()).stream()
                .collect(Collectors.toMap(CoordinatorAssessment::accountId, Function.identity()));
        var coordinators = roster.holders(provider.id(), StaffRole.PROFESSIONAL).stream()
                .map(m -> coordinator(m.accountId(), assessed))
                .toList();
        return new ProviderStanding(
                provider.id(),
                provider.name(),
                provider.municipalityId(),
                commitment(provider.id()),
                !roster.holders(provider.id(), StaffRole.ATTENTION_OFFICER).isEmpty(),
                checklists.of(provider.id()),
                coordinators);
    }

    private CoordinatorStanding coordinator(UUID accountId, Map<UUID, CoordinatorAssessment> assessed) {
        var assessment = assessed.get(accountId);
        return new CoordinatorStanding(
                accountId,
                accounts.find(accountId).map(AccountSummary::displayName).orElse(""),
                training.completed(accountId, TrainingKind.METHOD_BASIC),
                training.completed(accountId, TrainingKind.CHAIRING),
                assessment == null ? null : assessment.assessedOn());
    }

    static Set<Competence> competences(String column) {
        var set = EnumSet.noneOf(Competence.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(Competence::valueOf).forEach(set::add);
        }
        return set;
    }
}
