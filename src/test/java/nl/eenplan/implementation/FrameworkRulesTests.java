package nl.eenplan.implementation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The frameworks of a municipality: kept current with their history, by whom (IMP-1). */
class FrameworkRulesTests extends ImplementationTest {

    static MunicipalFramework framework(String youthPolicy) {
        return new MunicipalFramework(
                youthPolicy,
                "Regie hangt af van de casus",
                "Aanbieders declareren casusregie",
                "In ontwikkeling",
                "In ontwikkeling",
                "");
    }

    @Test
    @DisplayName("IMP-1: every change is a new version; the history keeps who changed what when, with the earlier text")
    void historyIsKept() {
        assertThat(frameworks.current(municipality.id(), agendaHolder).version())
                .isZero();
        assertThat(frameworks.change(municipality.id(), agendaHolder, 0, framework("In visie opgenomen")))
                .isEqualTo(1);
        assertThat(frameworks.change(municipality.id(), administrator, 1, framework("Vastgelegd in contracten")))
                .isEqualTo(2);

        var current = frameworks.current(municipality.id(), professional);
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.framework().youthPolicy()).isEqualTo("Vastgelegd in contracten");
        assertThat(current.changedByName()).isEqualTo("Ada Beheer");
        var history = frameworks.history(municipality.id(), professional);
        assertThat(history).extracting(FrameworkVersion::version).containsExactly(2, 1);
        assertThat(history.get(1).framework().youthPolicy()).isEqualTo("In visie opgenomen");
        assertThat(history.get(1).changedByName()).isEqualTo("Anna Agenda");
        assertThat(history.get(1).changedAt()).isNotNull();
        assertThat(events(agendaHolder)).contains(MunicipalFrameworks.CHANGED);
    }

    @Test
    @DisplayName("IMP-1: a change on an older version is refused and nothing is stored")
    void staleVersionRefused() {
        frameworks.change(municipality.id(), agendaHolder, 0, framework("Eerste tekst"));
        assertThatThrownBy(() -> frameworks.change(municipality.id(), administrator, 0, framework("Overschreven")))
                .isInstanceOf(FrameworkChangedMeanwhile.class)
                .extracting(e -> ((FrameworkChangedMeanwhile) e).currentVersion())
                .isEqualTo(1);
        assertThat(frameworks
                        .current(municipality.id(), agendaHolder)
                        .framework()
                        .youthPolicy())
                .isEqualTo("Eerste tekst");
        assertThat(frameworks.history(municipality.id(), agendaHolder)).hasSize(1);
    }

    @Test
    @DisplayName(
            "IMP-1: staff of another municipality neither read nor change; a professional reads but may not change")
    void onlyTheMunicipalityKeepsItsFrameworks() {
        assertThatThrownBy(() -> frameworks.current(municipality.id(), otherAgendaHolder))
                .isInstanceOf(FrameworkNotFound.class);
        assertThatThrownBy(() -> frameworks.change(municipality.id(), otherAgendaHolder, 0, framework("Nee")))
                .isInstanceOf(FrameworkNotFound.class);
        assertThat(frameworks.current(municipality.id(), professional).version())
                .isZero();
        assertThatThrownBy(() -> frameworks.change(municipality.id(), professional, 0, framework("Nee")))
                .isInstanceOf(NotAChecklistKeeper.class);
        assertThatThrownBy(() -> frameworks.change(municipality.id(), manager, 0, framework("Nee")))
                .isInstanceOf(NotAChecklistKeeper.class);
        assertThat(frameworks.history(municipality.id(), agendaHolder)).isEmpty();
    }

    @Test
    @DisplayName("IMP-1: a text that is too long or holds control characters is refused, naming the field")
    void badTextRefused() {
        var tooLong = new MunicipalFramework("x".repeat(2_001), "", "", "", "", "bel\u0007");
        assertThatThrownBy(() -> frameworks.change(municipality.id(), agendaHolder, 0, tooLong))
                .isInstanceOf(ChecklistRefused.class)
                .extracting(e -> ((ChecklistRefused) e).fields().keySet())
                .asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.COLLECTION)
                .containsExactlyInAnyOrder("youthPolicy", "wmoFunding");
        assertThat(frameworks.history(municipality.id(), agendaHolder)).isEmpty();
    }
}
