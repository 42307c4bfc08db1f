package nl.eenplan.calendar;

import java.time.LocalDate;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The terms of steps 3 and 4 of the escalation ladder (E-3, E-4). Terms in weeks count calendar
 * days and move to the next working day like a legal term; commitment counts working days.
 */
@Service
public class EscalationTerms {

    // E-3: the managers meet within at most two weeks.
    static final int MANAGERS_MEET_DAYS = 14;
    // E-4: the contact point records actions, result and deadline within one week.
    static final int CONTACT_POINT_RECORDS_DAYS = 7;
    // E-3, E-4: commitment within five working days.
    static final int COMMITMENT_WORKING_DAYS = 5;

    private final WorkingDays workingDays;

    public EscalationTerms(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /** E-3: the two managers meet within at most two weeks after the case went to step 3. */
    public Term managersMeet(LocalDate escalatedToManagers) {
        return new Term(escalatedToManagers, workingDays.dueAfterCalendarDays(escalatedToManagers, MANAGERS_MEET_DAYS));
    }

    /** E-3: commitment and new clear agreements within five working days after the managers met. */
    public Term managersCommitment(LocalDate managersMet) {
        return new Term(managersMet, workingDays.addWorkingDays(managersMet, COMMITMENT_WORKING_DAYS));
    }

    /**
     * E-4: within one week after the escalation the municipal contact point records which actions,
     * which result and which deadline. The municipality's closing days move the due date.
     */
    public Term contactPointRecords(UUID municipalityId, LocalDate escalatedToContactPoint) {
        return new Term(
                escalatedToContactPoint,
                workingDays.dueAfterCalendarDays(municipalityId, escalatedToContactPoint, CONTACT_POINT_RECORDS_DAYS));
    }

    /**
     * E-4: commitment within five working days after the escalation to the municipal contact point,
     * not counting the municipality's closing days.
     */
    public Term contactPointCommitment(UUID municipalityId, LocalDate escalatedToContactPoint) {
        return new Term(
                escalatedToContactPoint,
                workingDays.addWorkingDays(municipalityId, escalatedToContactPoint, COMMITMENT_WORKING_DAYS));
    }
}
