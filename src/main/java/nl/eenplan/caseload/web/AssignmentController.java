package nl.eenplan.caseload.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.caseload.AssignmentChangedMeanwhile;
import nl.eenplan.caseload.AssignmentRefused;
import nl.eenplan.caseload.CaseAssignment;
import nl.eenplan.home.LenientBinding;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The access team assigns a household of its municipality to one of its members or a professional (issue 18). */
@Controller
@RequestMapping("/cases/{householdId}/assignment")
class AssignmentController {

    private final CaseAssignment assignment;

    AssignmentController(CaseAssignment assignment) {
        this.assignment = assignment;
    }

    @InitBinder
    void lenient(WebDataBinder binder) {
        LenientBinding.idsAndAnswers(binder);
    }

    @GetMapping
    String page(@AuthenticationPrincipal AccountPrincipal me, @PathVariable UUID householdId, Model model) {
        model.addAttribute("overview", assignment.of(me, householdId));
        model.addAttribute("errors", Map.of());
        return "caseload/assignment";
    }

    @PostMapping
    String assign(
            @AuthenticationPrincipal AccountPrincipal me,
            @PathVariable UUID householdId,
            @ModelAttribute AssignForm form,
            Model model,
            RedirectAttributes flash,
            HttpServletResponse response) {
        try {
            assignment.assign(me, householdId, form.assignee(), form.current());
            flash.addFlashAttribute("notice", "caseload.assign.done");
            return "redirect:/cases/" + householdId + "/assignment";
        } catch (AssignmentRefused e) {
            model.addAttribute("errors", Map.of("assignee", e.messageKey()));
        } catch (AssignmentChangedMeanwhile e) {
            model.addAttribute("conflict", "caseload.assign.changedMeanwhile");
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("errors", Map.of());
        }
        model.addAttribute("overview", assignment.of(me, householdId));
        return "caseload/assignment";
    }
}
