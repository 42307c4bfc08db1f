package nl.eenplan.consent.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.consent.ConsentManner;
import nl.eenplan.consent.InformationCategory;
import nl.eenplan.consent.NewConsent;
import nl.eenplan.consent.Recipient;

/** A consent as the form sends it (C-1..C-3); recipients as codes such as {@code PARTICIPANT:<id>}. */
record ConsentForm(
        @NotNull(message = "{consent.subject.required}") UUID subjectId,

        @NotBlank(message = "{consent.purpose.required}") String purpose,

        @NotEmpty(message = "{consent.categories.required}") List<InformationCategory> categories,

        @NotEmpty(message = "{consent.recipients.required}") List<String> recipients,

        @NotEmpty(message = "{consent.givenBy.required}") List<UUID> givenBy,

        @NotNull(message = "{consent.manner.required}") ConsentManner manner,

        @NotNull(message = "{consent.validFrom.required}") LocalDate validFrom,

        @NotNull(message = "{consent.validUntil.required}") LocalDate validUntil) {

    static ConsentForm startingOn(LocalDate day) {
        return new ConsentForm(
                null,
                "",
                List.of(),
                List.of(),
                List.of(),
                ConsentManner.WRITTEN,
                day,
                day.plusYears(1).minusDays(1));
    }

    NewConsent toNewConsent() {
        return new NewConsent(
                subjectId,
                purpose,
                present(categories),
                recipients(recipients),
                present(givenBy),
                manner,
                validFrom,
                validUntil);
    }

    static <T> Set<T> present(List<T> values) {
        return values == null
                ? Set.of()
                : values.stream().filter(Objects::nonNull).collect(Collectors.toSet());
    }

    static Set<Recipient> recipients(List<String> codes) {
        return codes == null
                ? Set.of()
                : codes.stream().map(Recipient::parse).flatMap(Optional::stream).collect(Collectors.toSet());
    }
}
