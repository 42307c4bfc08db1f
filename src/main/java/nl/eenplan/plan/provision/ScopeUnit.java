package nl.eenplan.plan.provision;

/** PL-3: the unit of a requested scope, with its code in the iStandaarden list WJ756 (Eenheid). */
public enum ScopeUnit {
    MINUTE("01"),
    HOUR("04"),
    DAY_AND_NIGHT("14"),
    DAY_PART("16"),
    PIECE("84"),
    EURO("83");

    private final String code;

    ScopeUnit(String code) {
        this.code = code;
    }

    /** The WJ756 code. */
    public String code() {
        return code;
    }
}
