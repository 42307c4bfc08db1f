package nl.eenplan.escalation;

/**
 * One step of a municipality's ladder (E-1..E-4): who owns it and its terms. A first term counts
 * calendar days (E-3: the managers meet within two weeks; E-4: the contact point records within one
 * week); commitment counts working days from the step's start or, when {@code
 * commitmentAfterFirstTerm}, from the first term (E-3: after the managers met).
 */
public record LadderStep(
        int number,
        StepOwner owner,
        Integer firstTermDays,
        int commitmentWorkingDays,
        boolean commitmentAfterFirstTerm) {

    public LadderStep {
        if (number < 1 || number > EscalationLadder.TOP) {
            throw new IllegalArgumentException("a ladder has steps 1 to " + EscalationLadder.TOP);
        }
        if (owner == null) {
            throw new IllegalArgumentException("every step has an owner");
        }
        if (firstTermDays != null && firstTermDays < 1) {
            throw new IllegalArgumentException("a first term lasts at least a day");
        }
        if (commitmentWorkingDays < 1) {
            throw new IllegalArgumentException("commitment takes at least one working day");
        }
        if (commitmentAfterFirstTerm && firstTermDays == null) {
            throw new IllegalArgumentException("commitment after a first term needs that term");
        }
    }

    public boolean hasFirstTerm() {
        return firstTermDays != null;
    }
}
