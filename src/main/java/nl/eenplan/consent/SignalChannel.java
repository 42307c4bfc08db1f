package nl.eenplan.consent;

/**
 * Where a recorded signal (C-6) goes beyond EenPlan's own file: a later link to the referral index or
 * Veilig Thuis implements this. Called after the signal is stored, in the same transaction.
 */
public interface SignalChannel {

    void pass(Signal signal);
}
