package nl.eenplan.identity;

/** A newly created token with its secret, to be shown once. */
public record IssuedApiToken(ApiToken token, String secret) {}
