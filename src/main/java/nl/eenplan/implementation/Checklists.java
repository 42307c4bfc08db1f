package nl.eenplan.implementation;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IMP-3: the implementation checklists of municipalities and organisations: started from a template (its
 * items copied), then kept item by item on the version the keeper saw.
 */
@Service
public class Checklists {

    /** The audit event of a checklist started from a template. */
    public static final String STARTED = "IMPLEMENTATION_CHECKLIST_STARTED";

    /** The audit event of a change of one item of a checklist. */
    public static final String ITEM_CHANGED = "IMPLEMENTATION_CHECKLIST_ITEM_CHANGED";

    private final JdbcClient jdbc;
    private final FrameworkChecklistAccess access;
    private final ChecklistTemplates templates;
    private final AuditLog audit;
    private final Clock clock;

    Checklists(
            JdbcClient jdbc,
            FrameworkChecklistAccess access,
            ChecklistTemplates templates,
            AuditLog audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.templates = templates;
        this.audit = audit;
        this.clock = clock;
    }

    /** The checklists of an organisation, newest first; {@link ChecklistNotFound} for who may not read them. */
    @Transactional(readOnly = true)
    public List<Checklist> of(UUID organisationId, AccountPrincipal reader) {
        access.organisation(organisationId);
        if (!access.mayReadChecklists(organisationId, reader)) {
            throw new ChecklistNotFound();
        }
        return jdbc
                .sql("select id from implementation_checklist where organisation_id = ? order by started_at desc, id")
                .param(organisationId)
                .query(UUID.class)
                .list()
                .stream()
                .map(this::load)
                .toList();
    }

    /** One checklist with its items in order. */
    @Transactional(readOnly = true)
    public Checklist find(UUID checklistId, AccountPrincipal reader) {
        var checklist = load(checklistId);
        if (!access.mayReadChecklists(checklist.organisationId(), reader)) {
            throw new ChecklistNotFound();
        }
        return checklist;
    }

    /** Starts a checklist for the organisation from the template, copying its items as they are now. */
    @Transactional
    public UUID start(UUID organisationId, UUID templateId, AccountPrincipal keeper) {
        var organisation = access.organisation(organisationId);
        if (!access.mayReadChecklists(organisationId, keeper)) {
            throw new ChecklistNotFound();
        }
        if (!access.mayKeepChecklists(organisationId, keeper)) {
            throw new NotAChecklistKeeper("implementation.checklist.notYours");
        }
        var template = templates.find(templateId);
        if (!template.fits(organisation.kind())) {
            throw new ChecklistRefused("implementation.checklist.wrongTemplate");
        }
        var id = UUID.randomUUID();
        jdbc.sql("""
                        insert into implementation_checklist (id, template_id, template_version, organisation_id, name,
                          started_by, started_at) values (?, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        id,
                        templateId,
                        template.version(),
                        organisationId,
                        template.name(),
                        keeper.id(),
                        Timestamp.from(clock.instant()))
                .update();
        for (var item : template.items()) {
            jdbc.sql("""
                            insert into implementation_checklist_item (id, checklist_id, position, section, text)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(UUID.randomUUID(), id, item.position(), item.section(), item.text())
                    .update();
        }
        record(keeper, STARTED, id, "template " + templateId + " version " + template.version());
        return id;
    }

    /** Records an item's action, responsible person, planned date and status; returns its new version. */
    @Transactional
    public int changeItem(
            UUID checklistId, UUID itemId, AccountPrincipal keeper, int seenVersion, ChecklistItemChange change) {
        var checklist = find(checklistId, keeper);
        if (!access.mayKeepChecklists(checklist.organisationId(), keeper)) {
            throw new NotAChecklistKeeper("implementation.checklist.notYours");
        }
        var item = checklist.items().stream()
                .filter(i -> i.id().equals(itemId))
                .findFirst()
                .orElseThrow(ChecklistNotFound::new);
        var problems = change.problems();
        if (!problems.isEmpty()) {
            throw new ChecklistRefused("implementation.item.invalid", problems);
        }
        var updated = jdbc.sql("""
                        update implementation_checklist_item set action = ?, responsible = ?, planned_on = ?, status = ?,
                          version = version + 1, changed_by = ?, changed_at = ?
                        where id = ? and checklist_id = ? and version = ?
                        """)
                .params(
                        change.action(),
                        change.responsible(),
                        change.plannedOn() == null ? null : Date.valueOf(change.plannedOn()),
                        change.status().name(),
                        keeper.id(),
                        Timestamp.from(clock.instant()),
                        itemId,
                        checklistId,
                        seenVersion)
                .update();
        if (updated == 0) {
            throw new ChecklistChangedMeanwhile(item.version());
        }
        record(keeper, ITEM_CHANGED, checklistId, "item " + itemId + ": " + change.status());
        return seenVersion + 1;
    }

    private void record(AccountPrincipal keeper, String event, UUID checklistId, String detail) {
        audit.record(new AuditEvent(keeper.id(), null, event, "checklist", checklistId.toString(), null, detail)
                .on(FrameworkChecklistAccess.isAdministrator(keeper) ? AccessBasis.administrator() : null));
    }

    private Checklist load(UUID checklistId) {
        var items = jdbc.sql("""
                        select id, position, section, text, action, responsible, planned_on, status, version
                        from implementation_checklist_item where checklist_id = ? order by position, id
                        """).param(checklistId).query(Checklists::item).list();
        return jdbc.sql("""
                        select id, template_id, template_version, organisation_id, name, started_at
                        from implementation_checklist where id = ?
                        """)
                .param(checklistId)
                .query((rs, n) -> new Checklist(
                        rs.getObject("id", UUID.class),
                        rs.getObject("template_id", UUID.class),
                        rs.getInt("template_version"),
                        rs.getObject("organisation_id", UUID.class),
                        rs.getString("name"),
                        rs.getTimestamp("started_at").toInstant(),
                        items))
                .optional()
                .orElseThrow(ChecklistNotFound::new);
    }

    private static ChecklistItem item(ResultSet rs, int n) throws SQLException {
        var planned = rs.getDate("planned_on");
        return new ChecklistItem(
                rs.getObject("id", UUID.class),
                rs.getInt("position"),
                rs.getString("section"),
                rs.getString("text"),
                rs.getString("action"),
                rs.getString("responsible"),
                planned == null ? null : planned.toLocalDate(),
                ChecklistStatus.valueOf(rs.getString("status")),
                rs.getInt("version"));
    }
}
