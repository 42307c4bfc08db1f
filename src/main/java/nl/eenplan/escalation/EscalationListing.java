package nl.eenplan.escalation;

/** An escalation in an overview, with the name of its household. */
public record EscalationListing(Escalation escalation, String household) {}
