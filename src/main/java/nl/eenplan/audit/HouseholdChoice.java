package nl.eenplan.audit;

import java.util.UUID;

/** A household an administrator can pick, by its name and place. */
public record HouseholdChoice(UUID id, String name, String city) {}
