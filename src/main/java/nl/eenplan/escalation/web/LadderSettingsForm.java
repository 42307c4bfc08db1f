package nl.eenplan.escalation.web;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import nl.eenplan.escalation.EscalationLadder;
import nl.eenplan.escalation.LadderStep;
import nl.eenplan.escalation.StagnationPrompts;
import org.springframework.validation.Errors;

/**
 * E-6, G-4: a municipality's prompt rule and the terms of the four steps, as typed. The owners and
 * from when commitment counts stay as in the method; {@code seen} holds the terms the administrator
 * started from, so a change by someone else in between is noticed.
 */
record LadderSettingsForm(
        String overdueWorkingDays,
        String step1Commitment,
        String step2Commitment,
        String step3FirstTerm,
        String step3Commitment,
        String step4FirstTerm,
        String step4Commitment,
        String seen) {

    static final int MAX_OVERDUE_WORKING_DAYS = 60;
    static final int MAX_FIRST_TERM_DAYS = 60;
    static final int MAX_COMMITMENT_WORKING_DAYS = 40;

    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d+");

    static LadderSettingsForm of(EscalationLadder ladder, StagnationPrompts prompts) {
        return new LadderSettingsForm(
                text(prompts.overdueWorkingDays()),
                text(ladder.step(1).commitmentWorkingDays()),
                text(ladder.step(2).commitmentWorkingDays()),
                text(ladder.step(3).firstTermDays()),
                text(ladder.step(3).commitmentWorkingDays()),
                text(ladder.step(4).firstTermDays()),
                text(ladder.step(4).commitmentWorkingDays()),
                fingerprint(ladder, prompts));
    }

    /** The terms as one text, to compare what was shown with what is stored now. */
    static String fingerprint(EscalationLadder ladder, StagnationPrompts prompts) {
        return prompts.overdueWorkingDays() + ":"
                + IntStream.rangeClosed(1, EscalationLadder.TOP)
                        .mapToObj(ladder::step)
                        .map(s -> s.firstTermDays() + "/" + s.commitmentWorkingDays())
                        .collect(Collectors.joining(","));
    }

    /** Explains every field that is empty, not a whole number, or outside its range. */
    void check(Errors errors) {
        check(errors, "overdueWorkingDays", overdueWorkingDays, MAX_OVERDUE_WORKING_DAYS);
        check(errors, "step1Commitment", step1Commitment, MAX_COMMITMENT_WORKING_DAYS);
        check(errors, "step2Commitment", step2Commitment, MAX_COMMITMENT_WORKING_DAYS);
        check(errors, "step3FirstTerm", step3FirstTerm, MAX_FIRST_TERM_DAYS);
        check(errors, "step3Commitment", step3Commitment, MAX_COMMITMENT_WORKING_DAYS);
        check(errors, "step4FirstTerm", step4FirstTerm, MAX_FIRST_TERM_DAYS);
        check(errors, "step4Commitment", step4Commitment, MAX_COMMITMENT_WORKING_DAYS);
    }

    /** The ladder with these terms; only after {@link #check} found nothing. */
    EscalationLadder ladder() {
        var method = EscalationLadder.standard();
        return new EscalationLadder(List.of(
                step(method.step(1), null, step1Commitment),
                step(method.step(2), null, step2Commitment),
                step(method.step(3), step3FirstTerm, step3Commitment),
                step(method.step(4), step4FirstTerm, step4Commitment)));
    }

    StagnationPrompts prompts() {
        return new StagnationPrompts(number(overdueWorkingDays));
    }

    private static LadderStep step(LadderStep method, String firstTerm, String commitment) {
        return new LadderStep(
                method.number(),
                method.owner(),
                firstTerm == null ? null : number(firstTerm),
                number(commitment),
                method.commitmentAfterFirstTerm());
    }

    private static void check(Errors errors, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            errors.rejectValue(field, "escalation.settings.required");
        } else if (!WHOLE_NUMBER.matcher(value.strip()).matches()) {
            errors.rejectValue(field, "escalation.settings.wholeNumber");
        } else {
            var digits = value.strip();
            if (digits.length() > 9 || number(digits) < 1 || number(digits) > max) {
                errors.rejectValue(field, "escalation.settings.range", new Object[] {1, max}, null);
            }
        }
    }

    private static int number(String value) {
        return Integer.parseInt(value.strip());
    }

    private static String text(Integer value) {
        return value == null ? "" : value.toString();
    }
}
