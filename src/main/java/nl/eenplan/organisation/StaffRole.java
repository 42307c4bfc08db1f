package nl.eenplan.organisation;

/** A role a person holds within an organisation; each grants the authority {@code ROLE_<name>}. */
public enum StaffRole {
    PROFESSIONAL,
    MANAGER,
    ATTENTION_OFFICER,
    AGENDA_HOLDER,
    MUNICIPAL_CONTACT_POINT,
    ACCESS_TEAM_MEMBER;

    public String authority() {
        return "ROLE_" + name();
    }
}
