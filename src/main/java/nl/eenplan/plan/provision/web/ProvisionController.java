package nl.eenplan.plan.provision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.provision.DecisionRequests;
import nl.eenplan.plan.provision.MemberLawEntry;
import nl.eenplan.plan.provision.Provisions;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Tab 3 of the plan (PL-3, PL-10): provisions, the law per member, and the decision request. */
@Controller
@RequestMapping("/households/{householdId}/plan/provisions")
class ProvisionController {

    private final ProvisionPage page;
    private final PlanAccess access;
    private final Provisions provisions;
    private final DecisionRequests requests;

    ProvisionController(ProvisionPage page, PlanAccess access, Provisions provisions, DecisionRequests requests) {
        this.page = page;
        this.access = access;
        this.provisions = provisions;
        this.requests = requests;
    }

    @GetMapping
    String show(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal me, Model model) {
        return page.show(householdId, access.viewer(householdId, me), model);
    }

    @PostMapping
    String add(
            @PathVariable UUID householdId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("provisionForm") ProvisionForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = access.viewer(householdId, me);
        if (ProvisionPage.rejectUnreadable(model, "provision-", binding)) {
            return page.show(householdId, viewer, model);
        }
        return page.change(
                householdId,
                viewer,
                form.version(),
                "provision-",
                Map.of(),
                model,
                response,
                flash,
                "provision.page.added",
                version -> provisions.add(householdId, viewer, version, form.toRequest()));
    }

    @PostMapping("/{provisionId}")
    String change(
            @PathVariable UUID householdId,
            @PathVariable UUID provisionId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("changeForm") ProvisionForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = access.viewer(householdId, me);
        var prefix = "provision-" + provisionId + "-";
        model.addAttribute("changing", provisionId);
        if (ProvisionPage.rejectUnreadable(model, prefix, binding)) {
            return page.show(householdId, viewer, model);
        }
        return page.change(
                householdId,
                viewer,
                form.version(),
                prefix,
                Map.of(),
                model,
                response,
                flash,
                "provision.page.changed",
                version ->
                        provisions.change(householdId, viewer, version, provisionId, form.toRequest(), form.status()));
    }

    @PostMapping("/{provisionId}/withdraw")
    String withdraw(
            @PathVariable UUID householdId,
            @PathVariable UUID provisionId,
            @AuthenticationPrincipal AccountPrincipal me,
            @RequestParam(required = false) Integer version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = access.viewer(householdId, me);
        return page.change(
                householdId,
                viewer,
                version,
                "provision-" + provisionId + "-",
                Map.of(),
                model,
                response,
                flash,
                "provision.page.withdrawn",
                v -> provisions.withdraw(householdId, viewer, v, provisionId));
    }

    @PostMapping("/laws/{memberId}")
    String law(
            @PathVariable UUID householdId,
            @PathVariable UUID memberId,
            @AuthenticationPrincipal AccountPrincipal me,
            @ModelAttribute("lawForm") MemberLawForm form,
            BindingResult binding,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        var viewer = access.viewer(householdId, me);
        var prefix = "law-" + memberId + "-";
        if (ProvisionPage.rejectUnreadable(model, prefix, binding)) {
            return page.show(householdId, viewer, model);
        }
        var fields = Map.of(
                "provision.refused.law", "law",
                "provision.refused.lawInUse", "law",
                "provision.refused.member", "law",
                "provision.refused.wmoDates", "supportRequestedOn",
                "provision.refused.dateImplausible", "supportRequestedOn",
                "provision.refused.personalPlanDate", "personalPlanReceivedOn");
        return page.change(
                householdId,
                viewer,
                form.version(),
                prefix,
                fields,
                model,
                response,
                flash,
                "provision.page.lawSaved",
                version -> provisions.setLaw(
                        householdId,
                        viewer,
                        version,
                        new MemberLawEntry(
                                memberId, form.law(), form.supportRequestedOn(), form.personalPlanReceivedOn())));
    }

    /** PL-3: the decision request as a PDF the household can read. */
    @GetMapping("/decision-request.pdf")
    ResponseEntity<byte[]> pdf(
            @PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal me, Locale locale) {
        var pdf = requests.pdf(householdId, access.viewer(householdId, me), locale);
        return download(pdf, MediaType.APPLICATION_PDF, "aanvraag-beschikking.pdf");
    }

    /** PL-3: the decision request as a JSON document shaped after iJw JW315. */
    @GetMapping("/decision-request.json")
    ResponseEntity<Object> json(@PathVariable UUID householdId, @AuthenticationPrincipal AccountPrincipal me) {
        var request = requests.json(householdId, access.viewer(householdId, me));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition("aanvraag-beschikking.json"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(request);
    }

    // The file name holds no personal data: it may end up in a shared downloads folder.
    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(name))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(body);
    }

    private static String disposition(String name) {
        return ContentDisposition.attachment().filename(name).build().toString();
    }
}
