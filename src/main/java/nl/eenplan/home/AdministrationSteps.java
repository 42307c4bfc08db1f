package nl.eenplan.home;

import java.util.List;
import nl.eenplan.identity.AccountKind;
import nl.eenplan.identity.AccountPrincipal;
import org.springframework.stereotype.Component;

/** What an administrator looks after: people and their roles, organisations, mail and the access log. */
@Component
class AdministrationSteps implements NextStepSource {

    @Override
    public List<NextStep> nextStepsFor(AccountPrincipal person) {
        if (person.kind() != AccountKind.ADMINISTRATOR) {
            return List.of();
        }
        return List.of(
                step("home.next.people", "/admin/people"),
                step("home.next.organisations", "/admin/organisations"),
                step("home.next.outbox", "/admin/outbox"),
                step("home.next.accessLog", "/admin/access-log"));
    }

    private static NextStep step(String kind, String path) {
        return new NextStep(kind, "", null, null, false, path);
    }
}
