package nl.eenplan.implementation;

import java.time.LocalDate;
import java.util.UUID;

/** IMP-3: one item of a checklist: what is to be in place, the action, who is responsible, when, how far. */
public record ChecklistItem(
        UUID id,
        int position,
        String section,
        String text,
        String action,
        String responsible,
        LocalDate plannedOn,
        ChecklistStatus status,
        int version) {}
