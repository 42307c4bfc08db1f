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
import java.util.function.Predicate;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.calendar.PlanTerms;
import nl.eenplan.calendar.Term;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.Coordinations;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Role;
import nl.eenplan.participation.RoleEligibility;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.Action;
import nl.eenplan.plan.Arrangement;
import nl.eenplan.plan.CloseReason;
import nl.eenplan.plan.Goal;
import nl.eenplan.plan.Plan;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanEstablishing;
import nl.eenplan.plan.PlanPageSection;
import nl.eenplan.plan.PlanReading;
import nl.eenplan.plan.PlanRefused;
import nl.eenplan.plan.web.PlanViews.ActionView;
import nl.eenplan.plan.web.PlanViews.CoordinationView;
import nl.eenplan.plan.web.PlanViews.GoalView;
import nl.eenplan.plan.web.PlanViews.TermView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Builds the plan page as one viewer may see it, with the errors of the form that was sent.
 * Errors are kept by the id of the field they belong to, so the page can show each beside its field
 * and list them all at the top.
 */
@Component
class PlanPage {

    private final PlanReading reading;
    private final PlanEstablishing establishing;
    private final PlanAccess access;
    private final Team team;
    private final Coordinations coordinations;
    private final RoleEligibility eligibility;
    private final HouseholdRegister households;
    private final PlanTerms terms;
    private final List<PlanPageSection> sections;
    private final Clock clock;

    PlanPage(
            PlanReading reading,
            PlanEstablishing establishing,
            PlanAccess access,
            Team team,
            Coordinations coordinations,
            RoleEligibility eligibility,
            HouseholdRegister households,
            PlanTerms terms,
            List<PlanPageSection> sections,
            Clock clock) {
        this.reading = reading;
        this.establishing = establishing;
        this.access = access;
        this.team = team;
        this.coordinations = coordinations;
        this.eligibility = eligibility;
        this.households = households;
        this.terms = terms;
        this.sections = sections;
        this.clock = clock;
    }

    Viewer viewer(UUID householdId, AccountPrincipal person) {
        return access.viewer(householdId, person);
    }

    LocalDate today() {
        return DutchTime.today(clock);
    }

    /** What every plan page shows at the top: the household and, for everyone, who coordinates. */
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

    /** The plan page; copy-only participants get a page that leads to the established versions. */
    String show(UUID householdId, Viewer viewer, Model model) {
        viewer.seeingPlan();
        var participants = header(householdId, viewer, model);
        if (viewer.scope() == Viewer.Scope.COPY) {
            reading.openAsCopyRecipient(householdId, viewer);
            return "plan/plan-copy";
        }
        var plan = reading.current(householdId, viewer);
        var today = today();
        model.addAttribute("plan", plan);
        model.addAttribute("statusKey", statusKey(plan));
        model.addAttribute("editable", viewer.mayEdit() && !plan.closed());
        // H-4: after closing, a new plan may start.
        model.addAttribute("mayStartNew", viewer.mayEdit() && plan.closed());
        model.addAttribute("goals", goals(plan, viewer, participants, today));
        // PL-2: whom an action can be given to (RoleEligibility): never an expected child.
        model.addAttribute(
                "active", viewer.mayEdit() ? eligibility.eligible(householdId, Role.ACTION_OWNER) : List.of());
        model.addAttribute("goalsBeforeWarning", Plan.GOALS_BEFORE_WARNING);
        // PL-9: who agreed to the plan as it stands, and whether this viewer may agree.
        model.addAttribute("agreedNow", establishing.agreedNow(plan, participants, viewer));
        model.addAttribute("mayAgree", establishing.mayAgree(householdId, viewer));
        model.addAttribute("arrangements", Arrangement.values());
        model.addAttribute("closeReasons", CloseReason.values());
        // What modules above the plan add to its page (G-4: stagnation), without the plan knowing them.
        model.addAttribute(
                "sections",
                sections.stream()
                        .map(section -> section.shownTo(householdId, viewer.accountId()))
                        .flatMap(Optional::stream)
                        .toList());
        if (viewer.seesTab1()) {
            model.addAttribute("writtenTerm", term(plan.writtenPlanRequestedOn(), terms::writtenPlan, plan, today));
            model.addAttribute(
                    "establishedTerm", term(plan.noFamilyGroupPlanOn(), terms::establishedPlan, plan, today));
        }
        if (model.getAttribute("tab1Form") == null) {
            model.addAttribute("tab1Form", Tab1Form.of(plan));
        }
        if (model.getAttribute("goalForm") == null) {
            model.addAttribute("goalForm", GoalForm.empty());
        }
        if (model.getAttribute("closeForm") == null) {
            model.addAttribute("closeForm", CloseForm.empty());
        }
        if (model.getAttribute("actionForm") == null) {
            model.addAttribute("actionForm", ActionForm.empty());
        }
        return "plan/plan";
    }

