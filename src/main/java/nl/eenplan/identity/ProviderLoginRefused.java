package nl.eenplan.identity;

/** The identity provider knows the person, but EenPlan does not let them in; nothing was created. */
class ProviderLoginRefused extends RuntimeException {

    /** Why, as the refusal page explains it. */
    enum Reason {
        NO_EMAIL,
        UNVERIFIED,
        NO_ACCOUNT,
        DEACTIVATED
    }

    private final Reason reason;

    ProviderLoginRefused(Reason reason) {
        super(reason.name(), null, false, false);
        this.reason = reason;
    }

    Reason reason() {
        return reason;
    }
}
