package nl.eenplan.escalation;

import java.util.Objects;

/** One transition of an escalation: the escalation after it and the event it causes. */
public record EscalationChange(Escalation escalation, EscalationEvent event) {

    public EscalationChange {
        Objects.requireNonNull(escalation, "escalation");
        Objects.requireNonNull(event, "event");
    }
}
