package nl.eenplan.identity;

import java.util.List;

/** What a personal API token may do. */
public enum ApiScope {
    READ(List.of("SCOPE_read")),
    READ_WRITE(List.of("SCOPE_read", "SCOPE_write"));

    private final List<String> authorities;

    ApiScope(List<String> authorities) {
        this.authorities = authorities;
    }

    List<String> authorities() {
        return authorities;
    }
}
