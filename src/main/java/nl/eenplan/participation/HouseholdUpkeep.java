package nl.eenplan.participation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.household.HouseholdChange;
import nl.eenplan.household.HouseholdHistoryEntry;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.Member;
import nl.eenplan.household.Members;
import nl.eenplan.household.NewMember;
import nl.eenplan.household.Rectification;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountSummary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeping the household up to date from its team (H-1, X-6): a member added later, the birth of the
 * expected child, a member moving out or in, and corrections, by those {@link HouseholdMaintenance}
 * allows; the member's place in the team follows (a born child takes part, H-1, H-3). Every read and
 * write is logged in the same transaction; a stale version changes nothing.
 */
@Service
public class HouseholdUpkeep {

    private final HouseholdRegister households;
    private final Members members;
    private final Team team;
    private final Coordinations coordinations;
    private final TeamWork teamWork;
    private final AccountDirectory accounts;
    private final AuditLog audit;
    private final JdbcClient jdbc;

    HouseholdUpkeep(
            HouseholdRegister households,
            Members members,
            Team team,
            Coordinations coordinations,
            TeamWork teamWork,
            AccountDirectory accounts,
            AuditLog audit,
            JdbcClient jdbc) {
        this.households = households;
        this.members = members;
        this.team = team;
        this.coordinations = coordinations;
        this.teamWork = teamWork;
        this.accounts = accounts;
        this.audit = audit;
        this.jdbc = jdbc;
    }

    /** The members and the history; the household and professionals who see the plan read it (X-5, C-1). */
    @Transactional
    public HouseholdOverview overview(UUID householdId, TeamViewer viewer) {
        reader(householdId, viewer);
        var household = households.find(householdId).orElseThrow(TeamNotFound::new);
        var all = households.members(householdId);
        var history = members.history(householdId).stream().map(this::line).toList();
        var overview = new HouseholdOverview(
                household,
                all,
                members.versions(householdId),
                history,
                maintenance(householdId, viewer, all).mayMaintain(),
                teamWork.today());
        log(viewer, "HOUSEHOLD_READ", householdId, null);
        return overview;
    }

    /**
     * The member on a page that corrects him (his birth, a rectification): read as the household's page
     * reads him, by those who may, and logged as a read of the household about him, as that page
     * and the API log it; the page shows his name, date of birth and relation. {@link TeamNotFound} for a
     * member of another household.
     */
    @Transactional
    public Member toCorrect(UUID householdId, TeamViewer viewer, UUID memberId) {
        reader(householdId, viewer);
        var member = households.members(householdId).stream()
                .filter(m -> m.id().equals(memberId))
                .findFirst()
                .orElseThrow(TeamNotFound::new);
        log(viewer, "HOUSEHOLD_READ", householdId, memberId);
        return member;
    }

    /** H-1: a member joins the household after its registration; he joins its team too. */
    @Transactional
    public UUID addMember(UUID householdId, TeamViewer viewer, NewMember member) {
        maintainer(householdId, viewer);
        var memberId = members.add(householdId, member, viewer.accountId());
        var born = member.dateOfBirth() != null;
        // H-1, H-3: an expected child takes no part and receives no copy until it is born.
        team.add(
                householdId,
                NewParticipant.householdMember(
                        memberId,
                        member.givenName().strip() + " " + member.familyName().strip(),
                        member.relation(),
                        born),
                null);
        teamWork.changed(householdId);
        log(viewer, "HOUSEHOLD_MEMBER_ADDED", householdId, memberId);
        return memberId;
    }

    /**
     * H-1: the expected child was born. It takes part in the team from now on; C-1 asks consent about it
     * of those with parental authority, which is recorded next.
     */
    @Transactional
    public void recordBirth(
            UUID householdId,
            TeamViewer viewer,
            UUID memberId,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            int version) {
        maintainer(householdId, viewer);
        memberOf(householdId, memberId);
        members.recordBirth(householdId, memberId, givenName, familyName, dateOfBirth, version, viewer.accountId());
        var name = givenName.strip() + " " + familyName.strip();
        jdbc.sql("""
                update participant set name = ?, active = true, receives_copy = true, version = version + 1
                where household_id = ? and member_id = ? and removed_at is null
                """).params(name, householdId, memberId).update();
        teamWork.changed(householdId);
        log(viewer, "HOUSEHOLD_CHILD_BORN", householdId, memberId);
    }

