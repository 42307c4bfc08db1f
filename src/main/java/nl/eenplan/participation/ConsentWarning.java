package nl.eenplan.participation;

import java.io.Serializable;

/**
 * C-1: a professional was added or given work (an action, taking minutes, an invitation, a step of an
 * escalation) while no consent lets the plan be shared with him about these members. A warning for the
 * one who did it, not a refusal: the professional must ask for consent before he works with the plan.
 * Shown after a redirect, so it travels in the session as a flash attribute: serializable.
 */
public record ConsentWarning(String person, String members) implements Serializable {}
