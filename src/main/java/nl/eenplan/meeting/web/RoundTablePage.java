package nl.eenplan.meeting.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import nl.eenplan.consent.Viewer;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.meeting.Answer;
import nl.eenplan.meeting.DecisionKind;
import nl.eenplan.meeting.RoundTableChangedMeanwhile;
import nl.eenplan.meeting.RoundTableDetail;
import nl.eenplan.meeting.RoundTableRefused;
import nl.eenplan.meeting.RoundTableRoles;
import nl.eenplan.meeting.RoundTables;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;
import nl.eenplan.participation.CoordinatorRefused;
import nl.eenplan.participation.Participant;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanRefused;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Builds the round-table pages for one viewer, with the errors of the form that was sent, kept by
 * the id of their field so each shows beside its field and all are listed at the top; and answers
 * every form the same way: a refusal next to its field, a change made meanwhile as a conflict (409).
 */
@Component
class RoundTablePage {

    private final PlanAccess access;
    private final RoundTables roundTables;

    RoundTablePage(PlanAccess access, RoundTables roundTables) {
        this.access = access;
        this.roundTables = roundTables;
    }

    Viewer viewer(UUID householdId, AccountPrincipal person) {
        return access.viewer(householdId, person);
    }

    /** The round table with what every page of it shows; the errors map is always there. */
    RoundTableDetail detail(UUID householdId, UUID id, Viewer viewer, Model model) {
        return detail(householdId, id, viewer, roles -> true, model);
    }

    /** As {@link #detail(UUID, UUID, Viewer, Model)}, for a page that needs a role: without it, not found. */
    RoundTableDetail detail(UUID householdId, UUID id, Viewer viewer, Predicate<RoundTableRoles> allowed, Model model) {
        var detail = roundTables.detail(householdId, id, viewer, allowed);
        model.addAttribute("householdId", householdId);
        model.addAttribute("detail", detail);
        model.addAttribute("rt", detail.roundTable());
        model.addAttribute("today", roundTables.today());
        errors(model);
        return detail;
    }

    String showDetail(UUID householdId, UUID id, Viewer viewer, Model model) {
        var detail = detail(householdId, id, viewer, model);
        if (!model.containsAttribute("inviteForm")) {
            var notYetInvited = detail.invitable().stream()
                    .map(Participant::id)
                    .filter(p -> !detail.isInvited(p))
                    .toList();
            model.addAttribute("inviteForm", new InviteForm(detail.roundTable().version(), notYetInvited));
        }
        if (!model.containsAttribute("answerForm")) {
            model.addAttribute(
                    "answerForm",
                    AnswerForm.of(detail.myInvitation(), detail.roundTable().sequence()));
        }
        model.addAttribute("answers", Answer.values());
        return "meeting/round-table";
    }

    String showPlanning(UUID householdId, UUID id, Viewer viewer, Model model) {
        var detail = detail(householdId, id, viewer, RoundTableRoles::mayOrganise, model);
        if (!model.containsAttribute("scheduleForm")) {
            model.addAttribute("scheduleForm", ScheduleForm.of(detail.roundTable()));
        }
        return "meeting/round-table-planning";
    }

    String showAgenda(UUID householdId, UUID id, Viewer viewer, Model model) {
        var detail = detail(householdId, id, viewer, RoundTableRoles::mayEditAgenda, model);
        if (!model.containsAttribute("agendaForm")) {
            model.addAttribute("agendaForm", new AgendaForm(detail.roundTable().version(), detail.agenda(), ""));
        }
        return "meeting/round-table-agenda";
    }

    String showMinutes(UUID householdId, UUID id, Viewer viewer, Model model) {
        var detail = detail(householdId, id, viewer, RoundTableRoles::mayRecord, model);
        if (!model.containsAttribute("minutesForm")) {
            model.addAttribute("minutesForm", MinutesForm.of(detail));
        }
        if (!model.containsAttribute("decisionForm")) {
            model.addAttribute("decisionForm", DecisionForm.empty());
        }
        if (!model.containsAttribute("coordinatorForm")) {
            model.addAttribute("coordinatorForm", CoordinatorForm.empty(detail.coordinationVersion()));
        }
        model.addAttribute("decisionKinds", List.of(DecisionKind.ACTION, DecisionKind.GOAL, DecisionKind.AGREEMENT));
        model.addAttribute("coordinationForms", CoordinationForm.values());
        model.addAttribute("chosenByOptions", List.of(ChosenBy.HOUSEHOLD, ChosenBy.PARTICIPANTS));
        return "meeting/round-table-minutes";
    }

