package nl.eenplan.organisation;

/** Someone else changed the organisation since it was read. */
public class OrganisationChanged extends RuntimeException {

    OrganisationChanged() {
        super("Someone else changed the organisation since it was read.");
    }
}
