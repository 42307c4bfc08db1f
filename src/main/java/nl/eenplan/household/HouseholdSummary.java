package nl.eenplan.household;

import java.util.UUID;

public record HouseholdSummary(
        UUID id, String name, UUID municipalityId, String street, String postcode, String city) {}
