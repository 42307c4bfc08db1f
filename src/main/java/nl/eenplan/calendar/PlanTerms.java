package nl.eenplan.calendar;

import java.time.LocalDate;
import org.springframework.stereotype.Service;

/**
 * The legal terms around a plan (PL-10), in calendar days. A term ending on a weekend day or a
 * holiday moves to the next working day, as the Algemene termijnenwet does for legal terms.
 * Closing days of a municipality do not move a legal term.
 */
@Service
public class PlanTerms {

    // PL-10 (Jeugdwet art. 4.1.3): within 14 days, calendar days as in the law.
    public static final int WRITTEN_PLAN_DAYS = 14;
    // PL-10: within 6 weeks after it is settled that no family-group plan will be made.
    public static final int ESTABLISHED_PLAN_DAYS = 6 * 7;
    // PL-10 (Wmo 2015 art. 2.3.2): seven days after the request for support.
    static final int PERSONAL_PLAN_DAYS = 7;

    private final WorkingDays workingDays;

    public PlanTerms(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    /**
     * PL-10: an oral plan is put in writing within 14 days after the youth, a parent or the
     * provider asked for it.
     */
    public Term writtenPlan(LocalDate requested) {
        return term(requested, WRITTEN_PLAN_DAYS);
    }

    /**
     * PL-10: the plan is established within 6 weeks after it was settled that no family-group
     * plan will be made.
     */
    public Term establishedPlan(LocalDate familyGroupPlanWaived) {
        return term(familyGroupPlanWaived, ESTABLISHED_PLAN_DAYS);
    }

    /** PL-10 (Wmo): the client may hand in a personal plan within 7 days after asking for support. */
    public Term personalPlan(LocalDate supportRequested) {
        return term(supportRequested, PERSONAL_PLAN_DAYS);
    }

    private Term term(LocalDate start, int calendarDays) {
        return new Term(start, workingDays.dueAfterCalendarDays(start, calendarDays));
    }
}
