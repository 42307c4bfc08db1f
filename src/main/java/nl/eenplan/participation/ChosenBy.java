package nl.eenplan.participation;

/** who chose the coordinator. The household first; the access team when parties disagree. */
public enum ChosenBy {
    HOUSEHOLD,
    PARTICIPANTS,
    ACCESS_TEAM
}
