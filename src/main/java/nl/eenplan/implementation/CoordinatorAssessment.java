package nl.eenplan.implementation;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * IMP-6: the recruitment record of a coordinator: the provider assessed him on the competence profile
 * on this date, and found these competences.
 */
public record CoordinatorAssessment(
        UUID organisationId, UUID accountId, LocalDate assessedOn, Set<Competence> competences) {}
