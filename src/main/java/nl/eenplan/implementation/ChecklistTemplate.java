package nl.eenplan.implementation;

import java.util.List;
import java.util.UUID;
import nl.eenplan.organisation.OrganisationKind;

/**
 * IMP-3: a template for checklists, for a municipality or for an organisation, with its items in order;
 * the version goes up with every change.
 */
public record ChecklistTemplate(UUID id, String name, String forKind, int version, List<TemplateItem> items) {

    /** Whether checklists of this kind of organisation start from this template. */
    public boolean fits(OrganisationKind kind) {
        return forKind.equals(kind == OrganisationKind.MUNICIPALITY ? "MUNICIPALITY" : "ORGANISATION");
    }

    /** IMP-3: one item of a template: its section (such as "A. Commitment") and what is to be in place. */
    public record TemplateItem(UUID id, int position, String section, String text) {}
}
