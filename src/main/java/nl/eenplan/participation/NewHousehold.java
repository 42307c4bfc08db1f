package nl.eenplan.participation;

import java.util.List;
import java.util.UUID;
import nl.eenplan.household.NewMember;

/** What a professional fills in to register a household and open its plan (H-1). */
public record NewHousehold(
        String name, UUID municipalityId, String street, String postcode, String city, List<NewMember> members) {

    public NewHousehold {
        if (name == null || name.isBlank()) {
            throw new TeamRefused("household.name.required");
        }
        if (municipalityId == null) {
            throw new TeamRefused("household.municipality.required");
        }
        if (members == null || members.isEmpty()) {
            throw new TeamRefused("household.members.required");
        }
        members = List.copyOf(members);
    }
}
