package nl.eenplan.plan.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanPageSection;
import nl.eenplan.plan.PlanReading;
import nl.eenplan.plan.PlanRefused;
import nl.eenplan.plan.PlanTab;
import nl.eenplan.plan.web.PlanViews.CoordinationView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Builds a tab page of the plan as one viewer may see it (X-5), with the errors of the form that was sent:
 * what every tab shows on top (status, links, the tab bar), then what the tab itself adds ({@link
 * PlanTabContent}). Errors are kept by the id of the field they belong to, so the page can show each beside
 * its field and list them all at the top.
 */
@Component
class PlanPage {

    private final PlanReading reading;
    private final PlanAccess access;
    private final Team team;
    private final Coordinations coordinations;
    private final HouseholdRegister households;
    private final List<PlanPageSection> sections;
    private final List<PlanTabContent> tabs;
    private final Clock clock;

    PlanPage(
            PlanReading reading,
            PlanAccess access,
            Team team,
            Coordinations coordinations,
            HouseholdRegister households,
            List<PlanPageSection> sections,
            List<PlanTabContent> tabs,
            Clock clock) {
        this.reading = reading;
        this.access = access;
        this.team = team;
        this.coordinations = coordinations;
        this.households = households;
        this.sections = sections;
        this.tabs = tabs;
        this.clock = clock;
    }

    Viewer viewer(UUID householdId, AccountPrincipal person) {
        return access.viewer(householdId, person);
    }

    LocalDate today() {
        return DutchTime.today(clock);
    }

    /** What every plan page shows at the top: the household and, for everyone, who coordinates (R-1). */
    List<Participant> header(UUID householdId, Viewer viewer, Model model) {
        var participants = team.of(householdId);
        model.addAttribute("householdId", householdId);
        model.addAttribute(
                "household",
                households.find(householdId).map(HouseholdSummary::name).orElse(""));
        model.addAttribute("viewer", viewer);
        model.addAttribute("mayEdit", viewer.mayEdit());
        model.addAttribute("coordination", coordination(householdId, participants));
        errors(model);
        return participants;
    }

    /**
     * One tab of the plan; copy-only participants get a page that leads to the established versions. The
     * plan is read once and logged once (X-1), under the event the tab names.
     */
    String show(UUID householdId, Viewer viewer, Model model, PlanTab tab) {
        viewer.seeingPlan();
        var participants = header(householdId, viewer, model);
        if (viewer.scope() == Viewer.Scope.COPY) {
            reading.openAsCopyRecipient(householdId, viewer);
            return "plan/plan-copy";
        }
        var content = tabs.stream().filter(t -> t.tab() == tab).findFirst().orElseThrow();
        var plan = content.logsItsOwnRead(viewer)
                ? reading.currentAsPartOf(householdId, viewer)
                : reading.current(householdId, viewer);
        model.addAttribute("plan", plan);
        model.addAttribute("tab", tab.name());
        model.addAttribute("statusKey", statusKey(plan));
        model.addAttribute("editable", viewer.mayEdit() && !plan.closed());
        // H-4: after closing, a new plan may start.
        model.addAttribute("mayStartNew", viewer.mayEdit() && plan.closed());
        // What modules above the plan add to this tab (G-4: stagnation), without the plan knowing them.
        model.addAttribute(
                "sections",
                sections.stream()
                        .filter(section -> section.tab() == tab)
                        .map(section -> section.shownTo(householdId, viewer.accountId()))
                        .flatMap(Optional::stream)
                        .toList());
        return content.fill(plan, viewer, participants, model);
    }

    /**
     * Someone else saved the plan first: nothing was stored. The tab shows the plan as it is now; what was
     * typed in a new goal or action stays, so it can be sent again on the new version.
     */
    String changedMeanwhile(UUID householdId, Viewer viewer, Model model, HttpServletResponse response, PlanTab tab) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.asMap().remove("tab1Form");
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "tab1Form");
        model.addAttribute("conflict", "plan.changedMeanwhile");
        return show(householdId, viewer, model, tab);
    }

    /**
     * One change to the plan, answered as every plan form answers it: without a version or on an
     * outdated one the current plan with a conflict (409); a refusal of the method next to its
     * field; otherwise what {@code change} returns. The answer shows the tab the form is on.
     */
    String change(
            UUID householdId,
            Viewer viewer,
            Integer version,
            Model model,
            HttpServletResponse response,
            PlanTab tab,
            Function<String, String> fieldOfRefusal,
            IntFunction<String> change) {
        if (version == null) {
            return changedMeanwhile(householdId, viewer, model, response, tab);
        }
        try {
            return change.apply(version);
        } catch (PlanRefused e) {
            reject(model, fieldOfRefusal.apply(e.reason()), e.reason());
            return show(householdId, viewer, model, tab);
        } catch (PlanChangedMeanwhile e) {
            return changedMeanwhile(householdId, viewer, model, response, tab);
        }
    }

    /** Back to tab 1 of the plan, with a notice (a message key) on top. */
    static String backToPlan(UUID householdId, RedirectAttributes flash, String notice) {
        return backTo(householdId, flash, notice, PlanTab.SITUATION, null);
    }

    /** Back to a tab of the plan, at an anchor when one is given, with a notice (a message key) on top. */
    static String backTo(UUID householdId, RedirectAttributes flash, String notice, PlanTab tab, String anchor) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:/households/" + householdId + "/plan" + tab.path() + (anchor == null ? "" : "#" + anchor);
    }

    /** Adds an error (a message key) for the field with this id. */
    static void reject(Model model, String fieldId, String messageKey) {
        errors(model).putIfAbsent(fieldId, messageKey);
    }

    /** Values that could not be read (a date that is no date) get the general message. */
    static void rejectUnreadable(Model model, String prefix, BindingResult binding) {
        binding.getFieldErrors().forEach(e -> reject(model, prefix + e.getField(), "typeMismatch"));
        if (binding.hasGlobalErrors()) {
            reject(model, prefix + "form", "typeMismatch");
        }
    }

    static boolean hasErrors(Model model) {
        return !errors(model).isEmpty();
    }

    /** The names of the team by participant id. */
    static Map<UUID, String> names(List<Participant> participants) {
        var names = new LinkedHashMap<UUID, String>();
        participants.forEach(p -> names.put(p.id(), p.name()));
        return names;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new LinkedHashMap<String, String>());
        }
        return (Map<String, String>) model.getAttribute("errors");
    }

    private CoordinationView coordination(UUID householdId, List<Participant> participants) {
        var state = coordinations.of(householdId);
        if (!state.hasCoordinator()) {
            return null;
        }
        var names = names(participants);
        var form = state.form() == null
                ? null
                : "plan.page.coordinationForm." + state.form().name() + (state.complex() ? "_COMPLEX" : "");
        return new CoordinationView(
                names.get(state.coordinatorId()),
                form,
                state.processCoordinatorId() == null ? null : names.get(state.processCoordinatorId()));
    }

    private static String statusKey(Plan plan) {
        if (plan.closed()) {
            return "plan.page.status.CLOSED";
        }
        if (plan.lastVersionNumber() == 0) {
            return "plan.page.status.DRAFT";
        }
        return plan.changedSinceVersion() ? "plan.page.status.CHANGED" : "plan.page.status.ESTABLISHED";
    }
}
