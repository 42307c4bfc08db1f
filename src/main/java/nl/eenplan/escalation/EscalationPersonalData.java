package nl.eenplan.escalation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.PersonalDataSection;
import nl.eenplan.audit.PersonalDataSource;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.FollowUp;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stagnation and escalation in a member's personal-data copy: the stagnation signals about him
 * or about an agreement (action) he takes part in (G-4), and the escalations about such agreements
 * with their steps (E-1..E-4). A household member sees these on the household's escalation page too.
 * Agreements of closed plans and participations that ended count as well: the copy is complete.
 */
@Component
class EscalationPersonalData implements PersonalDataSource {

    private final Escalations escalations;
    private final Stagnations stagnations;
    private final Team team;
    private final FollowUp followUp;

    EscalationPersonalData(Escalations escalations, Stagnations stagnations, Team team, FollowUp followUp) {
        this.escalations = escalations;
        this.stagnations = stagnations;
        this.team = team;
        this.followUp = followUp;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalDataSection contribute(UUID householdId, UUID memberId) {
        var everyone = team.everyParticipationIn(householdId);
        // The agreements (actions) the member takes or took part in, through any of his participations.
        var actions = followUp.actionsOf(everyone.stream()
                .filter(p -> memberId.equals(p.memberId()))
                .map(Participant::id)
                .toList());
        var data = new LinkedHashMap<String, Object>();
        data.put("stagnationSignals", signals(householdId, memberId, actions, everyone));
        data.put(
                "escalations",
                escalations.ofHousehold(householdId).reversed().stream()
                        .filter(e -> actions.contains(e.actionId()))
                        .map(EscalationPersonalData::escalation)
                        .toList());
        return new PersonalDataSection("escalation", data);
    }

    private List<Map<String, Object>> signals(
            UUID householdId, UUID memberId, Set<UUID> actions, List<Participant> everyone) {
        var byId = everyone.stream().collect(Collectors.toMap(Participant::id, p -> p));
        // Who signalled: his participation now, else the one that ended last (the list's order).
        var byAccount = new HashMap<UUID, String>();
        everyone.stream()
                .filter(p -> p.accountId() != null)
                .forEach(p -> byAccount.putIfAbsent(p.accountId(), p.name()));
        var shown = stagnations.ofHousehold(householdId).stream()
                .filter(s -> memberId.equals(byId.get(s.participantId()).memberId()) || actions.contains(s.actionId()))
                .toList();
        var what = followUp.whatOf(shown.stream().map(Stagnation::actionId).toList());
        return shown.stream()
                .map(s -> fields(
                        "agreement", what.get(s.actionId()),
                        "about", byId.get(s.participantId()).name(),
                        "aboutYou", memberId.equals(byId.get(s.participantId()).memberId()),
                        "kind", s.kind().name(),
                        "note", s.note(),
                        "followUp", s.followUp(),
                        "signalledBy", byAccount.get(s.signalledBy()),
                        "signalledAt", s.signalledAt()))
                .toList();
    }

    private static Map<String, Object> escalation(Escalation e) {
        var result = fields(
                "agreement", e.actionWhat(),
                "professional", e.parties().professionalName(),
                "coordinator", e.parties().coordinatorName(),
                "startedOn", e.startedOn(),
                "currentStep", e.currentStep(),
                "closed", e.closed(),
                "closedOn", e.closedOn());
        result.put(
                "steps",
                e.steps().stream()
                        .map(s -> fields(
                                "step", s.number(),
                                "startedOn", s.startedOn(),
                                "commitmentDue", s.commitmentDue(),
                                "metOn", s.metOn(),
                                "outcome",
                                        s.outcome() == null ? null : s.outcome().name(),
                                "agreements", s.agreements(),
                                "agreementDue", s.agreementDue(),
                                "intendedResult", s.intendedResult(),
                                "involvement",
                                        s.involvement() == null
                                                ? null
                                                : s.involvement().name(),
                                "note", s.note(),
                                "outcomeOn", s.outcomeOn()))
                        .toList());
        return result;
    }

    /** A map in the order given, which may hold nulls (Map.of may not). */
    private static Map<String, Object> fields(Object... namesAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
