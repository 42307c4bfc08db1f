package nl.eenplan.participation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working on the team around a household (H-2, H-3) and on parental authority (C-1). Only the
 * household's participants get here; only those who may edit the plan change anything (else: not
 * found), except that an active professional without consent yet records parental authority. Every
 * read and write is logged in the same transaction.
 */
@Service
public class TeamWork {

    /** What happened when someone was invited to log in. */
    public enum Invitation {
        /** A new account was made and its owner got an e-mail. */
        SENT,
        /** The address already had an account; the participant now uses it. */
        LINKED
    }

    private final Team team;
    private final Coordinations coordinations;
    private final RoleEligibility eligibility;
    private final HouseholdRegister households;
    private final OrganisationDirectory organisations;
    private final AccountDirectory accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final TeamViewers viewers;
    private final TeamHistory history;

    TeamWork(
            Team team,
            Coordinations coordinations,
            RoleEligibility eligibility,
            HouseholdRegister households,
            OrganisationDirectory organisations,
            AccountDirectory accounts,
            AuditLog audit,
            Clock clock,
            TeamViewers viewers,
            TeamHistory history) {
        this.team = team;
        this.coordinations = coordinations;
        this.eligibility = eligibility;
        this.households = households;
        this.organisations = organisations;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.viewers = viewers;
        this.history = history;
    }

    /** C-1: who records parental authority in this household, as {@code viewer} sees it today. */
    ParentalAuthorityRecording authorityRecording(
            UUID householdId,
            TeamViewer viewer,
            CoordinationState coordination,
            List<Member> members,
            LocalDate today) {
        return new ParentalAuthorityRecording(
                viewer, coordination, team.caseTakerOf(householdId).orElse(null), members, today);
    }

    @Transactional
    public TeamOverview overview(UUID householdId, TeamViewer viewer) {
        var household = households.find(ownHousehold(householdId, viewer)).orElseThrow(TeamNotFound::new);
        var all = team.of(householdId);
        var members = households.members(householdId);
        var coordination = coordinations.of(householdId);
        var participants = all;
        if (!viewer.seesWholeTeam()) {
            // a network member sees who coordinates and how to reach them, and himself.
            participants = all.stream()
                    .filter(p -> coordination.coordinatedBy(p)
                            || p.id().equals(viewer.participant().id()))
                    .toList();
        } else if (!viewer.mayEdit()) {
            // Copy recipients and professionals without consent (C-1) see who is in the team, not how to
            // reach them.
            participants = all.stream().map(TeamWork::withoutContact).toList();
        }
        var authority = authorityRecording(householdId, viewer, coordination, members, today());
        var authorityChildren =
                members.stream().map(Member::id).filter(authority::mayRecordFor).collect(Collectors.toSet());
        var expected = unbornParticipants(all, members);
        var organisationNames =
                organisations.all().stream().collect(Collectors.toMap(Organisation::id, Organisation::name));
        var invitees = viewer.mayEdit()
                ? eligibility.eligible(householdId, Role.LOGIN_INVITEE).stream()
                        .filter(p -> p.accountId() == null)
                        .toList()
                : List.<Participant>of();
        log(viewer, "TEAM_READ", householdId, null);
        return new TeamOverview(
                household,
                participants,
                organisationNames,
                authorityChildren.isEmpty() ? List.of() : members,
                today(),
                expected,
                authorityChildren,
                viewer.mayEdit() || !viewer.seesWholeTeam(),
                invitees);
    }

    private static Set<UUID> unbornParticipants(List<Participant> participants, List<Member> members) {
        var unborn = members.stream().filter(Member::unborn).map(Member::id).collect(Collectors.toSet());
        return participants.stream()
                .filter(p -> p.memberId() != null && unborn.contains(p.memberId()))
                .map(Participant::id)
                .collect(Collectors.toSet());
    }

    /** Adds a network member or a professional (H-2). */
    @Transactional
    public Participant add(UUID householdId, TeamViewer viewer, NewParticipant participant) {
        editable(householdId, viewer);
        if (participant.kind() == ParticipantKind.HOUSEHOLD_MEMBER) {
            throw new IllegalArgumentException("household members join by registration");
        }
        var added = team.add(householdId, participant, null);
        history.record(added, TeamChange.ADDED, null, viewer.accountId());
        changed(householdId);
        log(viewer, "PARTICIPANT_ADDED", householdId, added.id().toString());
        return added;
    }

