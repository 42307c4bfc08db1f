package nl.eenplan.plan.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.household.NewMember;
import nl.eenplan.plan.NewHousehold;

/** {@code POST /api/v1/households}: a household, its address and its members (H-1). */
record HouseholdRequest(
        @NotBlank(message = "{household.name.required}") @Size(max = 120)
        String name,

        @NotNull(message = "{household.municipality.required}")
        UUID municipalityId,

        @Size(max = 120) String street,
        @Size(max = 20) String postcode,
        @Size(max = 80) String city,

        @NotEmpty(message = "{household.members.required}") @Size(max = 30)
        List<@Valid @NotNull MemberRequest> members) {

    /** A member with a date of birth, or with an expected birth date when the child is not born yet. */
    record MemberRequest(
            @NotBlank @Size(max = 80) String givenName,
            @NotBlank @Size(max = 80) String familyName,
            LocalDate dateOfBirth,
            LocalDate expectedBirthDate,
            @NotBlank @Size(max = 120) String relation,
            Boolean livesAtAddress) {

        @JsonIgnore
        @AssertTrue(message = "{plan.api.oneBirthDate}")
        boolean isOneBirthDate() {
            return (dateOfBirth == null) != (expectedBirthDate == null);
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
