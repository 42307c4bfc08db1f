package nl.eenplan.plan.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.home.FieldRules;
import nl.eenplan.household.NewMember;
import nl.eenplan.participation.NewHousehold;

/** {@code POST /api/v1/households}: a household, its address and its members (H-1). */
record HouseholdRequest(
        @NotBlank(message = "{household.name.required}")
        @Size(max = FieldRules.NAME, message = "{household.name.tooLong}")
        String name,

        @NotNull(message = "{household.municipality.required}")
        @Schema(description = "The id of the municipality, from GET /api/v1/municipalities.")
        UUID municipalityId,

        @Size(max = FieldRules.NAME, message = "{household.street.tooLong}")
        String street,

        @Size(max = 20, message = "{household.postcode.invalid}")
        String postcode,

        @Size(max = 80, message = "{household.city.tooLong}")
        String city,

        @NotEmpty(message = "{household.members.required}") @Size(max = 30, message = "{household.members.required}")
        List<@Valid @NotNull(message = "{household.members.required}") MemberRequest> members) {

    /** A member with a date of birth, or with an expected birth date when the child is not born yet. */
    record MemberRequest(
            @NotBlank(message = "{household.member.givenNameRequired}")
            @Size(max = 80, message = "{household.member.givenNameRequired}")
            String givenName,

            @NotBlank(message = "{household.member.familyNameRequired}")
            @Size(max = 80, message = "{household.member.familyNameRequired}")
            String familyName,

            LocalDate dateOfBirth,
            LocalDate expectedBirthDate,

            @NotBlank(message = "{household.member.relationRequired}")
            @Size(max = FieldRules.NAME, message = "{household.member.relationRequired}")
            String relation,

            Boolean livesAtAddress) {

        @JsonIgnore
        @AssertTrue(message = "{plan.api.oneBirthDate}")
        boolean isOneBirthDate() {
            return (dateOfBirth == null) != (expectedBirthDate == null);
        }

        /** Names and relation without control characters. */
        @JsonIgnore
        @AssertTrue(message = "{error.unacceptableInput}")
        boolean isReadable() {
            return FieldRules.isText(givenName, false)
                    && FieldRules.isText(familyName, false)
                    && FieldRules.isText(relation, false);
        }

        NewMember toNewMember() {
            return new NewMember(
                    givenName,
                    familyName,
                    dateOfBirth,
                    expectedBirthDate,
                    relation,
                    !Boolean.FALSE.equals(livesAtAddress));
        }
    }

    /** Name and address without control characters, as on the registration form. */
    @JsonIgnore
    @AssertTrue(message = "{error.unacceptableInput}")
    boolean isReadable() {
        return FieldRules.isText(name, false)
                && FieldRules.isText(street, false)
                && FieldRules.isText(postcode, false)
                && FieldRules.isText(city, false);
    }

    NewHousehold toNewHousehold() {
        return new NewHousehold(
                name,
                municipalityId,
                street,
                postcode,
                city,
                members.stream().map(MemberRequest::toNewMember).toList());
    }
}