    /**
     * H-3: the household chooses which network members and copy-only professionals receive a copy;
     * the household itself and the active professionals always do (PL-9).
     */
    @Transactional
    public void chooseCopyRecipients(UUID householdId, TeamViewer viewer, Set<UUID> chosen) {
        editable(householdId, viewer);
        var expected = unbornParticipants(team.of(householdId), households.members(householdId));
        var receiving = team.of(householdId).stream()
                .filter(p -> !expected.contains(p.id()))
                .filter(p -> TeamOverview.alwaysReceivesCopyOf(p) || chosen.contains(p.id()))
                .map(Participant::id)
                .toList();
        team.chooseCopyRecipients(householdId, receiving);
        changed(householdId);
        log(viewer, "COPY_RECIPIENTS_CHOSEN", householdId, null);
    }

    /**
     * Lets a participant log in: links the account that already uses the address, or invites a new
     * one (staff for a professional, else citizen). {@code email} may be empty when the participant's
     * address is known.
     */
    @Transactional
    public Invitation invite(UUID householdId, TeamViewer viewer, UUID participantId, String email) {
        editable(householdId, viewer);
        var participant = team.find(participantId)
                .filter(p -> p.householdId().equals(householdId))
                .orElseThrow(() -> new TeamRefused("team.invite.participantRequired"));
        // H-2, C-1: an expected child and a child under 12 are not invited to log in.
        eligibility.refusal(householdId, participantId, Role.LOGIN_INVITEE).ifPresent(reason -> {
            throw new TeamRefused("team.invite.notEligible");
        });
        if (participant.accountId() != null) {
            throw new TeamRefused("team.invite.alreadyLinked");
        }
        var address = email == null || email.isBlank() ? participant.email() : email.strip();
        if (address == null) {
            throw new TeamRefused("team.invite.emailRequired");
        }
        if (!address.equals(participant.email())) {
            team.recordEmail(participantId, address);
        }
        var existing = accounts.findByEmail(address);
        if (existing.isPresent()
                && team.participationOf(householdId, existing.get().id()).isPresent()) {
            throw new TeamRefused("team.invite.accountInTeam");
        }
        var account = existing.orElseGet(() -> accounts.invite(
                address,
                participant.name(),
                participant.isProfessional() ? AccountKind.STAFF : AccountKind.CITIZEN,
                viewer.accountId()));
        team.linkAccount(participantId, account.id());
        changed(householdId);
        if (participant.memberId() != null) {
            households.linkAccount(participant.memberId(), account.id());
        }
        var outcome = existing.isPresent() ? Invitation.LINKED : Invitation.SENT;
        log(
                viewer,
                outcome == Invitation.SENT ? "PARTICIPANT_INVITED" : "PARTICIPANT_LINKED",
                householdId,
                participantId.toString());
        return outcome;
    }

    /** Whether this viewer may change the team; checked again by every change (C-1: never without consent). */
    void editable(UUID householdId, TeamViewer viewer) {
        viewer.editing(householdId);
    }

    static UUID ownHousehold(UUID householdId, TeamViewer viewer) {
        viewer.in(householdId);
        return householdId;
    }

    /** The team changed: what each person sees of the household is decided again (C-1, X-5). */
    void changed(UUID householdId) {
        viewers.forget(householdId);
    }

    LocalDate today() {
        return DutchTime.today(clock);
    }

    void log(TeamViewer viewer, String event, UUID householdId, String detail) {
        audit.record(new AuditEvent(
                        viewer.accountId(), null, event, "household", householdId.toString(), householdId, detail)
                .on(viewer.accessBasis()));
    }

    private static Participant withoutContact(Participant p) {
        return new Participant(
                p.id(),
                p.householdId(),
                p.kind(),
                p.memberId(),
                p.accountId(),
                p.organisationId(),
                p.name(),
                p.relation(),
                p.reachableDays(),
                null,
                null,
                p.active(),
                p.receivesCopy(),
                p.enforcing(),
                p.legalRole());
    }
}
