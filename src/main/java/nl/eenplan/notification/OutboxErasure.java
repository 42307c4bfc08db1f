package nl.eenplan.notification;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * the outbox forgets the mails about something that is destroyed. Mails carry links, not personal
 * data (C-7), so a mail is about a household when a link in it names the household's id; with the mail
 * go its attachments.
 */
@Service
public class OutboxErasure {

    private final JdbcClient jdbc;

    OutboxErasure(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Deletes every mail whose subject or body holds {@code id}; answers how many, in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public int eraseMentioning(String id) {
        if (id == null || id.length() < 32) {
            throw new IllegalArgumentException("only an id names what a mail is about");
        }
        var pattern = "%" + id + "%";
        return jdbc.sql("delete from outbox_mail where body like ? or subject like ?")
                .params(pattern, pattern)
                .update();
    }
}
