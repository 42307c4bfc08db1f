package nl.eenplan.plan;

import java.util.Optional;
import java.util.UUID;

/**
 * A part of the plan page that a module above the plan adds (escalation's stagnation box, G-4), so
 * the plan module does not depend on it. The page asks every section what it shows this person and
 * renders each fragment; the fragment reads what it shows as {@code section.content}.
 */
public interface PlanPageSection {

    /** What this section shows on the household's plan page to this account; empty: nothing. */
    Optional<Shown> shownTo(UUID householdId, UUID accountId);

    /** The tab of the plan this section shows on; the stagnation box belongs with the goals and actions. */
    default PlanTab tab() {
        return PlanTab.APPROACH;
    }

    /** A Thymeleaf fragment ({@code template :: fragment}) and what it shows. */
    record Shown(String template, String fragment, Object content) {}
}
