package nl.eenplan.home;

/** A request parameter no form of EenPlan can send; answered with 400 and a translated message. */
public class UnacceptableInput extends RuntimeException {

    private final String field;

    public UnacceptableInput(String field) {
        super("unacceptable input in " + field.substring(0, Math.min(40, field.length())));
        this.field = field;
    }

    public String field() {
        return field;
    }
}
