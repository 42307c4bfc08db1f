package nl.eenplan.identity;

/** Staff and administrators always log in with an app; they cannot turn it off. */
public class SecondFactorRequired extends RuntimeException {

    SecondFactorRequired() {
        super("account.secondFactor.required");
    }
}
