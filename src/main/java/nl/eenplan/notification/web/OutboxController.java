package nl.eenplan.notification.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.notification.Attachment;
import nl.eenplan.notification.Mailer;
import nl.eenplan.notification.OutboxMail;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/**
 * Administrators read the outbox: every mail EenPlan sent or still has to send, with its attachments,
 * which they can download.
 */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

    /** Types a browser only shows or saves; anything else is served as plain bytes. */
    private static final Set<String> KNOWN_TYPES = Set.of("text/calendar", "text/plain", "application/pdf");

    private final Mailer mailer;

    OutboxController(Mailer mailer) {
        this.mailer = mailer;
    }

    @GetMapping
    String list(Model model) {
        var mails = mailer.outbox(200);
        model.addAttribute("mails", mails);
        model.addAttribute(
                "attachments",
                mailer.attachmentsOf(mails.stream().map(OutboxMail::id).toList()));
        return "notification/outbox";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        var mail = mailer.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("mail", mail);
        model.addAttribute("attachments", mailer.attachmentsOf(List.of(id)).getOrDefault(id, List.of()));
        return "notification/mail";
    }

    /**
     * An attachment as a download, never shown in the page's origin: {@code Content-Disposition:
     * attachment}, and a type outside the known ones goes as {@code application/octet-stream}.
     */
    @GetMapping("/{id}/attachments/{position}")
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable int position) {
        var attachment =
                mailer.attachment(id, position).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return ResponseEntity.ok()
                .contentType(servedAs(attachment))
                .header(
                        "Content-Disposition",
                        ContentDisposition.attachment()
                                .filename(attachment.filename(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .cacheControl(CacheControl.noStore())
                .body(attachment.content());
    }

    static MediaType servedAs(Attachment attachment) {
        try {
            var type = MediaType.parseMediaType(attachment.contentType());
            var known = KNOWN_TYPES.contains(type.getType() + "/" + type.getSubtype());
            return known ? type : MediaType.APPLICATION_OCTET_STREAM;
        } catch (InvalidMediaTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
