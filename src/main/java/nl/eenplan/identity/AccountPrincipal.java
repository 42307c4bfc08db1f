package nl.eenplan.identity;

import java.io.Serializable;
import java.util.UUID;

/** The person behind a request, as kept in the session or derived from an API token. */
public record AccountPrincipal(UUID id, String email, String displayName, AccountKind kind) implements Serializable {}
