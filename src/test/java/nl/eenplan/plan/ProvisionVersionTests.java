package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import nl.eenplan.calendar.PlanTerms;
import nl.eenplan.deadline.Deadline;
import nl.eenplan.deadline.DeadlineKind;
import nl.eenplan.deadline.DeadlineSource;
import nl.eenplan.plan.provision.MemberLaw;
import nl.eenplan.plan.provision.MemberLawEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Tab 3 in the versions (PL-3, PL-9, X-5) and the Wmo term among the deadlines (PL-10). */
class ProvisionVersionTests extends ProvisionTest {

    @Autowired
    List<DeadlineSource> sources;

    @Autowired
    PlanTerms terms;

    @Autowired
    MessageSource messages;

    @Test
    @DisplayName(
            "PL-3, PL-9: establishing freezes tab 3; the household and copy recipients see it, network members not")
    void tab3IsFrozenIntoTheVersion() {
        hannaCoordinates();
        action(schoolGoal, "Gesprek met de mentor");
        provisions.add(household, viewer(hanna), version(), youthCareForTim());
        var oma = citizen("Oma Jansen");
        networkMember(oma);
        var doctor = staff("Dokter Dijk");
        copyRecipient("Dokter Dijk", doctor.email(), doctor.id());
        shareWholePlanWith(household, doctor.id());
        establish();

        var version = planVersions.version(household, viewer(hanna), 1);
        var sections = version.parts().get("provisions");
        assertThat(sections).hasSize(2);
        var dutch = (java.util.function.Function<String, String>)
                key -> messages.getMessage(key, null, Locale.forLanguageTag("nl"));
        assertThat(sections.get(1).heading().in(dutch)).isEqualTo("Voorziening 1 voor Tim " + familyName);
        assertThat(sections.get(1).lines())
                .extracting(l -> l.label().in(dutch) + ": " + l.value().in(dutch))
                .contains(
                        "Wet: Jeugdwet",
                        "Soort voorziening: Ambulante jeugdhulp (hulp thuis of bij de aanbieder)",
                        "Voor welke doelen: Tim gaat weer graag naar school",
                        "Hoeveel: 4 uur per week",
                        "Stand van zaken: Aangevraagd");
        assertThat(planVersions.version(household, viewer(doctor), 1).parts()).containsKey("provisions");
        assertThat(planVersions.version(household, viewer(doctor), 1).parts().get("provisions"))
                .hasSize(2);
        assertThat(planVersions.version(household, viewer(oma), 1).parts())
                .satisfiesAnyOf(
                        parts -> assertThat(parts).doesNotContainKey("provisions"),
                        parts -> assertThat(parts.get("provisions")).isEmpty());
    }

    @Test
    @DisplayName(
            "PL-10: the Wmo personal plan is due 7 calendar days after the request for support (Wmo 2015 art. 2.3.2 lid 2)")
    void thePersonalPlanTermIsSevenDays() {
        hannaCoordinates();
        wmoFor(sanne, today());
        var due = terms.personalPlan(today()).due();
        assertThat(due).isAfterOrEqualTo(today().plusDays(7));

        var tab = provisions.read(household, viewer(hanna));
        assertThat(tab.member(sanne).orElseThrow().personalPlan().due()).isEqualTo(due);
        assertThat(personalPlanDeadlines()).singleElement().satisfies(d -> {
            assertThat(d.due()).isEqualTo(due);
            assertThat(d.what()).isEmpty();
            assertThat(d.path()).isEqualTo(plan() + "/provisions");
        });
        assertThat(sources.stream().flatMap(s -> s.accountsWithDeadlinesBetween(today(), due).stream()))
                .contains(hanna.id());

        // Handed in: the term is met.
        provisions.setLaw(
                household, viewer(hanna), version(), new MemberLawEntry(sanne, MemberLaw.WMO, today(), today()));
        assertThat(personalPlanDeadlines()).isEmpty();
    }

    @Test
    @DisplayName("PL-10: a term that ended before today is no deadline any more: the municipality goes on without it")
    void anEndedTermIsNoDeadline() {
        hannaCoordinates();
        wmoFor(sanne, today().minusDays(30));
        assertThat(personalPlanDeadlines()).isEmpty();
    }

    private List<Deadline> personalPlanDeadlines() {
        return sources.stream()
                .flatMap(s -> s.openDeadlinesOf(hanna.id(), today()).stream())
                .filter(d -> d.kind() == DeadlineKind.PERSONAL_PLAN)
                .toList();
    }
}
