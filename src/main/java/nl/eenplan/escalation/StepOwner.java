package nl.eenplan.escalation;

/** Who owns a step of the ladder (E-1..E-4). */
public enum StepOwner {
    /** E-1, E-2: the coordinator, in a talk with the professional or with his own manager. */
    COORDINATOR,
    /** E-3: the coordinator's manager together with the professional's manager. */
    MANAGERS,
    /** E-4: the municipal contact point of the household's municipality, who has the mandate. */
    CONTACT_POINT
}