    /** A form this person sent to one round table, to be answered with {@link Sent#change}. */
    Sent sent(UUID householdId, UUID id, AccountPrincipal me, Model model, HttpServletResponse response) {
        return new Sent(householdId, id, viewer(householdId, me), model, response);
    }

    /** One of the round table's pages, with what the form sent to it left in the model. */
    @FunctionalInterface
    interface Shown {
        String on(UUID householdId, UUID id, Viewer viewer, Model model);
    }

    /** A change that needs the viewer and the version of the round table the form was opened on. */
    @FunctionalInterface
    interface Change {
        String apply(Viewer viewer, int version);
    }

    /** A form sent to one round table by one viewer. */
    record Sent(UUID householdId, UUID id, Viewer viewer, Model model, HttpServletResponse response) {

        /** As {@link #change(Shown, String, BindingResult, Integer, Function, Change)}, every plan refusal at the form. */
        String change(Shown page, String prefix, BindingResult binding, Integer version, Change change) {
            return change(page, prefix, binding, version, reason -> "form", change);
        }

        /**
         * One change to the round table: values that could not be read (unless {@code binding} is
         * null) on the page again; without a version, a conflict; otherwise answered as {@link
         * RoundTablePage#change(Model, HttpServletResponse, String, Function, Supplier, Supplier)}.
         */
        String change(
                Shown page,
                String prefix,
                BindingResult binding,
                Integer version,
                Function<String, String> fieldOfPlanRefusal,
                Change change) {
            Supplier<String> again = () -> page.on(householdId, id, viewer, model);
            if (binding != null && rejectUnreadable(model, prefix, binding)) {
                return again.get();
            }
            return RoundTablePage.change(model, response, prefix, fieldOfPlanRefusal, again, () -> {
                requireVersion(version);
                return change.apply(viewer, version);
            });
        }
    }

    /**
     * One change, answered as every round-table form answers it: a change made meanwhile as the
     * page as it is now with a conflict (409); a refusal of the method next to its field; otherwise
     * what {@code change} returns.
     */
    static String change(
            Model model,
            HttpServletResponse response,
            String prefix,
            Function<String, String> fieldOfPlanRefusal,
            Supplier<String> page,
            Supplier<String> change) {
        try {
            return change.get();
        } catch (RoundTableRefused e) {
            reject(model, prefix + e.field(), e.reason());
        } catch (PlanRefused e) {
            reject(model, prefix + fieldOfPlanRefusal.apply(e.reason()), e.reason());
        } catch (CoordinatorRefused e) {
            reject(model, prefix + "coordinatorId", e.reason());
        } catch (RoundTableChangedMeanwhile e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("conflict", "meeting.changedMeanwhile");
        }
        return page.get();
    }

    /** A form sent without the version it was opened on: treated as changed meanwhile. */
    static void requireVersion(Integer version) {
        if (version == null) {
            throw new RoundTableChangedMeanwhile();
        }
    }

    static String redirect(UUID householdId, UUID id, String tail, RedirectAttributes flash, String notice) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:/households/" + householdId + "/round-tables/" + id + tail;
    }

    static void reject(Model model, String fieldId, String messageKey) {
        errors(model).putIfAbsent(fieldId, messageKey);
    }

    /** Values that could not be read (a date that is no date, an altered choice) get the general message. */
    static boolean rejectUnreadable(Model model, String prefix, BindingResult binding) {
        binding.getFieldErrors().forEach(e -> reject(model, prefix + e.getField(), "typeMismatch"));
        if (binding.hasGlobalErrors()) {
            reject(model, prefix + "form", "typeMismatch");
        }
        return binding.hasErrors();
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> errors(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new LinkedHashMap<String, String>());
        }
        return (Map<String, String>) model.getAttribute("errors");
    }
}
