package nl.eenplan.participation.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.eenplan.home.FieldRules;
import nl.eenplan.household.Member;
import nl.eenplan.household.Rectification;
import org.springframework.validation.Errors;

/**
 * a member's data corrected: name, date of birth (an expected child: the expected birth date) and
 * relation, on the version the form showed.
 */
record RectificationForm(
        @NotNull(message = "{household.stale}") Integer version,
        String givenName,
        String familyName,
        String date,
        String relation) {

    static RectificationForm of(Member member, int version) {
        var date = member.unborn() ? member.expectedBirthDate() : member.dateOfBirth();
        return new RectificationForm(
                version, member.givenName(), member.familyName(), date.toString(), member.relation());
    }

    void check(Errors errors, boolean unborn, LocalDate today) {
        HouseholdForm.checkNames(errors, "", givenName, familyName, relation);
        var parsed = MemberRow.date(date);
        if (MemberRow.blank(date)) {
            errors.rejectValue("date", "household.member.dateRequired");
        } else if (parsed.isEmpty()) {
            errors.rejectValue("date", "household.member.dateInvalid");
        } else if (unborn && !FieldRules.isExpectedBirthDate(parsed.get(), today)) {
            errors.rejectValue("date", "household.member.expectedBirthDateInvalid");
        } else if (!unborn && !FieldRules.isBirthDate(parsed.get(), today)) {
            errors.rejectValue("date", "household.member.dateOfBirthInvalid");
        }
    }

    Rectification toRectification() {
        return new Rectification(givenName, familyName, MemberRow.date(date).orElseThrow(), relation);
    }
}
