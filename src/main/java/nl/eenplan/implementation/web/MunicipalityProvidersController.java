package nl.eenplan.implementation.web;

import java.util.UUID;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.implementation.ProviderRequirements;
import nl.eenplan.implementation.RequirementsNotFound;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * IMP-4: the municipality that buys care sees how each of its providers meets the basic requirements;
 * everyone finds the providers and municipalities he works for.
 */
@Controller
class MunicipalityProvidersController {

    private final ProviderRequirements requirements;

    MunicipalityProvidersController(ProviderRequirements requirements) {
        this.requirements = requirements;
    }

    /** The providers and municipalities this person may look at, as links. */
    @GetMapping("/implementation/requirements")
    String places(@AuthenticationPrincipal AccountPrincipal person, Model model) {
        if (person.kind() == AccountKind.CITIZEN) {
            throw new RequirementsNotFound(); // IMP-4, X-1: for staff; a citizen is not told it exists
        }
        model.addAttribute("places", requirements.places(person.id()));
        return "implementation/requirements";
    }

    @GetMapping("/implementation/municipalities/{municipalityId}/providers")
    String show(@AuthenticationPrincipal AccountPrincipal person, @PathVariable UUID municipalityId, Model model) {
        model.addAttribute("municipalityName", requirements.municipalityName(person.id(), municipalityId));
        model.addAttribute("standings", requirements.ofMunicipality(person.id(), municipalityId));
        return "implementation/municipality-providers";
    }
}
