package nl.eenplan.plan.web.fhir;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.eenplan.plan.GoalStatus;
import nl.eenplan.plan.web.PlanResource.ActionResource;
import nl.eenplan.plan.web.PlanResource.GoalResource;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Goal;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;
import org.hl7.fhir.r4.model.codesystems.GoalAchievement;

/**
 * G-1, G-2: each goal of the plan read becomes a Goal, each of its actions a Task based on the plan
 * and focused on its goal: what as description, the start and target date as the period in which it
 * is to be done, done as completed. An action several people do together is a Task without owner with
 * one part ({@code partOf}) per person, since a Task has one owner.
 */
final class GoalsAndTasks {

    private final List<Goal> goals = new ArrayList<>();
    private final List<Task> actions = new ArrayList<>();
    private final List<Task> parts = new ArrayList<>();

    GoalsAndTasks(List<GoalResource> planGoals, Reference plan, People people) {
        for (var g : planGoals) {
            var goal = Ids.identified(new Goal(), g.id())
                    .setLifecycleStatus(
                            g.status() == GoalStatus.OPEN
                                    ? Goal.GoalLifecycleStatus.ACTIVE
                                    : Goal.GoalLifecycleStatus.COMPLETED)
                    .setAchievementStatus(achievement(g.status()))
                    .setDescription(new CodeableConcept().setText(g.title()))
                    .setSubject(people.householdReference());
            goals.add(goal);
            var goalReference = Ids.to(goal, g.title());
            g.actions().forEach(a -> add(a, plan, goalReference, people));
        }
    }

    List<Goal> goals() {
        return goals;
    }

    /** The Tasks of the actions, each once, in the plan's order. */
    List<Task> actions() {
        return actions;
    }

    /** The Tasks of everyone's part in an action done by several people. */
    List<Task> parts() {
        return parts;
    }

    private void add(ActionResource a, Reference plan, Reference goal, People people) {
        var task = task(a, plan, goal, people);
        Ids.identified(task, a.id());
        actions.add(task);
        if (a.who().size() == 1) {
            task.setOwner(people.of(a.who().getFirst()));
            return;
        }
        var whole = Ids.to(task, a.what());
        for (var person : a.who()) {
            var part = Ids.identified(task(a, plan, goal, people), Ids.derived("part:" + person.id(), a.id()));
            parts.add(part.addPartOf(whole).setOwner(people.of(person)));
        }
    }

    private static Task task(ActionResource a, Reference plan, Reference goal, People people) {
        var task = new Task()
                .setStatus(a.doneAt() == null ? Task.TaskStatus.INPROGRESS : Task.TaskStatus.COMPLETED)
                .setIntent(Task.TaskIntent.PLAN)
                .setDescription(a.what())
                .addBasedOn(plan.copy())
                .setFocus(goal.copy())
                .setFor(people.householdReference());
        task.getRestriction()
                .setPeriod(new Period().setStartElement(day(a.startDate())).setEndElement(day(a.targetDate())));
        if (a.doneAt() != null) {
            task.setExecutionPeriod(new Period().setEndElement(Ids.moment(a.doneAt())));
        }
        return task;
    }

    private static DateTimeType day(LocalDate date) {
        return date == null ? null : new DateTimeType(date.toString());
    }

    private static CodeableConcept achievement(GoalStatus status) {
        var achievement = switch (status) {
            case OPEN -> GoalAchievement.INPROGRESS;
            case REACHED -> GoalAchievement.ACHIEVED;
            case NOT_REACHED -> GoalAchievement.NOTACHIEVED;
        };
        var concept = new CodeableConcept();
        concept.addCoding()
                .setSystem(achievement.getSystem())
                .setCode(achievement.toCode())
                .setDisplay(achievement.getDisplay());
        return concept;
    }
}
