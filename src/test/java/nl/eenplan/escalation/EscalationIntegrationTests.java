package nl.eenplan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.eenplan.consent.Viewer;
import nl.eenplan.deadline.DeadlineKind;
import nl.eenplan.plan.FollowUp;
import nl.eenplan.plan.PlanNotFound;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The ladder from stagnation to de-escalation, through the module's services on the real database. */
class EscalationIntegrationTests extends EscalationTest {

    @Autowired
    FollowUp followUp;

    @Autowired
    EscalationDeadlines deadlines;

    @Test
    @DisplayName(
            "E-1: a stagnation about a professional starts step 1, owned by the coordinator, with five working days")
    void signallingAProfessionalStartsTheLadder() {
        var e = petersEscalation();

        assertThat(e.currentStep()).isEqualTo(1);
        assertThat(e.open()).isTrue();
        assertThat(e.actionWhat()).isEqualTo("Aanvraag schuldhulp indienen");
        assertThat(e.parties().professionalName()).isEqualTo("Peter Traag");
        assertThat(e.current().ownerAccountId()).isEqualTo(hanna.id());
        assertThat(e.current().commitmentDue()).isEqualTo(LocalDate.of(2027, 3, 8));
        assertThat(auditEvents(hanna)).contains("ESCALATION_STARTED");
        assertThatThrownBy(() -> petersEscalation())
                .isInstanceOfSatisfying(
                        EscalationRefused.class,
                        r -> assertThat(r.reason()).isEqualTo("escalation.signal.alreadyOpen"));
    }

    @Test
    @DisplayName("G-4: about a household member no ladder starts; the coordinator's follow-up is recorded")
    void aHouseholdMemberGetsAFollowUpNotTheLadder() {
        var mothersAction = action("Post openen met Hanna", mother());
        var withoutFollowUp = new NewStagnation(mothersAction, mother().id(), null, " ");

        assertThatThrownBy(() -> signals.signal(household, hanna.id(), withoutFollowUp, TODAY))
                .isInstanceOfSatisfying(
                        EscalationRefused.class,
                        r -> assertThat(r.reason()).isEqualTo("escalation.signal.followUpRequired"));
        var id = signals.signal(
                household,
                hanna.id(),
                new NewStagnation(mothersAction, mother().id(), null, "Samen met oma de post openen"),
                TODAY);

        assertThat(id).isNull();
        assertThat(signals.withoutLadder(household))
                .singleElement()
                .satisfies(s -> assertThat(s.followUp()).isEqualTo("Samen met oma de post openen"));
        assertThat(escalations.ofHousehold(household)).isEmpty();
    }

    @Test
    @DisplayName("R-8: a stagnation of the coordinator cannot go up the coordinator's ladder; the social team decides")
    void theCoordinatorsOwnStagnationGoesToTheSocialTeam() {
        var hannasAction = action("Huisbezoek plannen", participant(hanna));

        assertThatThrownBy(() -> signals.signal(
                        household,
                        peter.id(),
                        new NewStagnation(hannasAction, participant(hanna).id(), null, null),
                        TODAY))
                .isInstanceOfSatisfying(
                        EscalationRefused.class,
                        r -> assertThat(r.reason()).isEqualTo("escalation.signal.coordinatorConcerned"));
    }

