package nl.eenplan.household;

import java.time.LocalDate;
import java.util.UUID;

/**
 * H-1: the expected child of a household was born. From now on it is a member of its own: the age rule
 * (C-1) asks consent of those with parental authority over it, and it takes part in the plan.
 */
public record ChildBorn(UUID householdId, UUID memberId, LocalDate dateOfBirth) {}
