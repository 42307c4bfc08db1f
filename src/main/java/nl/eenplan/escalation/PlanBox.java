package nl.eenplan.escalation;

import java.util.List;

/**
 * What the plan page shows of escalation: for the coordinator the stagnation prompts (G-4), and for
 * everyone who may see the escalations a link to them, with the number still open.
 */
public record PlanBox(boolean link, List<StagnationPrompt> prompts, long open) {

    public PlanBox {
        prompts = List.copyOf(prompts);
    }

    public static PlanBox none() {
        return new PlanBox(false, List.of(), 0);
    }
}
