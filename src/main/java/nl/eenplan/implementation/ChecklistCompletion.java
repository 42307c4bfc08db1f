package nl.eenplan.implementation;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * IMP-3, IMP-4: the state of an organisation's implementation from its newest checklist (the one
 * started last, as {@link Checklists#of} lists them first). Only counts are read, no item's text: the
 * basic requirements show them to everyone who may see the provider's standing.
 */
@Component
class ChecklistCompletion {

    private final JdbcClient jdbc;

    ChecklistCompletion(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    ImplementationState of(UUID organisationId) {
        return jdbc.sql("""
                        select c.id, c.name, count(i.id) as total,
                          count(i.id) filter (where i.status = 'DONE') as done, max(i.changed_at) as last_change
                        from implementation_checklist c
                        left join implementation_checklist_item i on i.checklist_id = c.id
                        where c.organisation_id = ?
                        group by c.id, c.name, c.started_at
                        order by c.started_at desc, c.id
                        limit 1
                        """)
                .param(organisationId)
                .query((rs, n) -> {
                    var progress = new ChecklistProgress(rs.getInt("done"), rs.getInt("total"));
                    return new ImplementationState(
                            rs.getObject("id", UUID.class),
                            rs.getString("name"),
                            progress,
                            progress.complete() ? day(rs.getTimestamp("last_change")) : null);
                })
                .optional()
                .orElseGet(ImplementationState::none);
    }

    /** The day in the Netherlands on which the last item was marked. */
    private static LocalDate day(Timestamp moment) {
        return moment == null ? null : LocalDate.ofInstant(moment.toInstant(), DutchTime.ZONE);
    }
}
