package nl.eenplan.escalation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Reads escalations and their steps from their tables. */
final class EscalationRows {

    /** An escalation as its row holds it, before its steps are read. */
    record Head(
            UUID id,
            int version,
            UUID householdId,
            UUID municipalityId,
            UUID actionId,
            UUID goalId,
            String actionWhat,
            Escalation.Parties parties,
            UUID contactPointParticipantId,
            int currentStep,
            LocalDate startedOn,
            Escalation.Ending ending) {

        Escalation with(List<EscalationStep> steps) {
            return new Escalation(
                    id,
                    version,
                    householdId,
                    municipalityId,
                    actionId,
                    goalId,
                    actionWhat,
                    parties,
                    contactPointParticipantId,
                    currentStep,
                    startedOn,
                    ending,
                    steps);
        }
    }

    private EscalationRows() {}

    static Head head(ResultSet rs, int row) throws SQLException {
        return new Head(
                uuid(rs, "id"),
                rs.getInt("version"),
                uuid(rs, "household_id"),
                uuid(rs, "municipality_id"),
                uuid(rs, "action_id"),
                uuid(rs, "goal_id"),
                rs.getString("action_what"),
                new Escalation.Parties(
                        uuid(rs, "coordinator_id"),
                        uuid(rs, "coordinator_account_id"),
                        rs.getString("coordinator_name"),
                        uuid(rs, "coordinator_organisation_id"),
                        uuid(rs, "professional_id"),
                        rs.getString("professional_name"),
                        uuid(rs, "professional_organisation_id")),
                uuid(rs, "contact_point_participant_id"),
                rs.getInt("current_step"),
                date(rs, "started_on"),
                "CLOSED".equals(rs.getString("status"))
                        ? new Escalation.Ending(
                                date(rs, "closed_on"), uuid(rs, "closed_by"), uuid(rs, "plan_action_id"))
                        : null);
    }

    static EscalationStep step(ResultSet rs, int row) throws SQLException {
        var outcome = rs.getString("outcome");
        var involvement = rs.getString("involvement");
        return new EscalationStep(
                rs.getInt("step"),
                uuid(rs, "owner_account_id"),
                uuid(rs, "second_owner_account_id"),
                date(rs, "started_on"),
                date(rs, "first_due"),
                date(rs, "commitment_due"),
                date(rs, "met_on"),
                outcome == null ? null : Outcome.valueOf(outcome),
                rs.getString("agreements"),
                date(rs, "agreement_due"),
                rs.getString("intended_result"),
                involvement == null ? null : Involvement.valueOf(involvement),
                rs.getString("note"),
                uuid(rs, "outcome_by"),
                date(rs, "outcome_on"));
    }

    private static UUID uuid(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, UUID.class);
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }
}
