package nl.eenplan.identity;

import java.util.Set;
import java.util.UUID;

/**
 * Lets a module above identity add authorities to a logged-in account (for example the staff roles
 * an organisation gave it), without identity knowing that module.
 */
public interface StaffAuthorities {

    /** Authority names such as {@code ROLE_MANAGER}. */
    Set<String> of(UUID accountId);
}
