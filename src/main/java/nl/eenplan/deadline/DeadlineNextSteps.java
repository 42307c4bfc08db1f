package nl.eenplan.deadline;

import java.util.List;
import nl.eenplan.home.NextStep;
import nl.eenplan.home.NextStepSource;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.stereotype.Component;

/** The start page's next steps from "Te doen": every module's open deadlines, logged as the to-do page logs them. */
@Component
class DeadlineNextSteps implements NextStepSource {

    private final ToDoList toDoList;

    DeadlineNextSteps(ToDoList toDoList) {
        this.toDoList = toDoList;
    }

    @Override
    public List<NextStep> nextStepsFor(AccountPrincipal person) {
        var toDo = toDoList.of(person);
        return toDo.deadlines().stream()
                .map(d -> new NextStep(
                        "deadline.kind." + d.kind().name(),
                        d.what(),
                        d.household(),
                        d.due(),
                        d.due().isBefore(toDo.today()),
                        d.path()))
                .toList();
    }
}
