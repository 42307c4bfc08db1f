package nl.eenplan.identity;

import java.util.UUID;

/**
 * Something done with an account, a role or an organisation that the access log records:
 * published in the transaction that did it, so the entry is written with it or not at all.
 *
 * @param actorId who did it; null when nobody was logged in (a forgotten password)
 * @param event what happened, as the log names it ({@code PASSWORD_CHANGED})
 * @param subjectType what it was about: {@code account}, {@code organisation} or {@code people}
 * @param subjectId the id of what it was about, or the search text
 * @param detail more about it, without personal data beyond the search text
 */
public record AccountActivity(UUID actorId, String event, String subjectType, String subjectId, String detail) {

    public AccountActivity {
        if (event == null || event.isBlank()) {
            throw new IllegalArgumentException("an activity names its event");
        }
    }

    public static AccountActivity onAccount(UUID actorId, String event, UUID accountId, String detail) {
        return new AccountActivity(actorId, event, "account", accountId.toString(), detail);
    }
}
