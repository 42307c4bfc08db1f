package nl.eenplan.participation.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.participation.LegalRole;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.participation.TeamChange;
import nl.eenplan.participation.TeamHistoryLine;
import nl.eenplan.participation.TeamOverview;

/** What the team API answers: the team's participants and its history, as the team page shows them (H-2, X-5). */
final class TeamResources {

    private TeamResources() {}

    /**
     * A participant as this person sees him on the team page: phone and e-mail only where the page shows
     * them; {@code expected}: an unborn child, who neither takes part nor receives a copy (H-1);
     * {@code version}: for If-Match on a change.
     */
    record ParticipantResource(
            UUID id,
            ParticipantKind kind,
            UUID memberId,
            String name,
            String relation,
            UUID organisationId,
            String organisation,
            List<DayOfWeek> reachableDays,
            String phone,
            String email,
            boolean active,
            boolean receivesCopy,
            boolean expected,
            boolean enforcing,
            LegalRole legalRole,
            int version) {

        static ParticipantResource of(Participant p, TeamOverview overview, Map<UUID, Integer> versions) {
            var contact = overview.showsContact();
            return new ParticipantResource(
                    p.id(),
                    p.kind(),
                    p.memberId(),
                    p.name(),
                    p.relation(),
                    p.organisationId(),
                    overview.organisationOf(p),
                    p.reachableDays().stream().sorted().toList(),
                    contact ? p.phone() : null,
                    contact ? p.email() : null,
                    p.active(),
                    p.receivesCopy(),
                    overview.expected(p),
                    p.enforcing(),
                    p.legalRole(),
                    versions.getOrDefault(p.id(), 0));
        }
    }

    /** One change in the team's history (H-2, H-3, R-7): when (Dutch time), what, about whom, by whom. */
    record TeamHistoryResource(
            LocalDateTime at,
            TeamChange kind,
            String participantName,
            List<String> fields,
            LocalDate endedOn,
            String by) {

        static TeamHistoryResource of(TeamHistoryLine line) {
            return new TeamHistoryResource(
                    line.at(), line.kind(), line.participantName(), line.fields(), line.endedOn(), line.by());
        }
    }

    /** The participant that was added; {@code consentMissingFor}: C-1, the members no consent covers him for. */
    record Added(UUID id, String consentMissingFor) {}

    /** What an invitation to log in did: {@code SENT} a new account, {@code LINKED} an existing one. */
    record Invited(String outcome) {}
}
