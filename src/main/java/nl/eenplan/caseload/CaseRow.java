package nl.eenplan.caseload;

import java.time.LocalDate;
import java.util.UUID;

/**
 * One household in "Mijn gezinnen". For an {@link CaseView#ESCALATION} row only the name and the open
 * escalations are filled in; the rest is null or zero.
 *
 * @param participantId his participation in the team, or null when he finds it otherwise
 * @param overdue the open actions of the current plan past their target date
 * @param nextDeadline the earliest target date of an open action not yet passed
 * @param roundTable the date of a round table still to be held, or the end of its window
 * @param consentDue the earliest date a written form or renewal of consent is due
 * @param assignee who the access team assigned the household to, or null
 */
public record CaseRow(
        UUID householdId,
        String name,
        CaseView view,
        UUID participantId,
        UUID accessTeamId,
        PlanState planState,
        String coordinator,
        int overdue,
        LocalDate nextDeadline,
        int openEscalations,
        LocalDate roundTable,
        LocalDate consentDue,
        String assignee) {

    public boolean showsFacts() {
        return view.showsFacts();
    }

    /** Where the row leads: the plan for the team, the assignment for the access team, else the escalations. */
    public String link() {
        return switch (view) {
            case TEAM -> "/households/" + householdId + "/plan";
            case ACCESS_TEAM -> "/cases/" + householdId + "/assignment";
            case ESCALATION -> "/households/" + householdId + "/escalations";
        };
    }
}
