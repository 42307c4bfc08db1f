package nl.eenplan.implementation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountActivity;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffRoster;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IMP-4, IMP-6: a provider's attention officer or manager (or an administrator) records the facts its
 * data cannot show, on the version he saw, and the recruitment records of its coordinators; logged.
 */
@Service
public class ProviderRecords {

    private final JdbcClient jdbc;
    private final ProviderAccess access;
    private final ProviderRequirements requirements;
    private final StaffRoster roster;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProviderRecords(
            JdbcClient jdbc,
            ProviderAccess access,
            ProviderRequirements requirements,
            StaffRoster roster,
            ApplicationEventPublisher events,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.requirements = requirements;
        this.roster = roster;
        this.events = events;
        this.clock = clock;
    }

    /** IMP-4: records since when the method is adopted and whether there is a training plan. */
    @Transactional
    public ProviderCommitment commit(
            UUID accountId, UUID providerId, int version, LocalDate methodAdoptedOn, boolean trainingPlan) {
        recorder(accountId, providerId);
        if (methodAdoptedOn != null) {
            refuseFuture(methodAdoptedOn, clock);
        }
        var current = requirements.commitment(providerId);
        if (current.version() != version) {
            throw new RequirementsChangedMeanwhile(current.version());
        }
        var updated = jdbc.sql("""
                        insert into provider_commitment (organisation_id, version, method_adopted_on,
                          training_plan, recorded_by, recorded_at)
                        values (:id, 1, :adopted, :plan, :by, :now)
                        on conflict (organisation_id) do update set version = provider_commitment.version + 1,
                          method_adopted_on = :adopted, training_plan = :plan,
                          recorded_by = :by, recorded_at = :now
                        where provider_commitment.version = :expected
                        """)
                .param("id", providerId)
                .param("adopted", methodAdoptedOn)
                .param("plan", trainingPlan)
                .param("by", accountId)
                .param("now", Timestamp.from(clock.instant()))
                .param("expected", version)
                .update();
        if (updated != 1) {
            throw new RequirementsChangedMeanwhile(
                    requirements.commitment(providerId).version());
        }
        events.publishEvent(new AccountActivity(
                accountId, "PROVIDER_COMMITMENT_RECORDED", "organisation", providerId.toString(), null));
        return requirements.commitment(providerId);
    }

    /** IMP-6: records that a coordinator of the provider was assessed on the competence profile. */
    @Transactional
    public void assess(
            UUID accountId, UUID providerId, UUID coordinatorId, LocalDate assessedOn, Set<Competence> competences) {
        recorder(accountId, providerId);
        if (roster.holders(providerId, StaffRole.PROFESSIONAL).stream()
                .noneMatch(m -> m.accountId().equals(coordinatorId))) {
            throw new RequirementsRefused("assessment.coordinator.notHere");
        }
        refuseFuture(assessedOn, clock);
        jdbc.sql("""
                insert into coordinator_assessment (organisation_id, account_id, assessed_on, competences,
                  recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (organisation_id, account_id) do update set assessed_on = excluded.assessed_on,
                  competences = excluded.competences, recorded_by = excluded.recorded_by,
                  recorded_at = excluded.recorded_at
                """)
                .params(
                        providerId,
                        coordinatorId,
                        assessedOn,
                        competences.stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                        accountId,
                        Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(AccountActivity.onAccount(
                accountId, "COORDINATOR_ASSESSED", coordinatorId, "organisation " + providerId));
    }

    /**
     * The one check that a recorded date is not in the future, for the pages and the API alike: by
     * the date in the Netherlands, so that just after midnight there today's date is accepted while
     * it is still yesterday in UTC.
     *
     * @throws RequirementsRefused when the date is after today in the Netherlands
     */
    static void refuseFuture(LocalDate date, Clock clock) {
        if (date.isAfter(DutchTime.today(clock))) {
            throw new RequirementsRefused("requirements.date.future");
        }
    }

    private void recorder(UUID accountId, UUID providerId) {
        access.provider(accountId, providerId);
        if (!access.mayRecord(accountId, providerId)) {
            throw new RequirementsRefused("requirements.onlyProvider");
        }
    }
}
