package nl.eenplan.plan.provision;

/**
 * PL-3: common kinds of youth care (jeugdhulp) and Wmo custom provisions (maatwerkvoorzieningen), each
 * with its law and, for youth care, its product category in the iStandaarden list JZ020
 * (Productcategorie). {@link #OTHER} is described in words and may be asked under either law. Labels:
 * {@code provision.kind.<NAME>}.
 */
public enum ProvisionKind {
    YOUTH_OUTPATIENT(Law.JEUGDWET, "45"),
    YOUTH_DAY_TREATMENT(Law.JEUGDWET, "41"),
    YOUTH_MENTAL_HEALTH(Law.JEUGDWET, "54"),
    YOUTH_PERSONAL_CARE(Law.JEUGDWET, "40"),
    YOUTH_RESIDENTIAL(Law.JEUGDWET, "43"),
    YOUTH_FOSTER_CARE(Law.JEUGDWET, "44"),
    YOUTH_CRISIS(Law.JEUGDWET, "46"),
    YOUTH_TRANSPORT(Law.JEUGDWET, "42"),
    YOUTH_CUSTOM_ARRANGEMENT(Law.JEUGDWET, "50"),
    WMO_SUPPORT(Law.WMO, null),
    WMO_DAY_ACTIVITIES(Law.WMO, null),
    WMO_HOUSEHOLD_HELP(Law.WMO, null),
    WMO_SHORT_STAY(Law.WMO, null),
    WMO_SHELTERED_LIVING(Law.WMO, null),
    WMO_SHELTER(Law.WMO, null),
    WMO_HOME_ADAPTATION(Law.WMO, null),
    WMO_AID(Law.WMO, null),
    WMO_TRANSPORT(Law.WMO, null),
    OTHER(null, null);

    private final Law law;
    private final String category;

    ProvisionKind(Law law, String category) {
        this.law = law;
        this.category = category;
    }

    /** The law this kind belongs to; {@code null} for {@link #OTHER}. */
    public Law law() {
        return law;
    }

    /** Whether this kind may be asked under {@code asked}. */
    public boolean fits(Law asked) {
        return law == null || law == asked;
    }

    /** The JZ020 product category for youth care; {@code null} where EenPlan knows none. */
    public String category() {
        return category;
    }

    public String labelKey() {
        return "provision.kind." + name();
    }
}
