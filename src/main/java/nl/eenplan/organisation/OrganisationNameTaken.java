package nl.eenplan.organisation;

public class OrganisationNameTaken extends RuntimeException {

    public OrganisationNameTaken() {
        super("organisation name already in use");
    }
}
