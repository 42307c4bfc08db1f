package nl.eenplan.plan.safety.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.consent.Viewer;
import nl.eenplan.household.HouseholdRegister;
import nl.eenplan.household.HouseholdSummary;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.participation.Participant;
import nl.eenplan.participation.Team;
import nl.eenplan.plan.PlanAccess;
import nl.eenplan.plan.PlanChangedMeanwhile;
import nl.eenplan.plan.PlanRefused;
import nl.eenplan.plan.safety.SafetyPlanHidden;
import nl.eenplan.plan.safety.SafetyPlanPart;
import nl.eenplan.plan.safety.SafetyPlanning;
import nl.eenplan.plan.safety.SafetySight;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How the safety plan tab is shown and answers its forms (PL-6): the page as the viewer sees it, a
 * refusal next to its field, a change made meanwhile as a conflict (409, nothing stored), and for whom
 * the safety plan is not shown a page saying why and, for a professional, the way to a decision to share
 * without consent (C-5), the usual way when safety is at stake.
 */
@Component
class SafetyPage {

    /** A change with the viewer and the plan's version the form was made on. */
    interface Change {
        void apply(Viewer viewer, int version);
    }

    private final PlanAccess access;
    private final SafetyPlanning planning;
    private final HouseholdRegister households;
    private final Team team;
    private final Clock clock;

    SafetyPage(PlanAccess access, SafetyPlanning planning, HouseholdRegister households, Team team, Clock clock) {
        this.access = access;
        this.planning = planning;
        this.households = households;
        this.team = team;
        this.clock = clock;
    }

    String show(UUID householdId, AccountPrincipal me, Model model, HttpServletResponse response) {
        var viewer = access.viewer(householdId, me);
        if (!viewer.seesPlan()) {
            // C-1: the plan's own page says whose consent is missing.
            return "redirect:/households/" + householdId + "/plan";
        }
        errors(model);
        model.addAttribute("householdId", householdId);
        model.addAttribute(
                "household",
                households.find(householdId).map(HouseholdSummary::name).orElse(""));
        try {
            var view = planning.read(householdId, viewer);
            var participants = team.of(householdId);
            model.addAttribute("view", view);
            model.addAttribute("today", DutchTime.today(clock));
            model.addAttribute("names", names(participants));
            model.addAttribute("participants", participants);
            model.addAttribute("fixedCalls", SafetyPlanPart.FIXED_CALLS);
            model.addAttribute("sharedWithoutConsent", viewer.sharedWithoutConsent());
            if (view.mayChange() && view.current().isPresent() && !model.containsAttribute("safetyForm")) {
                model.addAttribute("safetyForm", SafetyForm.of(view.current().get(), view.version()));
            }
            return "plan/safety";
        } catch (SafetyPlanHidden e) {
            response.setStatus(HttpStatus.FORBIDDEN.value());
            model.addAttribute("hidden", e);
            model.addAttribute("fromAge", SafetySight.MEMBER_FROM_AGE);
            var memberNames = households.members(householdId).stream()
                    .filter(m -> e.membersWithoutConsent().contains(m.id()))
                    .map(m -> m.name())
                    .sorted()
                    .collect(Collectors.joining(", "));
            model.addAttribute("memberNames", memberNames);
            return "plan/safety-hidden";
        }
    }

    /** One change, answered as every plan form answers it. */
    String change(
            UUID householdId,
            AccountPrincipal me,
            String version,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash,
            String notice,
            String field,
            Change change) {
        var viewer = access.viewer(householdId, me);
        if (!viewer.seesPlan()) {
            return "redirect:/households/" + householdId + "/plan";
        }
        Integer v = number(version);
        try {
            if (v == null) {
                throw new PlanChangedMeanwhile(-1);
            }
            change.apply(viewer, v);
            flash.addFlashAttribute("notice", notice);
            return "redirect:/households/" + householdId + "/plan/safety";
        } catch (SafetyPlanHidden e) {
            // PL-6, C-2: shown why not, and the way to share without consent (C-5); nothing stored.
            return show(householdId, me, model, response);
        } catch (PlanRefused e) {
            reject(model, field, e.reason());
        } catch (PlanChangedMeanwhile e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.asMap().remove("safetyForm");
            model.addAttribute("conflict", "plan.changedMeanwhile");
        }
        return show(householdId, me, model, response);
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> errors(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", new LinkedHashMap<String, String>());
        }
        return (Map<String, String>) model.getAttribute("errors");
    }

    static void reject(Model model, String field, String key) {
        errors(model).putIfAbsent(field, key);
    }

    static UUID uuid(String s) {
        try {
            return s == null || s.isBlank() ? null : UUID.fromString(s.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static LocalDate date(String s) {
        try {
            return s == null || s.isBlank() ? null : LocalDate.parse(s.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static Integer number(String s) {
        try {
            return s == null ? null : Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Map<UUID, String> names(java.util.List<Participant> participants) {
        return participants.stream().collect(Collectors.toMap(Participant::id, Participant::name, (a, b) -> a));
    }
}
