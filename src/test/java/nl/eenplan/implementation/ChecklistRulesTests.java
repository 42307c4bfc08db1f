package nl.eenplan.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Implementation checklists from templates: copied at the start, kept item by item (IMP-3). */
class ChecklistRulesTests extends ImplementationTest {

    @Test
    @DisplayName("IMP-3: a checklist copies its template's items; a later change of the template leaves it alone")
    void startingCopiesTheTemplate() {
        var template = templates.find(MUNICIPALITY_TEMPLATE);
        var id = checklists.start(municipality.id(), MUNICIPALITY_TEMPLATE, agendaHolder);
        var checklist = checklists.find(id, agendaHolder);
        assertThat(checklist.templateVersion()).isEqualTo(template.version());
        assertThat(checklist.items())
                .extracting(ChecklistItem::section, ChecklistItem::text)
                .containsExactlyElementsOf(template.items().stream()
                        .map(i -> org.assertj.core.groups.Tuple.tuple(i.section(), i.text()))
                        .toList());
        assertThat(checklist.items().getFirst().section()).isEqualTo("A. Commitment");
        assertThat(checklist.items()).extracting(ChecklistItem::section).contains("G. Onderhoud");
        assertThat(events(agendaHolder)).contains(Checklists.STARTED);

        var first = template.items().getFirst();
        try {
            templates.changeItem(
                    MUNICIPALITY_TEMPLATE, first.id(), administrator, template.version(), "A. Commitment", "Nieuw", 1);
            assertThat(checklists.find(id, agendaHolder).items().getFirst().text())
                    .isEqualTo(first.text());
        } finally {
            var now = templates.find(MUNICIPALITY_TEMPLATE);
            templates.changeItem(
                    MUNICIPALITY_TEMPLATE, first.id(), administrator, now.version(), first.section(), first.text(), 1);
        }
    }

    @Test
    @DisplayName("IMP-3: progress counts the items done out of all items")
    void progressCounts() {
        var id = checklists.start(provider.id(), MIDDEN_HOLLAND_TEMPLATE, manager);
        var items = checklists.find(id, manager).items();
        assertThat(checklists.find(id, manager).progress()).isEqualTo(new ChecklistProgress(0, items.size()));
        checklists.changeItem(id, items.get(0).id(), manager, 0, change(ChecklistStatus.DONE));
        checklists.changeItem(id, items.get(1).id(), manager, 0, change(ChecklistStatus.IN_PROGRESS));
        checklists.changeItem(id, items.get(2).id(), manager, 0, change(ChecklistStatus.DONE));
        var progress = checklists.find(id, professional).progress();
        assertThat(progress).isEqualTo(new ChecklistProgress(2, items.size()));
        assertThat(progress.percent()).isEqualTo(200 / items.size());
        var kept = checklists.find(id, manager).items().getFirst();
        assertThat(kept.action()).isEqualTo("Werkinstructie schrijven");
        assertThat(kept.responsible()).isEqualTo("Mia Manager");
        assertThat(kept.plannedOn()).isEqualTo(LocalDate.of(2027, 3, 1));
        assertThat(events(manager)).contains(Checklists.ITEM_CHANGED);
    }

    @Test
    @DisplayName("IMP-3: a change of an item on an older version is refused and nothing is stored")
    void staleItemRefused() {
        var id = checklists.start(provider.id(), ORGANISATION_TEMPLATE, manager);
        var item = checklists.find(id, manager).items().getFirst();
        checklists.changeItem(id, item.id(), manager, 0, change(ChecklistStatus.IN_PROGRESS));
        assertThatThrownBy(() -> checklists.changeItem(id, item.id(), administrator, 0, change(ChecklistStatus.DONE)))
                .isInstanceOf(ChecklistChangedMeanwhile.class);
        assertThat(checklists.find(id, manager).items().getFirst().status()).isEqualTo(ChecklistStatus.IN_PROGRESS);
    }

    @Test
    @DisplayName("IMP-3: only keepers start and keep a checklist; a professional reads it, other staff do not see it")
    void whoKeepsAChecklist() {
        assertThatThrownBy(() -> checklists.start(provider.id(), ORGANISATION_TEMPLATE, professional))
                .isInstanceOf(NotAChecklistKeeper.class);
        assertThatThrownBy(() -> checklists.start(municipality.id(), MUNICIPALITY_TEMPLATE, otherAgendaHolder))
                .isInstanceOf(ChecklistNotFound.class);
        assertThatThrownBy(() -> checklists.start(provider.id(), MUNICIPALITY_TEMPLATE, manager))
                .isInstanceOf(ChecklistRefused.class);
        var id = checklists.start(provider.id(), ORGANISATION_TEMPLATE, manager);
        var item = checklists.find(id, professional).items().getFirst();
        assertThatThrownBy(() -> checklists.changeItem(id, item.id(), professional, 0, change(ChecklistStatus.DONE)))
                .isInstanceOf(NotAChecklistKeeper.class);
        assertThatThrownBy(() -> checklists.find(id, otherAgendaHolder)).isInstanceOf(ChecklistNotFound.class);
        assertThat(checklists.of(provider.id(), professional)).hasSize(1);
    }

    @Test
    @DisplayName("IMP-3: an administrator adds, moves and removes template items on the version he saw; staff may not")
    void administratorsKeepTemplates() {
        var template = templates.find(ORGANISATION_TEMPLATE);
        var size = template.items().size();
        assertThatThrownBy(() -> templates.addItem(ORGANISATION_TEMPLATE, manager, template.version(), "A", "Nee"))
                .isInstanceOf(ChecklistNotFound.class);
        var added = templates.addItem(
                ORGANISATION_TEMPLATE, administrator, template.version(), "Z. Extra", "Een extra punt");
        var withExtra = templates.find(ORGANISATION_TEMPLATE);
        var extra = withExtra.items().getLast();
        assertThat(extra.text()).isEqualTo("Een extra punt");
        assertThat(extra.position()).isEqualTo(size + 1);
        var moved = templates.moveItem(ORGANISATION_TEMPLATE, extra.id(), administrator, added, -1);
        assertThat(templates.find(ORGANISATION_TEMPLATE).items().get(size - 1).id())
                .isEqualTo(extra.id());
        assertThatThrownBy(() -> templates.removeItem(ORGANISATION_TEMPLATE, extra.id(), administrator, added))
                .isInstanceOf(ChecklistChangedMeanwhile.class);
        templates.removeItem(ORGANISATION_TEMPLATE, extra.id(), administrator, moved);
        assertThat(templates.find(ORGANISATION_TEMPLATE).items())
                .extracting(ChecklistTemplate.TemplateItem::text)
                .containsExactlyElementsOf(template.items().stream()
                        .map(ChecklistTemplate.TemplateItem::text)
                        .toList());
        assertThat(events(administrator)).contains(ChecklistTemplates.CHANGED);
    }

    static ChecklistItemChange change(ChecklistStatus status) {
        return new ChecklistItemChange("Werkinstructie schrijven", "Mia Manager", LocalDate.of(2027, 3, 1), status);
    }
}
