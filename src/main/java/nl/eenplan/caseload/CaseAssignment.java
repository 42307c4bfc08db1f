package nl.eenplan.caseload;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.organisation.StaffRole;
import nl.eenplan.organisation.StaffRoster;
import nl.eenplan.participation.CaseOpened;
import nl.eenplan.participation.NewParticipant;
import nl.eenplan.participation.Team;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access team assigns a household of its municipality (issue 18): it records which member of the
 * access team or which professional is responsible for it, kept as a history and logged. A household
 * without a professional in its team yet gets the assignee as its first one (H-2), and, without any plan,
 * its draft plan (H-4); a household with a team keeps it: the team and the household choose the coordinator
 * not the assignment.
 */
@Service
public class CaseAssignment {

    private final CaseScopes scopes;
    private final CaseAssignments assignments;
    private final StaffRoster roster;
    private final AccountDirectory accounts;
    private final Team team;
    private final ApplicationEventPublisher events;
    private final AuditLog audit;
    private final Clock clock;

    CaseAssignment(
            CaseScopes scopes,
            CaseAssignments assignments,
            StaffRoster roster,
            AccountDirectory accounts,
            Team team,
            ApplicationEventPublisher events,
            AuditLog audit,
            Clock clock) {
        this.scopes = scopes;
        this.assignments = assignments;
        this.roster = roster;
        this.accounts = accounts;
        this.team = team;
        this.events = events;
        this.audit = audit;
        this.clock = clock;
    }

    /** Someone the household may be assigned to: a member of the access team, or a professional of the municipality. */
    public record Candidate(UUID accountId, String name, UUID organisationId, String organisationName) {}

    /** One line of the history; {@code ended} is null for the current assignment. */
    public record HistoryLine(
            String assignee, String assignedBy, java.time.Instant assigned, java.time.Instant ended) {}

    /** The assignment page: the household, who may be chosen, who is responsible now and before. */
    public record Overview(
            UUID householdId,
            String household,
            UUID current,
            UUID currentAssignee,
            List<Candidate> candidates,
            List<HistoryLine> history) {

        public Overview {
            candidates = List.copyOf(candidates);
            history = List.copyOf(history);
        }
    }

    /** The page for a member of the household's access team; {@link CaseNotFound} for anyone else. */
    @Transactional
    public Overview of(AccountPrincipal person, UUID householdId) {
        var access = access(person, householdId);
        var history = assignments.history(householdId);
        var names = new LinkedHashMap<UUID, String>();
        var lines = history.stream()
                .map(e -> new HistoryLine(
                        e.assigneeName(),
                        names.computeIfAbsent(e.assignedBy(), this::nameOf),
                        e.assignedAt(),
                        e.endedAt()))
                .toList();
        var current = history.stream().filter(e -> e.endedAt() == null).findFirst();
        audit.record(new AuditEvent(
                        person.id(),
                        null,
                        "CASE_ASSIGNMENT_READ",
                        "household",
                        householdId.toString(),
                        householdId,
                        null)
                .on(AccessBasis.accessTeam(access.accessTeamId())));
        return new Overview(
                householdId,
                access.household().name(),
                current.map(CaseAssignments.Entry::id).orElse(null),
                current.map(CaseAssignments.Entry::assigneeId).orElse(null),
                candidates(access),
                lines);
    }

    /**
     * Makes {@code assigneeId} responsible for the household. {@code expectedCurrent} is the assignment the
     * person saw (null for none): when another was made meanwhile, {@link AssignmentChangedMeanwhile} and
     * nothing is stored.
     */
    @Transactional
    public void assign(AccountPrincipal person, UUID householdId, UUID assigneeId, UUID expectedCurrent) {
        var access = access(person, householdId);
        var candidate = candidates(access).stream()
                .filter(c -> c.accountId().equals(assigneeId))
                .findFirst()
                .orElseThrow(() -> new AssignmentRefused("caseload.assign.chooseSomeone"));
        var current = assignments.currentForUpdate(householdId);
        if (!Objects.equals(current.orElse(null), expectedCurrent)) {
            throw new AssignmentChangedMeanwhile();
        }
        var now = clock.instant();
        current.ifPresent(id -> assignments.end(id, now));
        try {
            assignments.add(householdId, access.accessTeamId(), assigneeId, candidate.name(), person.id(), now);
        } catch (DuplicateKeyException e) {
            throw new AssignmentChangedMeanwhile();
        }
        var joined = team.caseTakerOf(householdId).isEmpty()
                && team.participationOf(householdId, assigneeId).isEmpty();
        if (joined) {
            var email = accounts.find(assigneeId).map(a -> a.email()).orElse(null);
            team.add(
                    householdId,
                    NewParticipant.professional(
                            candidate.organisationId(), candidate.name(), candidate.organisationName(), email),
                    assigneeId);
            if (!assignments.hasPlan(householdId)) {
                // H-4: the first professional of a household without a plan opens its draft.
                events.publishEvent(new CaseOpened(householdId, assigneeId, now));
            }
        }
        audit.record(new AuditEvent(
                        person.id(),
                        null,
                        "CASE_ASSIGNED",
                        "household",
                        householdId.toString(),
                        householdId,
                        "assignee " + assigneeId + (joined ? " joined the team" : ""))
                .on(AccessBasis.accessTeam(access.accessTeamId())));
    }

    private record Access(CaseAssignments.Household household, UUID accessTeamId) {}

    private Access access(AccountPrincipal person, UUID householdId) {
        if (!Caseload.mayUse(person)) {
            throw new CaseNotFound();
        }
        var household = assignments.household(householdId).orElseThrow(CaseNotFound::new);
        var accessTeam = scopes.accessTeamsOf(person.id()).get(household.municipalityId());
        if (accessTeam == null) {
            throw new CaseNotFound();
        }
        return new Access(household, accessTeam);
    }

    private List<Candidate> candidates(Access access) {
        var found = new LinkedHashMap<UUID, Candidate>();
        Stream.concat(
                        roster.holders(access.accessTeamId(), StaffRole.ACCESS_TEAM_MEMBER).stream(),
                        roster
                                .holdersInMunicipality(access.household().municipalityId(), StaffRole.PROFESSIONAL)
                                .stream())
                .forEach(m -> {
                    if (!found.containsKey(m.accountId())) {
                        accounts.find(m.accountId())
                                .filter(a -> a.active())
                                .ifPresent(a -> found.put(
                                        a.id(),
                                        new Candidate(
                                                a.id(), a.displayName(), m.organisationId(), m.organisationName())));
                    }
                });
        return found.values().stream()
                .sorted(java.util.Comparator.comparing(Candidate::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private String nameOf(UUID accountId) {
        return accounts.find(accountId).map(a -> a.displayName()).orElse("");
    }
}
