package nl.eenplan.identity;

import java.util.Locale;
import nl.eenplan.notification.Mailer;
import nl.eenplan.notification.OutgoingMail;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The mails about one's own account, in the account's language, with links that start with {@code
 * eenplan.base-url} as the invitation's do.
 */
@Component
class AccountMail {

    private final Mailer mailer;
    private final MessageSource messages;
    private final String baseUrl;

    AccountMail(Mailer mailer, MessageSource messages, @Value("${eenplan.base-url}") String baseUrl) {
        this.mailer = mailer;
        this.messages = messages;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
    }

    /** Sends the mail {@code mail.<name>.subject} and {@code .body}; the body gets the name first. */
    void send(Account account, String name, Object... more) {
        var locale = Locale.forLanguageTag(account.locale());
        var arguments = new Object[more.length + 1];
        arguments[0] = account.displayName();
        System.arraycopy(more, 0, arguments, 1, more.length);
        var subject = messages.getMessage("mail." + name + ".subject", null, locale);
        var body = messages.getMessage("mail." + name + ".body", arguments, locale);
        mailer.send(new OutgoingMail(account.email(), subject, body));
    }

    String link(String path) {
        return baseUrl + path;
    }
}
