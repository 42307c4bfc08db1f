package nl.eenplan.meeting;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import nl.eenplan.plan.Goal;
import nl.eenplan.plan.Plan;

/**
 * M-4: the agenda of a round table, prepared from the plan: the household's open goals, actions
 * past their target date, and goals whose evaluation moment falls before the meeting; at the
 * household's first round table without a coordinator also the choice of coordinator (M-2). The
 * chair changes and extends it afterwards. Items are written in Dutch, the working language.
 */
final class AgendaFromPlan {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private AgendaFromPlan() {}

    /**
     * @param today for actions past their target date
     * @param until evaluation moments up to this day are due (the last day of the window)
     * @param text the Dutch text of a message key with its arguments
     */
    static List<String> items(
            Plan plan,
            LocalDate today,
            LocalDate until,
            boolean chooseCoordinator,
            BiFunction<String, Object[], String> text) {
        var items = new ArrayList<String>();
        items.add(text.apply("meeting.agenda.item.opening", new Object[0]));
        if (chooseCoordinator) {
            items.add(text.apply("meeting.agenda.item.coordinator", new Object[0]));
        }
        var open = plan.goals().stream().filter(Goal::open).toList();
        for (var goal : open) {
            items.add(text.apply("meeting.agenda.item.goal", new Object[] {goal.title()}));
        }
        open.stream()
                .flatMap(goal -> goal.actions().stream())
                .filter(action -> action.overdueOn(today))
                .forEach(action -> items.add(text.apply(
                        "meeting.agenda.item.overdue", new Object[] {action.what(), DAY.format(action.targetDate())})));
        for (var goal : open) {
            var evaluation = goal.nextEvaluation();
            if (evaluation != null && !evaluation.isAfter(until)) {
                items.add(text.apply(
                        "meeting.agenda.item.evaluation", new Object[] {goal.title(), DAY.format(evaluation)}));
            }
        }
        items.add(text.apply("meeting.agenda.item.agreements", new Object[0]));
        items.add(text.apply("meeting.agenda.item.closing", new Object[0]));
        return items;
    }
}
