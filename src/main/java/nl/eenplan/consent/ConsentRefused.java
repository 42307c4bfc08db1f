package nl.eenplan.consent;

import java.util.Set;
import java.util.UUID;

/**
 * Something the method does not allow (C-1..C-6). {@link #reason()} is a message key with {@link
 * #arguments()}; {@link #field()} names the form field it is about, and {@link #members()} the household
 * members it names, by id (C-1: who must consent too, or who may not).
 */
public class ConsentRefused extends RuntimeException {

    private final String field;
    private final String reason;
    private final transient Object[] arguments;
    private final transient Set<UUID> members;

    public ConsentRefused(String field, String reason, Object... arguments) {
        this(field, reason, Set.of(), arguments);
    }

    private ConsentRefused(String field, String reason, Set<UUID> members, Object... arguments) {
        super(reason);
        this.field = field;
        this.reason = reason;
        this.members = Set.copyOf(members);
        this.arguments = arguments.clone();
    }

    /** A refusal about these household members, such as those whose consent is missing (C-1). */
    static ConsentRefused naming(String field, String reason, Set<UUID> members, Object... arguments) {
        return new ConsentRefused(field, reason, members, arguments);
    }

    /** The household members the refusal is about; empty when it names nobody. */
    public Set<UUID> members() {
        return members;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
