package nl.eenplan.plan.provision;

/** PL-3: how often a requested scope recurs, with its code in the iStandaarden list WMO757 (Frequentie). */
public enum ScopeFrequency {
    PER_DAY("1"),
    PER_WEEK("2"),
    PER_MONTH("4"),
    IN_TOTAL("6");

    private final String code;

    ScopeFrequency(String code) {
        this.code = code;
    }

    /** The WMO757 code. */
    public String code() {
        return code;
    }
}
