package nl.eenplan.escalation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.escalation.EscalationChangedMeanwhile;
import nl.eenplan.escalation.EscalationReading;
import nl.eenplan.escalation.EscalationRefused;
import nl.eenplan.escalation.Involvement;
import nl.eenplan.escalation.Outcome;
import nl.eenplan.escalation.StagnationSignals;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanChangedMeanwhile;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Builds the escalation pages with the errors of the form that was sent, kept by the id of their
 * field so each shows beside its field and all are listed at the top; and answers every change the
 * same way: a refusal next to its field, a conflict when someone else changed it first, or back to
 * the page with a notice.
 */
@Component
class EscalationPage {

    private final EscalationReading reading;
    private final StagnationSignals signals;

    EscalationPage(EscalationReading reading, StagnationSignals signals) {
        this.reading = reading;
        this.signals = signals;
    }

    /** The household's escalations, prompts and signal form. */
    String household(UUID householdId, AccountPrincipal me, UUID about, Model model) {
        var page = reading.household(householdId, me.id(), signals.today());
        model.addAttribute("householdId", householdId);
        model.addAttribute("page", page);
        if (!model.containsAttribute("signalForm")) {
            model.addAttribute(
                    "signalForm",
                    about == null ? StagnationForm.empty() : StagnationForm.about(about, page.agreements()));
        }
        errors(model);
        return "escalation/household";
    }

    /** One escalation with the forms its person may use. */
    String detail(UUID householdId, UUID escalationId, AccountPrincipal me, Model model) {
        var detail = reading.detail(householdId, escalationId, me.id());
        model.addAttribute("householdId", householdId);
        model.addAttribute("detail", detail);
        model.addAttribute("e", detail.escalation());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("involvements", Involvement.values());
        if (!model.containsAttribute("outcomeForm")) {
            model.addAttribute("outcomeForm", OutcomeForm.empty());
        }
        if (!model.containsAttribute("meetingForm")) {
            model.addAttribute("meetingForm", MeetingForm.empty());
        }
        errors(model);
        return "escalation/detail";
    }

    /** A form this person sent about one escalation, to be answered with {@link Sent#change}. */
    Sent sent(UUID householdId, UUID escalationId, AccountPrincipal me, Model model, HttpServletResponse response) {
        return new Sent(this, householdId, escalationId, me, model, response);
    }

    /** A change that needs the version of the escalation the form was opened on. */
    @FunctionalInterface
    interface Change {
        void apply(int version);
    }

    /** A form sent about one escalation by one person. */
    record Sent(
            EscalationPage page,
            UUID householdId,
            UUID escalationId,
            AccountPrincipal me,
            Model model,
            HttpServletResponse response) {

        /**
         * One change to an escalation: values that could not be read (unless {@code binding} is null)
         * and errors found before, on the page again; a refusal next to its field and the page again;
         * a conflict (409) when the version is missing or outdated; otherwise back to the escalation
         * with a notice.
         */
        String change(
                String prefix,
                BindingResult binding,
                Integer version,
                RedirectAttributes flash,
                String notice,
                Change change) {
            if (binding != null) {
                rejectUnreadable(model, prefix, binding);
            }
            if (hasErrors(model)) {
                return detail();
            }
            if (version == null) {
                return conflict();
            }
            try {
                change.apply(version);
            } catch (EscalationRefused e) {
                reject(model, fieldOf(e.reason()), e.reason());
                return detail();
            } catch (EscalationChangedMeanwhile | PlanChangedMeanwhile e) {
                return conflict();
            }
            flash.addFlashAttribute("notice", notice);
            return "redirect:/households/" + householdId + "/escalations/" + escalationId;
        }

        private String detail() {
            return page.detail(householdId, escalationId, me, model);
        }

        /** Someone else changed the escalation first: nothing was stored; the page as it is now (409). */
        private String conflict() {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.asMap().remove("outcomeForm");
            model.asMap().remove("meetingForm");
            model.asMap().keySet().removeIf(key -> key.startsWith(BindingResult.MODEL_KEY_PREFIX));
            model.addAttribute("conflict", "escalation.changedMeanwhile");
            return detail();
        }
    }

    /** Values that could not be read (a date that is no date) get the general message. */
    static void rejectUnreadable(Model model, String prefix, BindingResult binding) {
        binding.getFieldErrors().forEach(e -> reject(model, prefix + e.getField(), "typeMismatch"));
    }

    static void reject(Model model, String fieldId, String messageKey) {
        errors(model).putIfAbsent(fieldId, messageKey);
    }

    static boolean hasErrors(Model model) {
        return !errors(model).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new LinkedHashMap<String, String>());
        }
        return (Map<String, String>) model.getAttribute("errors");
    }

    /** Puts a refusal next to the field it is about; a refusal of the step itself goes to the step's form. */
    static String fieldOf(String reason) {
        return switch (reason) {
            case "escalation.outcome.required" -> "outcome-outcome";
            case "escalation.outcome.agreementsRequired" -> "outcome-agreements";
            case "escalation.outcome.agreementDueRequired", "escalation.outcome.agreementDueBeforeStart" ->
                "outcome-agreementDue";
            case "escalation.outcome.intendedResultRequired" -> "outcome-intendedResult";
            case "escalation.outcome.involvementRequired" -> "outcome-involvement";
            case "escalation.meeting.dateRequired", "escalation.meeting.dateOutside" -> "meeting-metOn";
            case "escalation.raise.ownerUnknown" -> "raise-owner";
            case "escalation.refused.skip",
                    "escalation.refused.notHigher",
                    "escalation.refused.top",
                    "escalation.refused.outcomeFirst",
                    "escalation.refused.committed",
                    "escalation.refused.noCoordinatorManager",
                    "escalation.refused.noProfessionalManager",
                    "escalation.refused.noContactPoint",
                    "escalation.refused.noCoordinatorAccount" -> "raise";
            default -> "step";
        };
    }
}
