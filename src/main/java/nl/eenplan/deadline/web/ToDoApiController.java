package nl.eenplan.deadline.web;

import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.deadline.Deadline;
import nl.eenplan.deadline.DeadlineKind;
import nl.eenplan.deadline.ToDoGroup;
import nl.eenplan.deadline.ToDoList;
import nl.eenplan.home.ApiPage;
import nl.eenplan.home.Paging;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * "Te doen" through the API: every open deadline of the person of the token, overdue first, then
 * soonest, with the heading the page shows it under. Each household shown is logged, as on the page.
 */
@RestController
class ToDoApiController {

    private final ToDoList toDoList;

    ToDoApiController(ToDoList toDoList) {
        this.toDoList = toDoList;
    }

    @GetMapping("/api/v1/to-do")
    ApiPage<ToDoItem> toDo(
            @RequestParam(required = false) Integer page,
            @RequestParam(required = false) Integer size,
            @AuthenticationPrincipal AccountPrincipal person) {
        var paging = Paging.of(page, size);
        var toDo = toDoList.of(person);
        return paging.of(
                toDo.deadlines().stream().map(d -> ToDoItem.of(d, toDo.today())).toList());
    }

    /**
     * One thing to do by a day: what kind, by when, under which heading (overdue, today, this week,
     * later), what, for which household, and the page where it is done.
     */
    record ToDoItem(
            String key,
            DeadlineKind kind,
            LocalDate due,
            ToDoGroup group,
            String what,
            UUID householdId,
            String household,
            String page) {

        static ToDoItem of(Deadline deadline, LocalDate today) {
            return new ToDoItem(
                    deadline.key(),
                    deadline.kind(),
                    deadline.due(),
                    ToDoGroup.of(deadline.due(), today),
                    deadline.what(),
                    deadline.householdId(),
                    deadline.household(),
                    deadline.path());
        }
    }
}
