package nl.eenplan.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says an access log entry in the household's words: what was done, from the entry's event or,
 * for an event without its own text, from its kind of resource and whether it was read or changed; and
 * on which basis ("met uw toestemming", "als lid van het team", "zonder toestemming, omdat ...").
 */
@Component
class AccessLogWords {

    private static final Pattern READING = Pattern.compile(".*_(READ|LISTED|SHOWN|FOUND|SEARCHED|VIEWED)$");

    private final MessageSource messages;

    AccessLogWords(MessageSource messages) {
        this.messages = messages;
    }

    /** What the entry says was done, as a sentence without subject ("Heeft het plan bekeken"). */
    String what(AuditEntry entry, Locale locale) {
        var own = message("audit.event." + entry.event(), locale);
        if (own != null) {
            return own;
        }
        var resource = entry.subjectType() == null ? null : message("audit.resource." + entry.subjectType(), locale);
        if (resource == null) {
            return messages.getMessage("audit.event.other", null, locale);
        }
        var verb =
                READING.matcher(entry.event()).matches() ? "audit.event.readResource" : "audit.event.changedResource";
        return messages.getMessage(verb, new Object[] {resource}, locale);
    }

    /**
     * On which basis, in words; the grounds of one access joined, each kind once; null when the entry
     * has no basis. {@code aims} holds the aims of sharing without consent the household may read.
     */
    String basis(AuditEntry entry, boolean you, Map<UUID, String> aims, Locale locale) {
        var basis = AccessBasis.parse(entry.basis());
        if (basis == null) {
            return null;
        }
        var parts = grounds(basis)
                .map(ground -> ground(ground, you, aims, locale))
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        return parts.isEmpty() ? null : String.join(messages.getMessage("audit.basis.and", null, locale), parts);
    }

    /** The ids of the decisions to share without consent the entries rest on. */
    static Set<UUID> overrides(List<AuditEntry> entries) {
        return entries.stream()
                .map(e -> AccessBasis.parse(e.basis()))
                .filter(Objects::nonNull)
                .flatMap(AccessLogWords::grounds)
                .filter(g -> g.kind() == AccessBasis.Kind.OVERRIDE)
                .map(AccessBasis::reference)
                .collect(Collectors.toSet());
    }

    private String ground(AccessBasis ground, boolean you, Map<UUID, String> aims, Locale locale) {
        return switch (ground.kind()) {
            case OVERRIDE ->
                aims.containsKey(ground.reference())
                        ? messages.getMessage(
                                "audit.basis.OVERRIDE.because", new Object[] {aims.get(ground.reference())}, locale)
                        : messages.getMessage("audit.basis.OVERRIDE", null, locale);
            case SELF -> messages.getMessage(you ? "audit.basis.SELF.you" : "audit.basis.SELF", null, locale);
            default -> messages.getMessage("audit.basis." + ground.kind().name(), null, locale);
        };
    }

    private static Stream<AccessBasis> grounds(AccessBasis basis) {
        return Stream.concat(Stream.of(basis), basis.alongside().stream());
    }

    private String message(String key, Locale locale) {
        return messages.getMessage(key, null, null, locale);
    }
}
