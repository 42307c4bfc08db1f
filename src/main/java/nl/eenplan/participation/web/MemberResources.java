package nl.eenplan.participation.web;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import nl.eenplan.home.FieldRules;
import nl.eenplan.household.HouseholdChange;
import nl.eenplan.household.Member;
import nl.eenplan.participation.HouseholdHistoryLine;
import nl.eenplan.participation.HouseholdOverview;

/** What the household members API answers and takes (H-1, X-6), as the household's page and forms. */
final class MemberResources {

    private MemberResources() {}

    /** A member as the household's page shows him; {@code version}: for If-Match on a change. */
    record MemberResource(
            UUID id,
            String givenName,
            String familyName,
            LocalDate dateOfBirth,
            LocalDate expectedBirthDate,
            String relation,
            boolean livesAtAddress,
            boolean adult,
            int version) {

        static MemberResource of(Member m, HouseholdOverview overview) {
            return new MemberResource(
                    m.id(),
                    m.givenName(),
                    m.familyName(),
                    m.dateOfBirth(),
                    m.expectedBirthDate(),
                    m.relation(),
                    m.livesAtAddress(),
                    overview.adult(m),
                    overview.versionOf(m));
        }
    }

    /** One change of the household (H-1, X-6): when (Dutch time), what, about whom, which fields, by whom. */
    record HistoryResource(
            LocalDateTime at, HouseholdChange kind, String memberName, List<String> fields, String detail, String by) {

        static HistoryResource of(HouseholdHistoryLine line) {
            return new HistoryResource(
                    line.at(), line.kind(), line.memberName(), line.fields(), line.detail(), line.by());
        }
    }

    /** The member that was added. */
    record Added(UUID id) {}

    /** {@code POST .../members}: a member joins after the registration; an expected child by its date (H-1). */
    record NewMemberRequest(
            @Size(max = 80, message = "{household.member.givenNameRequired}")
            String givenName,

            @Size(max = 80, message = "{household.member.familyNameRequired}")
            String familyName,

            LocalDate dateOfBirth,
            LocalDate expectedBirthDate,

            @Size(max = FieldRules.NAME, message = "{household.member.relationRequired}")
            String relation,

            Boolean livesAtAddress) {

        @JsonIgnore
        @AssertTrue(message = "{error.unacceptableInput}")
        boolean isReadable() {
            return FieldRules.isText(givenName, false)
                    && FieldRules.isText(familyName, false)
                    && FieldRules.isText(relation, false);
        }

        MemberRow toForm() {
            return new MemberRow(
                    givenName,
                    familyName,
                    text(dateOfBirth),
                    text(expectedBirthDate),
                    relation,
                    livesAtAddress == null || livesAtAddress);
        }
    }

    /** {@code POST .../members/{memberId}/birth}: the expected child was born (H-1). */
    record BirthRequest(
            @Size(max = 80, message = "{household.member.givenNameRequired}")
            String givenName,

            @Size(max = 80, message = "{household.member.familyNameRequired}")
            String familyName,

            LocalDate dateOfBirth) {

        @JsonIgnore
        @AssertTrue(message = "{error.unacceptableInput}")
        boolean isReadable() {
            return FieldRules.isText(givenName, false) && FieldRules.isText(familyName, false);
        }

        BirthForm toForm(int version) {
            return new BirthForm(version, givenName, familyName, text(dateOfBirth));
        }
    }

    /** {@code PUT .../members/{memberId}/address}: moves out ({@code false}) or (back) in (H-1). */
    record AddressRequest(
            @NotNull(message = "{household.move.choose}") Boolean livesAtAddress) {}

    /** {@code PUT .../members/{memberId}}: a mistake corrected; {@code date}: of birth, or expected. */
    record RectificationRequest(
            @Size(max = 80, message = "{household.member.givenNameRequired}")
            String givenName,

            @Size(max = 80, message = "{household.member.familyNameRequired}")
            String familyName,

            LocalDate date,

            @Size(max = FieldRules.NAME, message = "{household.member.relationRequired}")
            String relation) {

        @JsonIgnore
        @AssertTrue(message = "{error.unacceptableInput}")
        boolean isReadable() {
            return FieldRules.isText(givenName, false)
                    && FieldRules.isText(familyName, false)
                    && FieldRules.isText(relation, false);
        }

        RectificationForm toForm(int version) {
            return new RectificationForm(version, givenName, familyName, text(date), relation);
        }
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
