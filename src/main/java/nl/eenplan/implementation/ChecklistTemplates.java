package nl.eenplan.implementation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.home.FieldRules;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IMP-3: the checklist templates, data an administrator keeps: items added, changed, removed and moved,
 * each on the template version he saw. Checklists already started keep their own copy (ADR 37).
 */
@Service
public class ChecklistTemplates {

    /** The audit event of an administrator's change of a template. */
    public static final String CHANGED = "IMPLEMENTATION_TEMPLATE_CHANGED";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    ChecklistTemplates(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every template, by name, with its items. */
    @Transactional(readOnly = true)
    public List<ChecklistTemplate> all() {
        return jdbc
                .sql("select id from implementation_checklist_template order by name")
                .query(UUID.class)
                .list()
                .stream()
                .map(this::find)
                .toList();
    }

    /** The template with its items in order; {@link ChecklistNotFound} when there is none. */
    @Transactional(readOnly = true)
    public ChecklistTemplate find(UUID templateId) {
        var items = jdbc.sql("""
                        select id, position, section, text from implementation_template_item
                        where template_id = ? order by position, id
                        """)
                .param(templateId)
                .query((rs, n) -> new ChecklistTemplate.TemplateItem(
                        rs.getObject("id", UUID.class),
                        rs.getInt("position"),
                        rs.getString("section"),
                        rs.getString("text")))
                .list();
        return jdbc.sql("select id, name, for_kind, version from implementation_checklist_template where id = ?")
                .param(templateId)
                .query((rs, n) -> new ChecklistTemplate(
                        rs.getObject("id", UUID.class),
                        rs.getString("name"),
                        rs.getString("for_kind"),
                        rs.getInt("version"),
                        items))
                .optional()
                .orElseThrow(ChecklistNotFound::new);
    }

    /** Adds an item at the end (or at {@code position}, counted from 1); returns the new template version. */
    @Transactional
    public int addItem(UUID templateId, AccountPrincipal admin, int seenVersion, String section, String text) {
        var items = editable(templateId, admin, seenVersion);
        check(section, text);
        items.add(new ChecklistTemplate.TemplateItem(UUID.randomUUID(), 0, section.strip(), text.strip()));
        return store(templateId, admin, items, "item added");
    }

    /** Changes an item's section, text and place (counted from 1); returns the new template version. */
    @Transactional
    public int changeItem(
            UUID templateId,
            UUID itemId,
            AccountPrincipal admin,
            int seenVersion,
            String section,
            String text,
            int position) {
        var items = editable(templateId, admin, seenVersion);
        check(section, text);
        var index = indexOf(items, itemId);
        items.remove(index);
        var place = Math.clamp(position - 1L, 0, items.size());
        items.add(place, new ChecklistTemplate.TemplateItem(itemId, 0, section.strip(), text.strip()));
        return store(templateId, admin, items, "item changed");
    }

    /** Moves an item one place up ({@code -1}) or down ({@code 1}); returns the new template version. */
    @Transactional
    public int moveItem(UUID templateId, UUID itemId, AccountPrincipal admin, int seenVersion, int by) {
        var items = editable(templateId, admin, seenVersion);
        var index = indexOf(items, itemId);
        var item = items.remove(index);
        items.add(Math.clamp((long) index + Integer.signum(by), 0, items.size()), item);
        return store(templateId, admin, items, "item moved");
    }

    /** Removes an item; returns the new template version. */
    @Transactional
    public int removeItem(UUID templateId, UUID itemId, AccountPrincipal admin, int seenVersion) {
        var items = editable(templateId, admin, seenVersion);
        items.remove(indexOf(items, itemId));
        return store(templateId, admin, items, "item removed");
    }

    private List<ChecklistTemplate.TemplateItem> editable(UUID templateId, AccountPrincipal admin, int seenVersion) {
        if (!FrameworkChecklistAccess.isAdministrator(admin)) {
            throw new ChecklistNotFound();
        }
        var current = jdbc.sql("select version from implementation_checklist_template where id = ? for update")
                .param(templateId)
                .query(Integer.class)
                .optional()
                .orElseThrow(ChecklistNotFound::new);
        if (current != seenVersion) {
            throw new ChecklistChangedMeanwhile(current);
        }
        return new ArrayList<>(find(templateId).items());
    }

    private int store(
            UUID templateId, AccountPrincipal admin, List<ChecklistTemplate.TemplateItem> items, String what) {
        if (items.size() > FieldRules.ROWS) {
            throw new ChecklistRefused("implementation.template.tooMany");
        }
        jdbc.sql("delete from implementation_template_item where template_id = ?")
                .param(templateId)
                .update();
        for (var i = 0; i < items.size(); i++) {
            var item = items.get(i);
            jdbc.sql(
                            "insert into implementation_template_item (id, template_id, position, section, text) values (?, ?, ?, ?, ?)")
                    .params(item.id(), templateId, i + 1, item.section(), item.text())
                    .update();
        }
        var version = jdbc.sql(
                        "update implementation_checklist_template set version = version + 1 where id = ? returning version")
                .param(templateId)
                .query(Integer.class)
                .single();
        audit.record(new AuditEvent(admin.id(), null, CHANGED, "checklist-template", templateId.toString(), null, what)
                .on(AccessBasis.administrator()));
        return version;
    }

    private static int indexOf(List<ChecklistTemplate.TemplateItem> items, UUID itemId) {
        for (var i = 0; i < items.size(); i++) {
            if (items.get(i).id().equals(itemId)) {
                return i;
            }
        }
        throw new ChecklistNotFound();
    }

    private static void check(String section, String text) {
        var problems = new LinkedHashMap<String, String>();
        if (section == null || section.isBlank()) {
            problems.put("section", "implementation.template.section.required");
        } else if (section.strip().length() > FieldRules.NAME || !FieldRules.isText(section, false)) {
            problems.put("section", "implementation.template.section.invalid");
        }
        if (text == null || text.isBlank()) {
            problems.put("text", "implementation.template.text.required");
        } else if (text.strip().length() > FieldRules.SHORT_TEXT || !FieldRules.isText(text, false)) {
            problems.put("text", "implementation.template.text.invalid");
        }
        if (!problems.isEmpty()) {
            throw new ChecklistRefused("implementation.template.invalid", problems);
        }
    }
}