    /**
     * Someone else saved the plan first: nothing was stored. The page shows the plan as it is now;
     * what was typed in a new goal or action stays, so it can be sent again on the new version.
     */
    String changedMeanwhile(UUID householdId, Viewer viewer, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.CONFLICT.value());
        model.asMap().remove("tab1Form");
        model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "tab1Form");
        model.addAttribute("conflict", "plan.changedMeanwhile");
        return show(householdId, viewer, model);
    }

    /**
     * One change to the plan, answered as every plan form answers it: without a version or on an
     * outdated one the current plan with a conflict (409); a refusal of the method next to its
     * field; otherwise what {@code change} returns.
     */
    String change(
            UUID householdId,
            Viewer viewer,
            Integer version,
            Model model,
            HttpServletResponse response,
            Function<String, String> fieldOfRefusal,
            IntFunction<String> change) {
        if (version == null) {
            return changedMeanwhile(householdId, viewer, model, response);
        }
        try {
            return change.apply(version);
        } catch (PlanRefused e) {
            reject(model, fieldOfRefusal.apply(e.reason()), e.reason());
            return show(householdId, viewer, model);
        } catch (PlanChangedMeanwhile e) {
            return changedMeanwhile(householdId, viewer, model, response);
        }
    }

    /** Back to the plan, with a notice (a message key) on top. */
    static String backToPlan(UUID householdId, RedirectAttributes flash, String notice) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:/households/" + householdId + "/plan";
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

    private static List<GoalView> goals(Plan plan, Viewer viewer, List<Participant> participants, LocalDate today) {
        var me = viewer.participant().id();
        var shown = plan.goals().stream()
                // network members see the goals they have an action in.
                .filter(g -> viewer.scope() == Viewer.Scope.FULL || !g.actions().isEmpty())
                .toList();
        Predicate<Action> mayMarkDone = a -> !plan.closed() && !a.done() && (viewer.mayEdit() || a.involves(me));
        return shown.stream()
                .map(g -> new GoalView(g, actions(g, participants, today, mayMarkDone), g == shown.getFirst()))
                .toList();
    }

    /** G-2: a goal's actions with the names of who does each. */
    static List<ActionView> actions(
            Goal goal, List<Participant> participants, LocalDate today, Predicate<Action> mayMarkDone) {
        var names = names(participants);
        return goal.actions().stream()
                .map(a -> new ActionView(
                        a,
                        a.participantIds().stream()
                                .map(id -> names.getOrDefault(id, "?"))
                                .sorted()
                                .collect(Collectors.joining(", ")),
                        a.overdueOn(today),
                        mayMarkDone.test(a)))
                .toList();
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

    private static TermView term(LocalDate start, Function<LocalDate, Term> rule, Plan plan, LocalDate today) {
        if (start == null) {
            return null;
        }
        var term = rule.apply(start);
        return new TermView(term.start(), term.due(), plan.lastVersionNumber() == 0 && term.isOverdueOn(today));
    }

    private static Map<UUID, String> names(List<Participant> participants) {
        return participants.stream().collect(Collectors.toMap(Participant::id, Participant::name));
    }
}
