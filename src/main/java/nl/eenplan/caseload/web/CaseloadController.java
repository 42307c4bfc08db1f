package nl.eenplan.caseload.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import nl.eenplan.caseload.CaseFilter;
import nl.eenplan.caseload.Caseload;
import nl.eenplan.caseload.CaseloadRefused;
import nl.eenplan.caseload.PlanState;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Mijn gezinnen": search and filter the households one may find, a page at a time (issue 18, X-1). */
@Controller
class CaseloadController {

    private final Caseload caseload;

    CaseloadController(Caseload caseload) {
        this.caseload = caseload;
    }

    @GetMapping("/cases")
    String cases(
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(name = "q", required = false) String text,
            @RequestParam(name = "born", required = false) String born,
            @RequestParam(name = "filter", required = false) List<String> filters,
            @RequestParam(name = "plan", required = false) String plan,
            @RequestParam(name = "page", required = false) String page,
            Model model,
            HttpServletResponse response) {
        if (!Caseload.mayUse(me)) {
            throw new CaseloadRefused();
        }
        var search = CaseSearchForm.read(text, born, filters, plan, page);
        model.addAttribute("search", search);
        model.addAttribute("filters", CaseFilter.values());
        model.addAttribute("planStates", PlanState.values());
        if (!search.errors().isEmpty()) {
            // Bad input: the form again with the message next to the field; nothing is searched.
            model.addAttribute("errors", search.errors());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "caseload/cases";
        }
        model.addAttribute("errors", Map.of());
        model.addAttribute("result", caseload.find(me, search.query()));
        return "caseload/cases";
    }
}
