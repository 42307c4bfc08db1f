package nl.eenplan.caseload;

/** Someone else assigned the household after this person opened the page: nothing was stored. */
public class AssignmentChangedMeanwhile extends RuntimeException {

    public AssignmentChangedMeanwhile() {
        super("the assignment changed meanwhile");
    }
}
