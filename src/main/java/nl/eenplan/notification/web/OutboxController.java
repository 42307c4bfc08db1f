package nl.eenplan.notification.web;

import java.util.UUID;
import nl.eenplan.notification.Mailer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

/** Administrators read the outbox: every mail EenPlan sent or still has to send. */
@Controller
@RequestMapping("/admin/outbox")
class OutboxController {

    private final Mailer mailer;

    OutboxController(Mailer mailer) {
        this.mailer = mailer;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("mails", mailer.outbox(200));
        return "notification/outbox";
    }

    @GetMapping("/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute(
                "mail", mailer.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
        return "notification/mail";
    }
}
