package nl.eenplan.plan.provision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntConsumer;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanRefused;
import nl.eenplan.plan.provision.Law;
import nl.eenplan.plan.provision.MemberLaw;
import nl.eenplan.plan.provision.ProvisionKind;
import nl.eenplan.plan.provision.ProvisionStatus;
import nl.eenplan.plan.provision.Provisions;
import nl.eenplan.plan.provision.ScopeFrequency;
import nl.eenplan.plan.provision.ScopeUnit;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Builds tab 3 (PL-3, PL-10) as one viewer may see it: the whole tab for whoever sees tab 1, a short
 * notice for network members and copy recipients. Errors are kept by the id of their field.
 */
@Component
class ProvisionPage {

    private final Provisions provisions;
    private final HouseholdRegister households;
    private final Clock clock;

    ProvisionPage(Provisions provisions, HouseholdRegister households, Clock clock) {
        this.provisions = provisions;
        this.households = households;
        this.clock = clock;
    }

    String show(UUID householdId, Viewer viewer, Model model) {
        viewer.seeingPlan();
        model.addAttribute("householdId", householdId);
        model.addAttribute(
                "household",
                households.find(householdId).map(HouseholdSummary::name).orElse(""));
        model.addAttribute("viewer", viewer);
        errors(model);
        if (!viewer.seesTab1()) {
            model.addAttribute("hidden", true);
            return "plan/provisions";
        }
        var tab = provisions.read(householdId, viewer);
        model.addAttribute("hidden", false);
        model.addAttribute("tab", tab);
        model.addAttribute("plan", tab.plan());
        model.addAttribute("editable", viewer.mayEdit() && !tab.plan().closed());
        model.addAttribute("today", DutchTime.today(clock));
        model.addAttribute("laws", Law.values());
        model.addAttribute("memberLaws", MemberLaw.values());
        model.addAttribute("kinds", ProvisionKind.values());
        model.addAttribute("units", ScopeUnit.values());
        model.addAttribute("frequencies", ScopeFrequency.values());
        model.addAttribute("statuses", ProvisionStatus.values());
        // PL-3: each provision's change form, holding what was sent when that change was refused.
        var forms = new LinkedHashMap<UUID, ProvisionForm>();
        tab.provisions().forEach(p -> forms.put(p.id(), ProvisionForm.of(p)));
        if (model.getAttribute("changing") instanceof UUID changing
                && model.getAttribute("changeForm") instanceof ProvisionForm sent) {
            forms.put(changing, sent);
        }
        model.addAttribute("forms", forms);
        if (model.getAttribute("provisionForm") == null) {
            model.addAttribute("provisionForm", ProvisionForm.empty());
        }
        return "plan/provisions";
    }

    /**
     * One change, answered as every plan form answers it: without a version or on an outdated one the tab
     * as it is now with a conflict (409), nothing stored; a refusal of the method beside its field.
     */
    String change(
            UUID householdId,
            Viewer viewer,
            Integer version,
            String prefix,
            Map<String, String> fieldOf,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash,
            String notice,
            IntConsumer change) {
        if (version == null) {
            return changedMeanwhile(householdId, viewer, model, response);
        }
        try {
            change.accept(version);
        } catch (PlanRefused e) {
            reject(model, prefix + fieldOf.getOrDefault(e.reason(), ProvisionForm.fieldOf(e.reason())), e.reason());
            return show(householdId, viewer, model);
        } catch (PlanChangedMeanwhile e) {
            return changedMeanwhile(householdId, viewer, model, response);
        }
        flash.addFlashAttribute("notice", notice);
        return "redirect:/households/" + householdId + "/plan/provisions";
    }

    /** Values that could not be read (a date that is no date, a choice not offered). */
    static boolean rejectUnreadable(Model model, String prefix, BindingResult binding) {
        binding.getFieldErrors().forEach(e -> reject(model, prefix + e.getField(), "typeMismatch"));
        if (binding.hasGlobalErrors()) {
            reject(model, prefix + "form", "typeMismatch");
        }
        return binding.hasErrors();
    }

    private String changedMeanwhile(UUID householdId, Viewer viewer, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.addAttribute("conflict", "plan.changedMeanwhile");
        return show(householdId, viewer, model);
    }

    static void reject(Model model, String fieldId, String messageKey) {
        errors(model).putIfAbsent(fieldId, messageKey);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new LinkedHashMap<String, String>());
        }
        return (Map<String, String>) model.getAttribute("errors");
    }
}
