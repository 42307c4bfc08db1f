package nl.eenplan.notification;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Delivers outbox mail over SMTP right after the transaction that queued it commits, and retries
 * what failed every minute. A mail with attachments goes as a multipart message, each attachment
 * with its own content type. Claims a mail for a while with one atomic update, so two EenPlan nodes never send one at once.
 */
@Component
class MailDelivery {

    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final int MAX_ATTEMPTS = 20;
    private static final Duration CLAIM = Duration.ofMinutes(2);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final Clock clock;
    private final String from;
    private final String smtpHost;

    MailDelivery(
            JdbcClient jdbc,
            ObjectProvider<JavaMailSender> sender,
            Clock clock,
            @Value("${eenplan.mail.from}") String from,
            @Value("${spring.mail.host:}") String smtpHost) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.clock = clock;
        this.from = from;
        this.smtpHost = smtpHost;
    }

    @TransactionalEventListener
    void onQueued(Mailer.MailQueued queued) {
        deliver(queued.id());
    }

    @Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT30S")
    void retryUndelivered() {
        jdbc.sql("select id from outbox_mail where delivered_at is null and attempts < ? order by created_at limit 100")
                .param(MAX_ATTEMPTS)
                .query(UUID.class)
                .list()
                .forEach(this::deliver);
    }

    void deliver(UUID id) {
        var mailSender = sender.getIfAvailable();
        if (smtpHost.isBlank() || mailSender == null) {
            return;
        }
        var claimed = jdbc.sql("""
                        update outbox_mail set attempts = attempts + 1, claimed_until = ?
                        where id = ? and delivered_at is null and attempts < ?
                          and (claimed_until is null or claimed_until < ?)
                        returning recipient, subject, body
                        """)
                .params(Timestamp.from(clock.instant().plus(CLAIM)), id, MAX_ATTEMPTS, Timestamp.from(clock.instant()))
                .query((rs, n) -> new OutgoingMail(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional()
                .map(mail -> new OutgoingMail(mail.recipient(), mail.subject(), mail.body(), attachments(id)));
        claimed.ifPresent(mail -> send(id, mail, mailSender));
    }

    private List<Attachment> attachments(UUID id) {
        return jdbc.sql(
                        "select filename, content_type, content from outbox_attachment where mail_id = ? order by position")
                .param(id)
                .query((rs, n) -> new Attachment(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .list();
    }

    private void send(UUID id, OutgoingMail mail, JavaMailSender mailSender) {
        try {
            MimeMessage message = mailSender.createMimeMessage();
            var multipart = !mail.attachments().isEmpty();
            var helper = new MimeMessageHelper(message, multipart, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.recipient());
            helper.setSubject(mail.subject());
            helper.setText(mail.body(), false);
            for (var attachment : mail.attachments()) {
                // The part's Content-Type is the attachment's own, e.g. text/calendar; method=REQUEST.
                helper.addAttachment(
                        attachment.filename(), new ByteArrayDataSource(attachment.content(), attachment.contentType()));
            }
            mailSender.send(message);
            jdbc.sql("update outbox_mail set delivered_at = ?, last_error = null where id = ?")
                    .params(Timestamp.from(clock.instant()), id)
                    .update();
        } catch (Exception e) {
            log.warn("Mail {} not delivered: {}", id, e.getMessage());
            jdbc.sql("update outbox_mail set last_error = ? where id = ?")
                    .params(e.getClass().getSimpleName() + ": " + e.getMessage(), id)
                    .update();
        }
    }
}