    /** H-1: a member moves out of the household's address, or (back) in; he stays in the household. */
    @Transactional
    public void recordAddress(UUID householdId, TeamViewer viewer, UUID memberId, boolean livesAtAddress, int version) {
        maintainer(householdId, viewer);
        memberOf(householdId, memberId);
        members.recordAddress(householdId, memberId, livesAtAddress, version, viewer.accountId());
        log(viewer, "HOUSEHOLD_MEMBER_MOVED", householdId, memberId);
    }

    /** corrects a member's name, date (of birth) or relation; the team shows the corrected name. */
    @Transactional
    public void rectify(UUID householdId, TeamViewer viewer, UUID memberId, Rectification correct, int version) {
        maintainer(householdId, viewer);
        memberOf(householdId, memberId);
        members.rectify(householdId, memberId, correct, version, viewer.accountId());
        jdbc.sql("""
                update participant set name = ?, relation = ?, version = version + 1
                where household_id = ? and member_id = ? and removed_at is null
                """)
                .params(correct.givenName() + " " + correct.familyName(), correct.relation(), householdId, memberId)
                .update();
        teamWork.changed(householdId);
        log(viewer, "HOUSEHOLD_MEMBER_RECTIFIED", householdId, memberId);
    }

    /** Whether this viewer changes the household's members (its forms are shown to him). */
    @Transactional(readOnly = true)
    public boolean keeps(UUID householdId, TeamViewer viewer) {
        return mayMaintain(householdId, viewer);
    }

    boolean mayMaintain(UUID householdId, TeamViewer viewer) {
        return maintenance(householdId, viewer, households.members(householdId)).mayMaintain();
    }

    HouseholdMaintenance maintenance(UUID householdId, TeamViewer viewer, List<Member> all) {
        return new HouseholdMaintenance(
                viewer,
                coordinations.of(householdId),
                team.caseTakerOf(householdId).orElse(null),
                all,
                teamWork.today());
    }

    private void reader(UUID householdId, TeamViewer viewer) {
        if (!viewer.in(householdId).seesWholeTeam()) {
            throw new TeamNotFound();
        }
        viewer.seeingPlan();
    }

    private void maintainer(UUID householdId, TeamViewer viewer) {
        viewer.editing(householdId);
        if (!mayMaintain(householdId, viewer)) {
            throw new TeamNotFound();
        }
    }

    private Member memberOf(UUID householdId, UUID memberId) {
        return households.members(householdId).stream()
                .filter(m -> m.id().equals(memberId))
                .findFirst()
                .orElseThrow(TeamNotFound::new);
    }

    private HouseholdHistoryLine line(HouseholdHistoryEntry entry) {
        var fields = entry.kind() == HouseholdChange.RECTIFIED && entry.detail() != null
                ? Arrays.asList(entry.detail().split(","))
                : List.<String>of();
        return new HouseholdHistoryLine(
                LocalDateTime.ofInstant(entry.recordedAt(), DutchTime.ZONE),
                entry.kind(),
                entry.memberName(),
                fields,
                entry.kind() == HouseholdChange.RECTIFIED ? null : entry.detail(),
                entry.recordedBy() == null
                        ? null
                        : accounts.find(entry.recordedBy())
                                .map(AccountSummary::displayName)
                                .orElse(null));
    }

    private void log(TeamViewer viewer, String event, UUID householdId, UUID memberId) {
        var entry =
                new AuditEvent(viewer.accountId(), null, event, "household", householdId.toString(), householdId, null);
        audit.record((memberId == null ? entry : entry.about(memberId)).on(viewer.accessBasis()));
    }
}
