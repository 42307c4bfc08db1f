package nl.eenplan.escalation;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.audit.PersonalDataSection;
import nl.eenplan.audit.PersonalDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
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
    private final JdbcClient jdbc;

    EscalationPersonalData(Escalations escalations, JdbcClient jdbc) {
        this.escalations = escalations;
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalDataSection contribute(UUID householdId, UUID memberId) {
        var actions = actionsOf(householdId, memberId);
        var data = new LinkedHashMap<String, Object>();
        data.put("stagnationSignals", signals(householdId, memberId, actions));
        data.put(
                "escalations",
                escalations.ofHousehold(householdId).reversed().stream()
                        .filter(e -> actions.contains(e.actionId()))
                        .map(EscalationPersonalData::escalation)
                        .toList());
        return new PersonalDataSection("escalation", data);
    }

    /** The agreements (actions) the member takes or took part in, through any of his participations. */
    private Set<UUID> actionsOf(UUID householdId, UUID memberId) {
        return new HashSet<>(
                jdbc.sql("""
                        select ap.action_id from action_participant ap join participant p on p.id = ap.participant_id
                        where p.household_id = ? and p.member_id = ?
                        """).params(householdId, memberId).query(UUID.class).list());
    }

    private List<Map<String, Object>> signals(UUID householdId, UUID memberId, Set<UUID> actions) {
        var ids = String.join(",", actions.stream().map(UUID::toString).toList());
        return jdbc.sql("""
                        select s.participant_kind, s.note, s.follow_up, s.signalled_at, a.what, p.member_id,
                          p.name as concerned,
                          (select b.name from participant b where b.household_id = s.household_id
                             and b.account_id = s.signalled_by order by b.removed_at desc nulls first limit 1) as signaller
                        from stagnation s join action a on a.id = s.action_id join participant p on p.id = s.participant_id
                        where s.household_id = ?
                          and (p.member_id = ? or s.action_id::text = any(string_to_array(?, ',')))
                        order by s.signalled_at
                        """)
                .params(householdId, memberId, ids)
                .query((rs, n) -> fields(
                        "agreement", rs.getString("what"),
                        "about", rs.getString("concerned"),
                        "aboutYou", memberId.equals(rs.getObject("member_id", UUID.class)),
                        "kind", rs.getString("participant_kind"),
                        "note", rs.getString("note"),
                        "followUp", rs.getString("follow_up"),
                        "signalledBy", rs.getString("signaller"),
                        "signalledAt", rs.getTimestamp("signalled_at").toInstant()))
                .list();
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
