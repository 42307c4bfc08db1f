package nl.eenplan.escalation;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The ladder and the stagnation prompt of each municipality (E-6: agreements between municipality
 * and organisations about scaling up). A municipality without its own uses the default: the ladder
 * seeded with the method's terms, and a prompt after {@value StagnationPrompts#DEFAULT_OVERDUE_WORKING_DAYS}
 * working days.
 */
@Repository
public class LadderSettings {

    /** The audit event of an administrator's change, to the municipality's own terms or back to the default. */
    public static final String CHANGED = "ESCALATION_SETTINGS_CHANGED";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    LadderSettings(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** The municipality's ladder, or the default one. */
    @Transactional(readOnly = true)
    public EscalationLadder ladderOf(UUID municipalityId) {
        var own = steps(municipalityId);
        return new EscalationLadder(own.isEmpty() ? steps(null) : own);
    }

    /** Gives the municipality a ladder of its own (replacing an earlier one). */
    @Transactional
    public void chooseLadder(UUID municipalityId, EscalationLadder ladder) {
        jdbc.sql("delete from escalation_ladder_step where municipality_id = ?")
                .param(municipalityId)
                .update();
        for (var step : ladder.steps()) {
            jdbc.sql("""
                            insert into escalation_ladder_step (municipality_id, step, owner, first_term_days,
                              commitment_working_days, commitment_after_first_term)
                            values (?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            municipalityId,
                            step.number(),
                            step.owner().name(),
                            step.firstTermDays(),
                            step.commitmentWorkingDays(),
                            step.commitmentAfterFirstTerm())
                    .update();
        }
    }

    /** G-4: the prompt rule of the municipality. */
    @Transactional(readOnly = true)
    public StagnationPrompts promptsOf(UUID municipalityId) {
        return new StagnationPrompts(
                jdbc.sql("select overdue_working_days from escalation_setting where municipality_id = ?")
                        .param(municipalityId)
                        .query(Integer.class)
                        .optional()
                        .orElse(StagnationPrompts.DEFAULT_OVERDUE_WORKING_DAYS));
    }

    /** G-4: after how many working days past its target date an action is proposed as stagnating. */
    @Transactional
    public void chooseOverdueWorkingDays(UUID municipalityId, int workingDays) {
        new StagnationPrompts(workingDays);
        jdbc.sql("""
                insert into escalation_setting (municipality_id, overdue_working_days) values (?, ?)
                on conflict (municipality_id) do update set overdue_working_days = excluded.overdue_working_days
                """).params(municipalityId, workingDays).update();
    }

    /** E-6: whether the municipality agreed a ladder or a prompt rule of its own. */
    @Transactional(readOnly = true)
    public boolean hasOwnSettings(UUID municipalityId) {
        return jdbc.sql("""
                        select exists (select 1 from escalation_ladder_step where municipality_id = ?)
                            or exists (select 1 from escalation_setting where municipality_id = ?)
                        """)
                .params(municipalityId, municipalityId)
                .query(Boolean.class)
                .single();
    }

    /** E-6, G-4: an administrator records the municipality's ladder and prompt rule together. */
    @Transactional
    public void choose(UUID municipalityId, UUID administrator, EscalationLadder ladder, StagnationPrompts prompts) {
        chooseLadder(municipalityId, ladder);
        chooseOverdueWorkingDays(municipalityId, prompts.overdueWorkingDays());
        record(municipalityId, administrator, describe(ladder, prompts));
    }

    /** E-6: the municipality goes back to the default ladder and prompt rule. */
    @Transactional
    public void restoreDefault(UUID municipalityId, UUID administrator) {
        jdbc.sql("delete from escalation_ladder_step where municipality_id = ?")
                .param(municipalityId)
                .update();
        jdbc.sql("delete from escalation_setting where municipality_id = ?")
                .param(municipalityId)
                .update();
        record(municipalityId, administrator, "default");
    }

    private void record(UUID municipalityId, UUID administrator, String detail) {
        audit.record(
                new AuditEvent(administrator, null, CHANGED, "organisation", municipalityId.toString(), null, detail)
                        .on(AccessBasis.administrator()));
    }

    private static String describe(EscalationLadder ladder, StagnationPrompts prompts) {
        return "prompt after " + prompts.overdueWorkingDays() + " working days; "
                + ladder.steps().stream()
                        .map(s -> "step " + s.number() + ": "
                                + (s.hasFirstTerm() ? s.firstTermDays() + " days, " : "")
                                + s.commitmentWorkingDays() + " working days")
                        .collect(Collectors.joining("; "));
    }

    private List<LadderStep> steps(UUID municipalityId) {
        var select = """
                select step, owner, first_term_days, commitment_working_days, commitment_after_first_term
                from escalation_ladder_step where\s""";
        var query = municipalityId == null
                ? jdbc.sql(select + "municipality_id is null order by step")
                : jdbc.sql(select + "municipality_id = ? order by step").param(municipalityId);
        return query.query((rs, n) -> new LadderStep(
                        rs.getInt("step"),
                        StepOwner.valueOf(rs.getString("owner")),
                        (Integer) rs.getObject("first_term_days"),
                        rs.getInt("commitment_working_days"),
                        rs.getBoolean("commitment_after_first_term")))
                .list();
    }
}
