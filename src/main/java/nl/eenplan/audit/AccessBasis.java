package nl.eenplan.audit;

import java.util.Locale;
import java.util.UUID;

/**
 * Why an access was allowed (X-1, NEN 7513): taking part in the household's team, a consent, sharing
 * without consent (an override), being an administrator, parental authority, or being the person
 * himself. Stored as a short text such as {@code participation:<participant id>}.
 */
public record AccessBasis(Kind kind, UUID reference) {

    /** The grounds EenPlan knows; those with a reference name the participation, consent or override. */
    public enum Kind {
        PARTICIPATION,
        CONSENT,
        OVERRIDE,
        PARENTAL_AUTHORITY,
        ADMINISTRATOR,
        SELF;

        boolean needsReference() {
            return this == PARTICIPATION || this == CONSENT || this == OVERRIDE;
        }
    }

    public AccessBasis {
        if (kind == null) {
            throw new IllegalArgumentException("a basis has a kind");
        }
        if (kind.needsReference() && reference == null) {
            throw new IllegalArgumentException(kind + " names what it rests on");
        }
    }

    public static AccessBasis participation(UUID participantId) {
        return new AccessBasis(Kind.PARTICIPATION, participantId);
    }

    public static AccessBasis consent(UUID consentId) {
        return new AccessBasis(Kind.CONSENT, consentId);
    }

    /** Sharing without consent, after the five questions (C-5); the id is that decision's. */
    public static AccessBasis override(UUID overrideId) {
        return new AccessBasis(Kind.OVERRIDE, overrideId);
    }

    /** A holder of parental authority acting for a child under 16 (C-1, X-6); the id is the holder's member id. */
    public static AccessBasis parentalAuthority(UUID holderMemberId) {
        return new AccessBasis(Kind.PARENTAL_AUTHORITY, holderMemberId);
    }

    public static AccessBasis administrator() {
        return new AccessBasis(Kind.ADMINISTRATOR, null);
    }

    public static AccessBasis self() {
        return new AccessBasis(Kind.SELF, null);
    }

    /** The stored text: the kind in lower case, then a colon and the reference when there is one. */
    public String text() {
        var name = kind.name().toLowerCase(Locale.ROOT);
        return reference == null ? name : name + ":" + reference;
    }

    /** Reads a stored text back; null for null (entries written before bases were recorded). */
    public static AccessBasis parse(String text) {
        if (text == null) {
            return null;
        }
        var colon = text.indexOf(':');
        var kind = Kind.valueOf((colon < 0 ? text : text.substring(0, colon)).toUpperCase(Locale.ROOT));
        return new AccessBasis(kind, colon < 0 ? null : UUID.fromString(text.substring(colon + 1)));
    }
}
