package nl.eenplan.identity;

import java.util.UUID;

/** A person passed every step of logging in. */
public record LoginCompleted(UUID accountId) {}
