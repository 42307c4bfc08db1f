package nl.eenplan.household;

/** Someone else changed this member since the form was opened: nothing was changed. */
public class MemberChangedMeanwhile extends RuntimeException {

    public MemberChangedMeanwhile() {
        super("member changed meanwhile");
    }
}
