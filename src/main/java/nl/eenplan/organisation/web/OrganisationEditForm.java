package nl.eenplan.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import nl.eenplan.organisation.Organisation;

/** A new name and municipality for an organisation, with the version the administrator saw. */
record OrganisationEditForm(
        @NotBlank(message = "{organisation.name.required}") @Size(max = 120, message = "{organisation.name.tooLong}")
        String name,

        UUID municipalityId,

        @NotNull(message = "{people.version.required}") Integer version) {

    static OrganisationEditForm of(Organisation organisation) {
        return new OrganisationEditForm(organisation.name(), organisation.municipalityId(), organisation.version());
    }
}
