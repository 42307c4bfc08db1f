package nl.eenplan.escalation;

/** E-4: whom the municipal contact point chose to involve in forcing a decision. */
public enum Involvement {
    NONE,
    MUNICIPAL_SERVICES,
    ALDERMAN_OR_MAYOR
}
