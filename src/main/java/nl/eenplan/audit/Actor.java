package nl.eenplan.audit;

/** Someone in a household's access log: a name and, for a professional, the organisation (else null). */
public record Actor(String name, String organisation) {

    public Actor {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor has a name");
        }
    }
}
