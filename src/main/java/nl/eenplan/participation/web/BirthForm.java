package nl.eenplan.participation.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import nl.eenplan.home.FieldRules;
import nl.eenplan.household.Member;
import org.springframework.validation.Errors;

/** H-1: the birth of an expected child: its name and date of birth, on the version the form showed. */
record BirthForm(
        @NotNull(message = "{household.stale}") Integer version,
        String givenName,
        String familyName,
        String dateOfBirth) {

    static BirthForm of(Member expected, int version) {
        return new BirthForm(version, expected.givenName(), expected.familyName(), "");
    }

    void check(Errors errors, LocalDate today) {
        HouseholdForm.checkNames(errors, "", givenName, familyName, "-");
        var born = MemberRow.date(dateOfBirth);
        if (MemberRow.blank(dateOfBirth)) {
            errors.rejectValue("dateOfBirth", "household.birth.dateRequired");
        } else if (born.isEmpty()) {
            errors.rejectValue("dateOfBirth", "household.member.dateInvalid");
        } else if (!FieldRules.isBirthDate(born.get(), today) || born.get().isBefore(today.minusYears(1))) {
            errors.rejectValue("dateOfBirth", "household.birth.dateInvalid");
        }
    }

    LocalDate born() {
        return MemberRow.date(dateOfBirth).orElseThrow();
    }
}
