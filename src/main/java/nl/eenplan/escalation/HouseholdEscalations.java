package nl.eenplan.escalation;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A household's escalation page as one person may see it: the prompts (coordinator only), the
 * agreements a stagnation can be signalled about (those who may signal), the escalations this person
 * may see, and the signals about household and network members (those who see the plan).
 */
public record HouseholdEscalations(
        String household,
        EscalationVisitor visitor,
        List<StagnationPrompt> prompts,
        List<SignallableAgreement> agreements,
        List<Escalation> escalations,
        List<Stagnation> stagnations,
        Map<UUID, String> names) {}
