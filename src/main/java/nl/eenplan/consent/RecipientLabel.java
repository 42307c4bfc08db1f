package nl.eenplan.consent;

/**
 * How a recipient is shown: a participant by name and relation, an organisation by name; {@code name}
 * is {@code null} when the participant has left the team.
 */
public record RecipientLabel(String code, Recipient.Kind kind, String name, String relation) {

    public boolean participant() {
        return kind == Recipient.Kind.PARTICIPANT;
    }

    public boolean known() {
        return name != null;
    }
}
