package nl.eenplan.plan.treatment;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.eenplan.home.FieldRules;
import nl.eenplan.plan.PlanRefused;

/**
 * PL-7: what someone says about a treatment plan, checked before anything is stored: the professional
 * whose plan it is, its name, the organisation's reference, the period, the goals it serves, and
 * whether the household agreed that it is mentioned. Refusals are {@link PlanRefused} with a message key.
 *
 * <p>The reference is the organisation's own number: letters, digits, spaces and {@code . / # _ -}, at
 * most 40, so it can never be a web address (a link to another system would lead outside the plan's
 * consent, docs/adr/0035).
 */
public record TreatmentPlanDetails(
        UUID participantId,
        String name,
        String reference,
        LocalDate validFrom,
        LocalDate validTo,
        List<UUID> goalIds,
        boolean householdAgreed) {

    public static final int NAME_MAX = 120;
    public static final int REFERENCE_MAX = 40;
    private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}\\p{Cs}]+");
    private static final Pattern REFERENCE = Pattern.compile("[\\p{L}\\p{N} ./#_-]*");

    public TreatmentPlanDetails {
        name = name == null ? "" : name.strip();
        reference = reference == null ? "" : reference.strip();
        goalIds = goalIds == null ? List.of() : goalIds.stream().distinct().toList();
    }

    /** PL-7: the rules every treatment plan link keeps; the goals are checked against the plan by the caller. */
    void check() {
        if (participantId == null) {
            throw new PlanRefused("plan.treatment.professionalRequired");
        }
        if (name.isEmpty()) {
            throw new PlanRefused("plan.treatment.nameRequired");
        }
        if (name.length() > NAME_MAX || !NAME.matcher(name).matches()) {
            throw new PlanRefused("plan.treatment.nameInvalid");
        }
        if (reference.length() > REFERENCE_MAX
                || !REFERENCE.matcher(reference).matches()
                || reference.toLowerCase(Locale.ROOT).contains("www.")) {
            throw new PlanRefused("plan.treatment.referenceInvalid");
        }
        if (!plausible(validFrom)
                || !plausible(validTo)
                || (validFrom != null && validTo != null && validTo.isBefore(validFrom))) {
            throw new PlanRefused("plan.treatment.periodInvalid");
        }
        if (goalIds.isEmpty()) {
            throw new PlanRefused("plan.treatment.goalsRequired");
        }
        if (!householdAgreed) {
            throw new PlanRefused("plan.treatment.agreementRequired");
        }
    }

    private static boolean plausible(LocalDate day) {
        return day == null || !(day.isBefore(FieldRules.EARLIEST) || day.isAfter(FieldRules.LATEST));
    }
}
