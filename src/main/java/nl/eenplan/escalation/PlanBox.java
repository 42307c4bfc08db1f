package nl.eenplan.escalation;

import java.util.List;
import java.util.UUID;

/**
 * What the plan page shows of escalation: for the coordinator the stagnation prompts (G-4), and for
 * everyone who may see the escalations a link to them, with the number still open.
 */
public record PlanBox(UUID householdId, boolean link, List<StagnationPrompt> prompts, long open) {

    public PlanBox {
        prompts = List.copyOf(prompts);
    }

    public static PlanBox none(UUID householdId) {
        return new PlanBox(householdId, false, List.of(), 0);
    }
}
