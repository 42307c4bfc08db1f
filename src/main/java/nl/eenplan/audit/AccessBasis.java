package nl.eenplan.audit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Why an access was allowed (X-1, NEN 7513): taking part in the household's team, a consent, sharing
 * without consent (an override), being an administrator, parental authority, being the person
 * himself, owning or overseeing a step of an escalation, or EenPlan itself acting on its own rules. Stored as a short text such as {@code participation:<participant id>}. One access may rest
 * on several grounds together, such as a consent about each household member (C-1): then {@code
 * alongside} holds the others, and the text names them all, separated by spaces.
 */
public record AccessBasis(Kind kind, UUID reference, List<AccessBasis> alongside) {

    /**
     * The grounds EenPlan knows; those with a reference name the participation, consent, override or
     * escalation.
     */
    public enum Kind {
        PARTICIPATION,
        CONSENT,
        OVERRIDE,
        PARENTAL_AUTHORITY,
        ADMINISTRATOR,
        SELF,
        ESCALATION,
        ACCESS_TEAM,
        SYSTEM;

        boolean needsReference() {
            return this == PARTICIPATION
                    || this == CONSENT
                    || this == OVERRIDE
                    || this == ESCALATION
                    || this == ACCESS_TEAM;
        }
    }

    public AccessBasis {
        if (kind == null) {
            throw new IllegalArgumentException("a basis has a kind");
        }
        if (kind.needsReference() && reference == null) {
            throw new IllegalArgumentException(kind + " names what it rests on");
        }
        alongside = alongside == null ? List.of() : List.copyOf(alongside);
        if (alongside.stream().anyMatch(other -> !other.alongside().isEmpty())) {
            throw new IllegalArgumentException("grounds alongside one another stand on their own");
        }
    }

    /** One ground. */
    public AccessBasis(Kind kind, UUID reference) {
        this(kind, reference, List.of());
    }

    /**
     * Several grounds that together allowed one access, each named once, in the order of their text
     * (so the same grounds always read the same); one ground is simply that ground.
     */
    public static AccessBasis together(List<AccessBasis> grounds) {
        var each = grounds.stream()
                .flatMap(AccessBasis::grounds)
                .distinct()
                .sorted(Comparator.comparing(AccessBasis::text))
                .toList();
        if (each.isEmpty()) {
            throw new IllegalArgumentException("an access rests on at least one ground");
        }
        var first = each.getFirst();
        return new AccessBasis(first.kind(), first.reference(), each.subList(1, each.size()));
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

    /**
     * Owning or overseeing a step of an escalation without taking part in the household's team (E-2..E-5):
     * a manager, the municipal contact point before step 4, a professional the plan may not be shown to;
     * the id is the escalation's.
     */
    public static AccessBasis escalationStep(UUID escalationId) {
        return new AccessBasis(Kind.ESCALATION, escalationId);
    }

    /**
     * Being a member of the access team that is responsible for the households of its municipality (issue
     * 18: finding and assigning them); the id is the access team's.
     */
    public static AccessBasis accessTeam(UUID accessTeamId) {
        return new AccessBasis(Kind.ACCESS_TEAM, accessTeamId);
    }

    /** EenPlan itself, with no person reading: a reminder sent on the rules of the module that owns the deadline. */
    public static AccessBasis system() {
        return new AccessBasis(Kind.SYSTEM, null);
    }

    /**
     * The stored text: the kind in lower case, then a colon and the reference when there is one; grounds
     * alongside follow, each after a space.
     */
    public String text() {
        var name = kind.name().toLowerCase(Locale.ROOT);
        var text = new StringBuilder(reference == null ? name : name + ":" + reference);
        alongside.forEach(other -> text.append(' ').append(other.text()));
        return text.toString();
    }

    /** Reads a stored text back; null for null (entries written before bases were recorded). */
    public static AccessBasis parse(String text) {
        if (text == null) {
            return null;
        }
        var grounds = new ArrayList<AccessBasis>();
        for (var ground : text.split(" ")) {
            var colon = ground.indexOf(':');
            var kind = Kind.valueOf((colon < 0 ? ground : ground.substring(0, colon)).toUpperCase(Locale.ROOT));
            grounds.add(new AccessBasis(kind, colon < 0 ? null : UUID.fromString(ground.substring(colon + 1))));
        }
        return grounds.size() == 1
                ? grounds.getFirst()
                : new AccessBasis(
                        grounds.getFirst().kind(), grounds.getFirst().reference(), grounds.subList(1, grounds.size()));
    }

    private static Stream<AccessBasis> grounds(AccessBasis basis) {
        var first = new AccessBasis(basis.kind(), basis.reference());
        return Stream.concat(Stream.of(first), basis.alongside().stream());
    }
}
