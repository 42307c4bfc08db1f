package nl.eenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.NewMember;
import nl.eenplan.participation.NewHousehold;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A household expecting a child: the unborn child is no subject of consent of its own (C-1). */
class ExpectedChildConsentTests extends PlanConsentTest {

    @Test
    @DisplayName("C-1: consent of the born members opens the plan to a professional when a child is expected")
    void anExpectedChildDoesNotKeepThePlanClosed() {
        var expecting = cases.open(
                hanna,
                new NewHousehold(
                        "Gezin Verwacht " + familyName,
                        provider.municipalityId(),
                        "Kerkstraat 4",
                        "1234 CD",
                        "Gouda",
                        List.of(
                                NewMember.born("Lotte", familyName, today.minusYears(29), "moeder"),
                                NewMember.unborn("Baby", familyName, today.plusMonths(3), "verwacht kind"))));

        assertThat(access.viewer(expecting, hanna.id(), today).scope()).isEqualTo(Viewer.Scope.NO_CONSENT);
        shareWholePlanWith(expecting, hanna.id());

        assertThat(access.viewer(expecting, hanna.id(), today).scope()).isEqualTo(Viewer.Scope.FULL);
    }
}
