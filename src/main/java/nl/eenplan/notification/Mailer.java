package nl.eenplan.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends mail. {@link #send} joins the caller's transaction: the mail leaves only when that
 * transaction commits, and is kept in the outbox with its attachments whatever happens to delivery.
 */
@Service
public class Mailer {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Mailer(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.events = events;
    }

    @Transactional
    public UUID send(OutgoingMail mail) {
        var id = UUID.randomUUID();
        jdbc.sql("insert into outbox_mail (id, recipient, subject, body, created_at) values (?, ?, ?, ?, ?)")
                .params(id, mail.recipient(), mail.subject(), mail.body(), Timestamp.from(clock.instant()))
                .update();
        var attachments = mail.attachments();
        for (int position = 0; position < attachments.size(); position++) {
            var attachment = attachments.get(position);
            jdbc.sql("""
                            insert into outbox_attachment (mail_id, position, filename, content_type, content)
                            values (?, ?, ?, ?, ?)
                            """)
                    .params(id, position, attachment.filename(), attachment.contentType(), attachment.content())
                    .update();
        }
        events.publishEvent(new MailQueued(id));
        return id;
    }

    @Transactional(readOnly = true)
    public List<OutboxMail> outbox(int limit) {
        return jdbc.sql("select * from outbox_mail order by created_at desc limit ?")
                .param(limit)
                .query(OutboxMail.class)
                .list();
    }

    @Transactional(readOnly = true)
    public Optional<OutboxMail> find(UUID id) {
        return jdbc.sql("select * from outbox_mail where id = ?")
                .param(id)
                .query(OutboxMail.class)
                .optional();
    }

    /** The files attached to a mail in the outbox, in the order they were attached. */
    @Transactional(readOnly = true)
    public List<Attachment> attachments(UUID mailId) {
        return jdbc.sql(
                        "select filename, content_type, content from outbox_attachment where mail_id = ? order by position")
                .param(mailId)
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    /** What is attached to these mails, without the content, by mail in the order attached. */
    @Transactional(readOnly = true)
    public Map<UUID, List<OutboxAttachment>> attachmentsOf(Collection<UUID> mailIds) {
        if (mailIds.isEmpty()) {
            return Map.of();
        }
        var ids = mailIds.stream().map(UUID::toString).collect(Collectors.joining(","));
        return jdbc
                .sql("""
                        select mail_id, position, filename, content_type, octet_length(content) from outbox_attachment
                        where mail_id::text = any(string_to_array(?, ',')) order by mail_id, position
                        """)
                .param(ids)
                .query((rs, n) -> new OutboxAttachment(
                        rs.getObject(1, UUID.class), rs.getInt(2), rs.getString(3), rs.getString(4), rs.getLong(5)))
                .list()
                .stream()
                .collect(Collectors.groupingBy(OutboxAttachment::mailId, LinkedHashMap::new, Collectors.toList()));
    }

    /** One attachment of a mail in the outbox, by its place among the mail's attachments. */
    @Transactional(readOnly = true)
    public Optional<Attachment> attachment(UUID mailId, int position) {
        return jdbc.sql(
                        "select filename, content_type, content from outbox_attachment where mail_id = ? and position = ?")
                .params(mailId, position)
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional();
    }

    record MailQueued(UUID id) {}
}
