package nl.eenplan.consent;

import java.util.Objects;
import java.util.UUID;

/**
 * The answer to "may this be shared?", with what it rests on: a consent, a decision to share without
 * consent (C-5), or nothing.
 */
public record SharingDecision(boolean allowed, Basis basis, UUID basisId) {

    public enum Basis {
        CONSENT,
        OVERRIDE,
        NONE
    }

    public SharingDecision {
        Objects.requireNonNull(basis, "basis");
        if (allowed == (basis == Basis.NONE) || (basis == Basis.NONE) != (basisId == null)) {
            throw new IllegalArgumentException("an allowed decision rests on a consent or an override");
        }
    }

    public static SharingDecision byConsent(UUID consentId) {
        return new SharingDecision(true, Basis.CONSENT, consentId);
    }

    public static SharingDecision byOverride(UUID overrideId) {
        return new SharingDecision(true, Basis.OVERRIDE, overrideId);
    }

    public static SharingDecision refused() {
        return new SharingDecision(false, Basis.NONE, null);
    }

    /** For the access log: {@code consent <id>}, {@code override <id>} or {@code none}. */
    public String basisText() {
        return switch (basis) {
            case CONSENT -> "consent " + basisId;
            case OVERRIDE -> "override " + basisId;
            case NONE -> "none";
        };
    }
}
