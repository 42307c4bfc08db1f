package nl.eenplan.identity;

import java.util.UUID;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** Ends the sessions of one account, found through the account index (see {@link SessionStore}). */
@Component
class AccountSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of the account except the one given (null: all); returns how many ended. */
    int endAll(UUID accountId, String except) {
        var ended = 0;
        for (var id : sessions.findByPrincipalName(accountId.toString()).keySet()) {
            if (!id.equals(except)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }
}
