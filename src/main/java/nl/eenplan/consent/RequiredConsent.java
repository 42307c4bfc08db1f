package nl.eenplan.consent;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The answer of the age rule (C-1) for one member on one day: on what ground, and exactly which
 * household members must consent. Empty when nobody can consent yet (no authority recorded).
 */
public record RequiredConsent(UUID subjectId, Ground ground, Set<UUID> consenters) {

    /** Why these people consent; each has an explanation {@code consent.rule.<NAME>}. */
    public enum Ground {
        /** A child under 12 (or unborn): those with parental authority. */
        CHILD_UNDER_12,
        /** A youth of 12 to 15: those with parental authority and the youth. */
        YOUTH_12_TO_15,
        /** A youth of 16 or 17: the youth alone. */
        YOUTH_FROM_16,
        /** An adult: himself, about himself only. */
        ADULT,
        /** A minor whose parental authority is not recorded: nobody can consent yet. */
        NO_AUTHORITY_RECORDED
    }

    public RequiredConsent {
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(ground, "ground");
        consenters = Set.copyOf(consenters);
    }

    /** Whether anybody can consent at all. */
    public boolean possible() {
        return !consenters.isEmpty();
    }

    /** Whether consent given by exactly these people meets the rule. */
    public boolean metBy(Set<UUID> givenBy) {
        return possible() && consenters.equals(givenBy);
    }

    /** Who must consent but did not. */
    public Set<UUID> missingFrom(Set<UUID> givenBy) {
        var missing = new HashSet<>(consenters);
        missing.removeAll(givenBy);
        return missing;
    }

    /** Who gave consent but may not give it for this member. */
    public Set<UUID> notEntitledAmong(Set<UUID> givenBy) {
        var extra = new HashSet<>(givenBy);
        extra.removeAll(consenters);
        return extra;
    }

    public boolean includes(UUID memberId) {
        return consenters.contains(memberId);
    }
}
