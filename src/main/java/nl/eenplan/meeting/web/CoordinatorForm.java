package nl.eenplan.meeting.web;

import java.util.UUID;
import nl.eenplan.participation.ChosenBy;
import nl.eenplan.participation.CoordinationForm;

/** M-2: the coordinator decided at the first round table, on the versions of round table and coordination. */
record CoordinatorForm(
        Integer version, Integer coordinationVersion, UUID coordinatorId, CoordinationForm form, ChosenBy chosenBy) {

    static CoordinatorForm empty(int coordinationVersion) {
        return new CoordinatorForm(
                null, coordinationVersion, null, CoordinationForm.CASE_COORDINATION, ChosenBy.HOUSEHOLD);
    }
}
