package nl.eenplan.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.Viewer;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.ParticipantKind;
import nl.eenplan.plan.FrozenSection;
import nl.eenplan.plan.FrozenText;
import nl.eenplan.plan.safety.SafetyPlanPart;
import nl.eenplan.plan.safety.SafetySight;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** PL-6, X-5, C-2: who sees the safety plan, live and in versions, by the same rule. */
class SafetySightTests extends PlanApiTest {

    @Autowired
    SafetySight sight;

    @Autowired
    SafetyPlanPart part;

    @Test
    @DisplayName("PL-6, X-5, C-1, C-2: who sees the safety plan, live and in versions: household members from 16, no"
            + " younger child; a network member only what names him; a professional only with consent for it")
    void whoSeesTheSafetyPlan() throws Exception {
        var petra = professional("Petra de Vries");
        var household = registerFamily(petra);
        var sanne = households.members(household).stream()
                .filter(m -> m.givenName().equals("Sanne"))
                .findFirst()
                .orElseThrow();
        var michael = households.members(household).stream()
                .filter(m -> m.givenName().equals("Michael"))
                .findFirst()
                .orElseThrow();
        var oma = UUID.randomUUID();
        var frozen = List.of(
                new FrozenSection(
                        FrozenText.message("plan.safety.section.risks"),
                        List.of(new FrozenSection.Line(FrozenText.plain("Sanne"), FrozenText.plain("Dreiging")))),
                new FrozenSection(
                        FrozenText.message("plan.safety.section.agreements"),
                        List.of(
                                new FrozenSection.Line(
                                        FrozenText.message("plan.safety.frozen.who", "Oma", oma.toString()),
                                        FrozenText.plain("Oma haalt Michael op")),
                                new FrozenSection.Line(
                                        FrozenText.message("plan.safety.frozen.who", "Petra", ""),
                                        FrozenText.plain("Petra belt")))),
                new FrozenSection(
                        FrozenText.message("plan.safety.section.calls"),
                        List.of(new FrozenSection.Line(
                                FrozenText.message("plan.safety.call.fixed.emergency.when"),
                                FrozenText.message("plan.safety.call.fixed.emergency.whom")))));

        var mother = viewer(household, ParticipantKind.HOUSEHOLD_MEMBER, sanne.id(), Map.of());
        var son = viewer(household, ParticipantKind.HOUSEHOLD_MEMBER, michael.id(), Map.of());
        var network = new Viewer(
                UUID.randomUUID(), participant(oma, household, ParticipantKind.NETWORK, null), Viewer.Scope.APPROACH);
        var planOnly = viewer(
                household,
                ParticipantKind.PROFESSIONAL,
                null,
                Map.of(sanne.id(), Set.of(InformationCategory.PLAN), michael.id(), Set.of(InformationCategory.PLAN)));
        var withSafety = viewer(
                household,
                ParticipantKind.PROFESSIONAL,
                null,
                Map.of(
                        sanne.id(),
                        Set.of(InformationCategory.PLAN, InformationCategory.SAFETY_PLAN),
                        michael.id(),
                        Set.of(InformationCategory.PLAN, InformationCategory.SAFETY_PLAN)));

        assertThat(sight.of(mother)).isEqualTo(SafetySight.Seen.ALL);
        assertThat(sight.of(son)).as("14 years old").isEqualTo(SafetySight.Seen.NONE);
        assertThat(sight.of(network)).isEqualTo(SafetySight.Seen.NAMED);
        assertThat(sight.of(planOnly)).isEqualTo(SafetySight.Seen.NONE);
        assertThat(sight.of(withSafety)).isEqualTo(SafetySight.Seen.ALL);
        assertThat(part.asSeenBy(withSafety, frozen)).isEqualTo(frozen);
        assertThat(part.asSeenBy(planOnly, frozen))
                .as("nothing of it in versions or the PDF")
                .isEmpty();
        assertThat(part.asSeenBy(son, frozen)).isEmpty();
        var seenByOma = part.asSeenBy(network, frozen);
        assertThat(seenByOma).hasSize(2);
        assertThat(seenByOma.getFirst().lines())
                .extracting(l -> l.value().plain())
                .containsExactly("Oma haalt Michael op");
        assertThat(seenByOma.get(1).lines()).as("112 always").hasSize(1);
    }

    private static Viewer viewer(
            UUID household, ParticipantKind kind, UUID memberId, Map<UUID, Set<InformationCategory>> shared) {
        return new Viewer(
                UUID.randomUUID(),
                participant(UUID.randomUUID(), household, kind, memberId),
                Viewer.Scope.FULL,
                Map.of(),
                shared);
    }

    private static Participant participant(UUID id, UUID household, ParticipantKind kind, UUID memberId) {
        return new Participant(
                id, household, kind, memberId, null, null, "Iemand", "rol", Set.of(), null, null, true, false, false,
                null);
    }
}
