package nl.eenplan.home;

import java.util.List;
import java.util.Optional;
import nl.eenplan.identity.AccountPrincipal;

/**
 * Implemented as a Spring bean by the modules above {@code home} that know what a person should do
 * next (deadlines, escalations to follow, a household's own plan); the start page asks all of them,
 * so this module depends on none. Each source logs the personal data it reads.
 */
public interface NextStepSource {

    /** What this person should do next, most urgent first; empty when this module has nothing. */
    List<NextStep> nextStepsFor(AccountPrincipal person);

    /** A page this person goes to straight away instead of the start page, if this module has one. */
    default Optional<String> startPageFor(AccountPrincipal person) {
        return Optional.empty();
    }
}
