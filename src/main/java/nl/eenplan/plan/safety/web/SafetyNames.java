package nl.eenplan.plan.safety.web;

import java.util.Map;
import java.util.UUID;
import nl.eenplan.plan.safety.SafetyLine;
import nl.eenplan.plan.safety.SafetyPlanPart;

/** Whom a line of the safety plan names, for the page: as the version writes it (PL-6). */
public final class SafetyNames {

    private SafetyNames() {}

    public static String who(SafetyLine line, Map<UUID, String> names) {
        return SafetyPlanPart.who(line, names);
    }
}
