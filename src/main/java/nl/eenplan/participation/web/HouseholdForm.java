package nl.eenplan.participation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import nl.eenplan.home.FieldRules;
import nl.eenplan.participation.NewHousehold;
import org.springframework.validation.Errors;

/** A new household with up to {@link #ROWS} members; empty member rows are left out (H-1). */
record HouseholdForm(
        @NotBlank(message = "{household.name.required}") @Size(max = 120, message = "{household.name.tooLong}")
        String name,

        @NotNull(message = "{household.municipality.required}")
        UUID municipalityId,

        @Size(max = 120, message = "{household.street.tooLong}")
        String street,

        String postcode,

        @Size(max = 80, message = "{household.city.tooLong}")
        String city,

        List<MemberRow> members) {

    static final int ROWS = 6;

    private static final Pattern POSTCODE = Pattern.compile("[1-9][0-9]{3} ?[A-Za-z]{2}");
    private static final int MAX_NAME = 80;
    private static final int MAX_RELATION = 120;

    HouseholdForm {
        var rows = new ArrayList<MemberRow>();
        if (members != null) {
            members.stream()
                    .limit(ROWS)
                    .map(r -> r == null ? MemberRow.empty() : r)
                    .forEach(rows::add);
        }
        while (rows.size() < ROWS) {
            rows.add(MemberRow.empty());
        }
        members = List.copyOf(rows);
    }

    static HouseholdForm empty() {
        return new HouseholdForm("", null, "", "", "", List.of());
    }

    /** The checks a single annotation cannot make: the address and each filled-in member row. */
    void check(Errors errors, LocalDate today) {
        if (!MemberRow.blank(postcode) && !POSTCODE.matcher(postcode.strip()).matches()) {
            errors.rejectValue("postcode", "household.postcode.invalid");
        }
        var filled = 0;
        for (int i = 0; i < members.size(); i++) {
            var row = members.get(i);
            if (row.isEmpty()) {
                continue;
            }
            filled++;
            checkRow(errors, "members[" + i + "].", row, today);
        }
        if (filled == 0) {
            errors.rejectValue("members[0].givenName", "household.members.required");
        }
    }

    /** The checks of one member row (H-1); {@code path} is the prefix of its fields. */
    static void checkRow(Errors errors, String path, MemberRow row, LocalDate today) {
        checkNames(errors, path, row.givenName(), row.familyName(), row.relation());
        checkDates(errors, path, row, today);
    }

    /** A member's names and relation, as registration and later changes ask them (H-1, X-6). */
    static void checkNames(Errors errors, String path, String givenName, String familyName, String relation) {
        if (MemberRow.blank(givenName) || givenName.strip().length() > MAX_NAME) {
            errors.rejectValue(path + "givenName", "household.member.givenNameRequired");
        }
        if (MemberRow.blank(familyName) || familyName.strip().length() > MAX_NAME) {
            errors.rejectValue(path + "familyName", "household.member.familyNameRequired");
        }
        if (MemberRow.blank(relation) || relation.strip().length() > MAX_RELATION) {
            errors.rejectValue(path + "relation", "household.member.relationRequired");
        }
    }

    private static void checkDates(Errors errors, String path, MemberRow row, LocalDate today) {
        var born = MemberRow.date(row.dateOfBirth());
        var expected = MemberRow.date(row.expectedBirthDate());
        var wrong = false;
        if (!MemberRow.blank(row.dateOfBirth()) && born.isEmpty()) {
            errors.rejectValue(path + "dateOfBirth", "household.member.dateInvalid");
            wrong = true;
        }
        if (!MemberRow.blank(row.expectedBirthDate()) && expected.isEmpty()) {
            errors.rejectValue(path + "expectedBirthDate", "household.member.dateInvalid");
            wrong = true;
        }
        if (wrong) {
            return;
        }
        if (born.isEmpty() && expected.isEmpty()) {
            errors.rejectValue(path + "dateOfBirth", "household.member.dateRequired");
        } else if (born.isPresent() && expected.isPresent()) {
            errors.rejectValue(path + "dateOfBirth", "household.member.oneDate");
        } else if (born.isPresent() && !FieldRules.isBirthDate(born.get(), today)) {
            errors.rejectValue(path + "dateOfBirth", "household.member.dateOfBirthInvalid");
        } else if (expected.isPresent() && !FieldRules.isExpectedBirthDate(expected.get(), today)) {
            errors.rejectValue(path + "expectedBirthDate", "household.member.expectedBirthDateInvalid");
        }
    }

    NewHousehold toNewHousehold() {
        return new NewHousehold(
                name.strip(),
                municipalityId,
                stripped(street),
                stripped(
                        postcode == null ? null : postcode.strip().toUpperCase().replaceAll("^(\\d{4}) ?", "$1 ")),
                stripped(city),
                members.stream()
                        .filter(r -> !r.isEmpty())
                        .map(MemberRow::toNewMember)
                        .toList());
    }

    private static String stripped(String value) {
        return MemberRow.blank(value) ? null : value.strip();
    }
}
