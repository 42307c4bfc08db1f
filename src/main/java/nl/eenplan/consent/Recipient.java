package nl.eenplan.consent;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * With whom information may be shared (C-2): one participant of the team, or an organisation of the
 * team (then every participant working for it).
 */
public record Recipient(Kind kind, UUID id) {

    public enum Kind {
        PARTICIPANT,
        ORGANISATION
    }

    public Recipient {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    public static Recipient participant(UUID participantId) {
        return new Recipient(Kind.PARTICIPANT, participantId);
    }

    public static Recipient organisation(UUID organisationId) {
        return new Recipient(Kind.ORGANISATION, organisationId);
    }

    /** Whether this recipient is the participant, or the organisation the participant works for. */
    public boolean reaches(UUID participantId, UUID organisationId) {
        return kind == Kind.PARTICIPANT ? id.equals(participantId) : id.equals(organisationId);
    }

    /** As a form or column holds it: {@code PARTICIPANT:<id>}. */
    public String code() {
        return kind.name() + ":" + id;
    }

    /** The recipient a code stands for; empty for anything else. */
    public static Optional<Recipient> parse(String code) {
        if (code == null) {
            return Optional.empty();
        }
        var parts = code.strip().split(":", 2);
        try {
            return Optional.of(new Recipient(Kind.valueOf(parts[0]), UUID.fromString(parts[1])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    static String column(Set<Recipient> recipients) {
        return recipients.stream().map(Recipient::code).sorted().collect(Collectors.joining(","));
    }

    static Set<Recipient> ofColumn(String column) {
        return Arrays.stream(column.split(","))
                .map(Recipient::parse)
                .flatMap(Optional::stream)
                .collect(Collectors.toUnmodifiableSet());
    }
}
