package nl.eenplan.consent;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.TeamViewer;

/**
 * A participant looking at a household: at its plan, team, consents, round tables and escalations, and
 * how much of the plan they may see (X-5, C-1). Decided by {@link Viewers} from one load of the
 * household's team, members, consents and decisions to share, once per request.
 *
 * <p>{@code planSharing} holds, for a professional, the answer for every household member to "may
 * the plan be shared with him today?" (C-1, C-2): each allowed answer names the consent or the
 * decision to share without consent (C-5) it rests on, so an access can be logged with its basis
 * ({@link #basis()}); refused answers name the members whose consent is missing ({@link
 * #membersWithoutConsent()}). It is empty for household members and network members, whose view
 * does not rest on consent. {@code sharedAbout} holds, for a professional, the information that may
 * be shared with him about every born member that day (an empty set when nothing; C-2).
 */
public record Viewer(
        UUID accountId,
        Participant participant,
        Scope scope,
        Map<UUID, SharingDecision> planSharing,
        Map<UUID, Set<InformationCategory>> sharedAbout)
        implements TeamViewer {

    public enum Scope {
        /** Household members, and active professionals with consent for every member: the whole plan. */
        FULL,
        /** Network members: the plan of approach and their own actions. */
        APPROACH,
        /** Copy-only recipients (professionals with consent): the established versions, nothing in between. */
        COPY,
        /**
         * C-1: a professional in the team without consent (or a decision to share) for every member:
         * he stays a participant, sees who is in the team and may record consent, but none of the plan.
         */
        NO_CONSENT
    }

    public Viewer {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(scope, "scope");
        planSharing = Map.copyOf(planSharing);
        sharedAbout = Map.copyOf(sharedAbout);
    }

    /** The household member this viewer is, or {@code null} for a network member or a professional. */
    public UUID memberId() {
        return participant.kind() == ParticipantKind.HOUSEHOLD_MEMBER ? participant.memberId() : null;
    }

    public boolean professional() {
        return participant.isProfessional();
    }

    /** What reads and changes of the team and its consents rest on (X-1, NEN 7513): taking part in the team. */
    public AccessBasis participationBasis() {
        return AccessBasis.participation(participant.id());
    }

    /**
     * What a change about this member rests on (X-1, C-1): the member himself ({@code self}), a parent
     * acting for a child ({@code parental_authority:<own member id>}), or, for a professional, taking part.
     */
    public AccessBasis accessBasisAbout(UUID subjectId) {
        var me = memberId();
        if (me == null) {
            return participationBasis();
        }
        return me.equals(subjectId) ? AccessBasis.self() : AccessBasis.parentalAuthority(me);
    }

    /** A viewer whose view does not rest on consent (household, network, or a module acting for one). */
    public Viewer(UUID accountId, Participant participant, Scope scope) {
        this(accountId, participant, scope, Map.of(), Map.of());
    }

    @Override
    public boolean mayEdit() {
        return scope == Scope.FULL;
    }

    public boolean seesTab1() {
        return scope == Scope.FULL;
    }

    /** Whether any of the plan's content may be shown to this viewer (C-1). */
    @Override
    public boolean seesPlan() {
        return scope != Scope.NO_CONSENT;
    }

    /**
     * whether this viewer sees everyone in the team and the history of coordination. A network
     * member sees who coordinates, how to reach them, and himself; the household and professionals (even
     * without consent, R-1, H-2: they need to know whom to ask) see the whole team.
     */
    @Override
    public boolean seesWholeTeam() {
        return participant.kind() != ParticipantKind.NETWORK;
    }

    /** This viewer, or {@link PlanConsentMissing} when the plan may not be shown to him. */
    @Override
    public Viewer seeingPlan() {
        if (!seesPlan()) {
            throw new PlanConsentMissing(participant.householdId(), membersWithoutConsent());
        }
        return this;
    }

    /** The consents and decisions to share this view rests on (for the access log); empty when none. */
    public List<SharingDecision> basis() {
        return planSharing.values().stream().filter(SharingDecision::allowed).toList();
    }

    /**
     * C-5: whether, for at least one member, the plan is shown to this viewer only under a decision
     * to share without consent; the pages say so.
     */
    public boolean sharedWithoutConsent() {
        return planSharing.values().stream().anyMatch(d -> d.allowed() && d.basis() == SharingDecision.Basis.OVERRIDE);
    }

    /**
     * What this view rests on, for the access log (X-1, NEN 7513): for a professional who sees the plan,
     * the consents and decisions to share about every member; otherwise (the household, the network, a
     * professional without consent looking at the team) taking part in the team.
     */
    @Override
    public AccessBasis accessBasis() {
        var grounds = basis().stream()
                .map(d -> d.basis() == SharingDecision.Basis.OVERRIDE
                        ? AccessBasis.override(d.basisId())
                        : AccessBasis.consent(d.basisId()))
                .toList();
        return !seesPlan() || grounds.isEmpty() ? participationBasis() : AccessBasis.together(grounds);
    }

    /** The household members for whom nothing lets the plan be shared with this viewer. */
    public Set<UUID> membersWithoutConsent() {
        return planSharing.entrySet().stream()
                .filter(e -> !e.getValue().allowed())
                .map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }
}
