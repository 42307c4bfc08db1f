package nl.eenplan.implementation;

/** IMP-3: how far an item of a checklist is. */
public enum ChecklistStatus {
    TO_DO,
    IN_PROGRESS,
    DONE
}
