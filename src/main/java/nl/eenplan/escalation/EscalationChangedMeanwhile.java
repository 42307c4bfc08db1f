package nl.eenplan.escalation;

/** Someone else changed the escalation after this person opened it: nothing was stored. */
public class EscalationChangedMeanwhile extends RuntimeException {

    public EscalationChangedMeanwhile() {
        super("escalation changed meanwhile");
    }
}
