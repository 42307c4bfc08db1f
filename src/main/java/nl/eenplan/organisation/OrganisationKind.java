package nl.eenplan.organisation;

public enum OrganisationKind {
    MUNICIPALITY,
    ACCESS_TEAM,
    PROVIDER
}