    @Test
    @DisplayName("G-4: the coordinator gets the prompt; other participants do not; the municipality's N decides")
    void promptsAreForTheCoordinatorOnly() {
        assertThat(signals.prompts(household, parties.visitor(household, hanna.id()), TODAY))
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.actionId()).isEqualTo(action);
                    assertThat(p.workingDaysLate()).isEqualTo(20);
                });
        assertThat(signals.prompts(household, parties.visitor(household, peter.id()), TODAY))
                .isEmpty();
        assertThat(signals.prompts(household, parties.visitor(household, carla.id()), TODAY))
                .isEmpty();

        settings.chooseOverdueWorkingDays(municipality.id(), 21);
        assertThat(signals.prompts(household, parties.visitor(household, hanna.id()), TODAY))
                .isEmpty();
        assertThat(signals.prompts(household, parties.visitor(household, hanna.id()), LocalDate.of(2027, 4, 2)))
                .singleElement()
                .satisfies(p -> assertThat(p.reason()).isEqualTo(StagnationPrompt.Reason.OVERDUE));
    }

    @Test
    @DisplayName(
            "E-1..E-5, C-1: up the ladder with NO_COMMITMENT; the contact point joins the team and reads the plan within consent")
    void upTheLadderToTheContactPoint() {
        var e = petersEscalation();
        assertThatThrownBy(() -> progress.raise(household, e.id(), hanna.id(), e.version(), 2, null, null, TODAY))
                .isInstanceOfSatisfying(
                        EscalationRefused.class,
                        r -> assertThat(r.reason()).isEqualTo("escalation.refused.outcomeFirst"));

        var two = noCommitmentAndUp(e, hanna, hanna);
        assertThat(two.current().ownerAccountId()).isEqualTo(hanna.id());
        var three = noCommitmentAndUp(two, hanna, hanna);
        assertThat(three.current().ownerAccountId()).isEqualTo(mia.id());
        assertThat(three.current().secondOwnerAccountId()).isEqualTo(bram.id());
        assertThat(three.current().firstDue()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThatThrownBy(() -> access.viewer(household, carla)).isInstanceOf(PlanNotFound.class);

        var four = noCommitmentAndUp(three, bram, mia);
        assertThat(four.current().ownerAccountId()).isEqualTo(carla.id());
        assertThat(four.contactPointParticipantId()).isNotNull();
        assertThat(access.viewer(household, carla).scope())
                .as("E-5 within consent: a seat in the team alone does not open the plan")
                .isEqualTo(Viewer.Scope.NO_CONSENT);
        shareWholePlanWith(household, carla.id());
        var carlaReads = access.viewer(household, carla);
        assertThat(carlaReads.mayEdit()).isTrue();
        assertThat(planReading.current(household, carlaReads).goals()).isNotEmpty();
        assertThat(auditEvents(carla)).contains("PLAN_READ");
    }

    @Test
    @DisplayName(
            "E-4, E-5: the contact point records and hands back; the agreement is an action in the plan, its seat ends")
    void deEscalationBringsTheAgreementsIntoThePlan() {
        var four = noCommitmentAndUp(
                noCommitmentAndUp(noCommitmentAndUp(petersEscalation(), hanna, hanna), hanna, hanna), mia, hanna);
        var due = LocalDate.of(2027, 3, 12);
        progress.recordOutcome(
                household,
                four.id(),
                carla.id(),
                four.version(),
                new StepOutcome(
                        Outcome.COMMITMENT,
                        "Schuldhulp dient de aanvraag deze week in",
                        due,
                        "Het gezin heeft een betalingsregeling",
                        Involvement.MUNICIPAL_SERVICES,
                        null),
                TODAY);
        var recorded = found(four.id());
        assertThatThrownBy(() -> deEscalation.deEscalate(household, four.id(), carla.id(), four.version(), TODAY))
                .isInstanceOf(EscalationChangedMeanwhile.class);

        var planAction = deEscalation.deEscalate(household, four.id(), carla.id(), recorded.version(), TODAY);

        var closed = found(four.id());
        assertThat(closed.closed()).isTrue();
        assertThat(closed.planActionId()).isEqualTo(planAction);
        var plan = followUp.currentPlan(household).orElseThrow();
        assertThat(plan.actions().filter(a -> a.id().equals(planAction)))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.what()).isEqualTo("Schuldhulp dient de aanvraag deze week in");
                    assertThat(a.goalId()).isEqualTo(goal);
                    assertThat(a.targetDate()).isEqualTo(due);
                    assertThat(a.participantIds())
                            .containsExactly(participant(peter).id());
                });
        assertThatThrownBy(() -> access.viewer(household, carla)).isInstanceOf(PlanNotFound.class);
        assertThat(auditEvents(carla)).contains("ESCALATION_DE_ESCALATED", "ESCALATION_CONTACT_POINT_LEFT");
    }

    @Test
    @DisplayName("E-1: after a commitment at step 1 the coordinator hands back without going up")
    void commitmentAtTheFirstStep() {
        var e = petersEscalation();
        progress.recordOutcome(
                household,
                e.id(),
                hanna.id(),
                e.version(),
                new StepOutcome(Outcome.COMMITMENT, "Peter belt maandag", TODAY.plusDays(7), null, null, null),
                TODAY);
        var committed = found(e.id());
        assertThatThrownBy(
                        () -> progress.raise(household, e.id(), hanna.id(), committed.version(), 2, null, null, TODAY))
                .isInstanceOfSatisfying(
                        EscalationRefused.class, r -> assertThat(r.reason()).isEqualTo("escalation.refused.committed"));
        assertThatThrownBy(() -> deEscalation.deEscalate(household, e.id(), peter.id(), committed.version(), TODAY))
                .isInstanceOfSatisfying(
                        EscalationRefused.class, r -> assertThat(r.reason()).isEqualTo("escalation.refused.notYours"));

        assertThat(deEscalation.deEscalate(household, e.id(), hanna.id(), committed.version(), TODAY))
                .isNotNull();
    }

    @Test
    @DisplayName("E-3: the current step's term is a deadline for its owners, until the outcome is recorded")
    void stepTermsAreDeadlinesOfTheirOwners() {
        var three = noCommitmentAndUp(noCommitmentAndUp(petersEscalation(), hanna, hanna), hanna, hanna);

        assertThat(deadlines.openDeadlinesOf(bram.id(), TODAY)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DeadlineKind.ESCALATION_STEP);
            assertThat(d.due()).isEqualTo(LocalDate.of(2027, 3, 15));
            assertThat(d.path()).isEqualTo("/households/" + household + "/escalations/" + three.id());
        });
        assertThat(deadlines.openDeadlinesOf(hanna.id(), TODAY)).isEmpty();
        assertThat(deadlines.accountsWithDeadlinesUntil(LocalDate.of(2027, 3, 15)))
                .contains(mia.id(), bram.id());
        assertThat(deadlines.accountsWithDeadlinesUntil(LocalDate.of(2027, 3, 14)))
                .doesNotContain(mia.id(), bram.id());

        var metOn = LocalDate.of(2027, 3, 3);
        progress.recordMeeting(household, three.id(), mia.id(), three.version(), metOn, metOn);
        assertThat(deadlines.openDeadlinesOf(mia.id(), TODAY))
                .singleElement()
                .satisfies(d -> assertThat(d.due()).isEqualTo(LocalDate.of(2027, 3, 10)));
    }

    @Test
    @DisplayName(
            "E-2..E-4: the overview shows managers of the organisations involved and the municipality's contact point")
    void theOverviewIsForTheOverseers() {
        var e = petersEscalation();

        assertThat(reading.overview(bram.id(), TODAY))
                .anySatisfy(r -> assertThat(r.listing().escalation().id()).isEqualTo(e.id()));
        assertThat(reading.overview(carla.id(), TODAY)).anySatisfy(r -> {
            assertThat(r.listing().escalation().id()).isEqualTo(e.id());
            assertThat(r.listing().household()).isEqualTo("Gezin " + familyName);
        });
        assertThat(reading.overview(otherManager.id(), TODAY))
                .noneSatisfy(r -> assertThat(r.listing().escalation().id()).isEqualTo(e.id()));
        assertThatThrownBy(() -> reading.overview(peter.id(), TODAY)).isInstanceOf(EscalationNotFound.class);
        assertThatThrownBy(() -> reading.detail(household, e.id(), otherManager.id()))
                .isInstanceOf(EscalationNotFound.class);
    }
}
