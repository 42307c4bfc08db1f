package nl.eenplan.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.eenplan.organisation.OrganisationKind;

record OrganisationForm(
        @NotBlank(message = "{organisation.name.required}") @Size(max = 120, message = "{organisation.name.tooLong}")
        String name,

        @NotNull(message = "{organisation.kind.required}") OrganisationKind kind,
        UUID municipalityId) {

    static OrganisationForm empty() {
        return new OrganisationForm("", OrganisationKind.PROVIDER, null);
    }
}
