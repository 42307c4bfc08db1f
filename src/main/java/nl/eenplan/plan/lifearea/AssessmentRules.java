package nl.eenplan.plan.lifearea;

import java.time.LocalDate;
import java.util.List;
import nl.eenplan.home.FieldRules;
import nl.eenplan.household.Member;
import nl.eenplan.plan.PlanRefused;

/**
 * PL-4: the rules an assessment and a life area's notes keep; a refusal names a message key and nothing
 * is stored.
 */
final class AssessmentRules {

    /** The longest text kept in one field. */
    static final int MAX_TEXT = 4000;

    private AssessmentRules() {}

    /** Refuses an assessment that breaks a rule; {@code members} are the household's members. */
    static void check(NewAssessment assessment, List<Member> members, LocalDate today) {
        if (assessment.assessedOn() == null || assessment.assessedOn().isAfter(today)) {
            throw new PlanRefused("lifearea.refused.date");
        }
        if (assessment.assessedBy().isBlank()) {
            throw new PlanRefused("lifearea.refused.assessedBy");
        }
        if (assessment.scores().isEmpty()) {
            throw new PlanRefused("lifearea.refused.noScores");
        }
        if (assessment.scores().entrySet().stream()
                .anyMatch(e -> e.getKey() == null || e.getValue() == null || !MatrixDomain.isLevel(e.getValue()))) {
            throw new PlanRefused("lifearea.refused.score");
        }
        if (assessment.memberId() != null
                && members.stream()
                        .noneMatch(m -> m.id().equals(assessment.memberId()) && m.adultOn(assessment.assessedOn()))) {
            throw new PlanRefused("lifearea.refused.member");
        }
        if (tooLong(assessment.assessedBy()) || tooLong(assessment.note())) {
            throw new PlanRefused("lifearea.refused.tooLong");
        }
        // Who assessed is a name on one line; a character nobody can type is refused before (FieldRules).
        if (!FieldRules.isText(assessment.assessedBy(), false)) {
            throw new PlanRefused("lifearea.refused.text");
        }
    }

    /** Refuses notes longer than the plan keeps. */
    static void check(LifeAreaNote note) {
        if (note.area() == null) {
            throw new PlanRefused("lifearea.refused.area");
        }
        if (tooLong(note.strengths())
                || tooLong(note.concerns())
                || tooLong(note.householdView())
                || tooLong(note.professionalView())) {
            throw new PlanRefused("lifearea.refused.tooLong");
        }
    }

    private static boolean tooLong(String text) {
        return text != null && text.length() > MAX_TEXT;
    }
}
