package nl.eenplan.plan;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.PersonalDataSection;
import nl.eenplan.audit.PersonalDataSource;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The plans in a member's personal-data copy. A household member sees the whole plan, so
 * the copy holds every plan of the household, current and closed, whole: tab 1, goals, actions with
 * who does them (marking those the member takes part in), evaluations, the established versions as
 * they were frozen, and the copies sent to the member.
 */
@Component
class PlanPersonalData implements PersonalDataSource {

    private final Plans plans;
    private final JdbcClient jdbc;
    private final Team team;
    private final JsonMapper json;

    PlanPersonalData(Plans plans, JdbcClient jdbc, Team team, JsonMapper json) {
        this.plans = plans;
        this.jdbc = jdbc;
        this.team = team;
        this.json = json;
    }

    @Override
    @Transactional(readOnly = true)
    public PersonalDataSection contribute(UUID householdId, UUID memberId) {
        var participants = team.of(householdId);
        Map<UUID, String> names = participants.stream().collect(Collectors.toMap(Participant::id, Participant::name));
        var own = participants.stream()
                .filter(p -> memberId.equals(p.memberId()))
                .map(Participant::id)
                .collect(Collectors.toSet());
        var planIds = jdbc.sql("select id from plan where household_id = ? order by created_at")
                .param(householdId)
                .query(UUID.class)
                .list();
        var data = new LinkedHashMap<String, Object>();
        data.put(
                "plans",
                planIds.stream()
                        .map(plans::find)
                        .flatMap(Optional::stream)
                        .map(plan -> plan(plan, names, own))
                        .toList());
        return new PersonalDataSection("plan", data);
    }

    private Map<String, Object> plan(Plan plan, Map<UUID, String> names, Set<UUID> own) {
        var result = fields(
                "status", plan.status().name(),
                "createdAt", plan.createdAt(),
                "closedAt", plan.closedAt(),
                "closeReason",
                        plan.closeReason() == null ? null : plan.closeReason().name(),
                "arrangement",
                        plan.arrangement() == null ? null : plan.arrangement().name(),
                "arrangementOther", plan.arrangementOther(),
                "firstAgreements", plan.firstAgreements(),
                "familyGroupPlan", plan.familyGroupPlan(),
                "writtenPlanRequestedOn", plan.writtenPlanRequestedOn(),
                "noFamilyGroupPlanOn", plan.noFamilyGroupPlanOn(),
                "situation", plan.situation().description(),
                "helpQuestion", plan.situation().helpQuestion(),
                "fosterParents",
                        plan.situation().fosterParentIds().stream()
                                .map(id -> names.getOrDefault(id, "?"))
                                .sorted()
                                .toList(),
                "closedYouthCareSince", plan.situation().closedYouthCareOn());
        result.put("goals", plan.goals().stream().map(g -> goal(g, names, own)).toList());
        result.put("versions", versions(plan));
        result.put("copiesReceived", copies(plan, own));
        return result;
    }

    private static Map<String, Object> goal(Goal goal, Map<UUID, String> names, Set<UUID> own) {
        var result = fields(
                "priority",
                goal.priority(),
                "title",
                goal.title(),
                "status",
                goal.status().name());
        result.put(
                "actions",
                goal.actions().stream()
                        .map(a -> fields(
                                "what", a.what(),
                                "who",
                                        a.participantIds().stream()
                                                .map(names::get)
                                                .filter(Objects::nonNull)
                                                .sorted()
                                                .toList(),
                                "youTakePart", a.participantIds().stream().anyMatch(own::contains),
                                "startDate", a.startDate(),
                                "targetDate", a.targetDate(),
                                "evaluationDate", a.evaluationDate(),
                                "doneAt", a.doneAt()))
                        .toList());
        result.put(
                "evaluations",
                goal.evaluations().stream()
                        .map(e -> fields(
                                "evaluatedOn", e.evaluatedOn(),
                                "reached", e.reached(),
                                "actionsDone", e.actionsDone(),
                                "whyNotDone", e.whyNotDone(),
                                "howToImprove", e.howToImprove(),
                                "whyNoEffect", e.whyNoEffect(),
                                "onRightTrack", e.onRightTrack(),
                                "meaningForHousehold", e.meaningForHousehold(),
                                "achieved", e.achieved()))
                        .toList());
        return result;
    }

    private List<Map<String, Object>> versions(Plan plan) {
        return jdbc.sql("select number, established_at, snapshot from plan_version where plan_id = ? order by number")
                .param(plan.id())
                .query((rs, n) -> fields(
                        "number", rs.getInt("number"),
                        "establishedAt", rs.getTimestamp("established_at").toInstant(),
                        "snapshot", json.readTree(rs.getString("snapshot"))))
                .list();
    }

    private List<Map<String, Object>> copies(Plan plan, Set<UUID> own) {
        var ids = own.stream().map(UUID::toString).collect(Collectors.joining(","));
        return jdbc.sql("""
                        select version_number, sent_at from plan_copy
                        where plan_id = ? and participant_id::text = any(string_to_array(?, ',')) order by sent_at
                        """)
                .params(plan.id(), ids)
                .query((rs, n) ->
                        fields("version", rs.getInt("version_number"), "sentAt", instant(rs.getTimestamp("sent_at"))))
                .list();
    }

    /** A map in the order given, which may hold nulls (Map.of may not). */
    private static Map<String, Object> fields(Object... namesAndValues) {
        var map = new LinkedHashMap<String, Object>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
