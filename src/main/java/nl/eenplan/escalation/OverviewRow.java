package nl.eenplan.escalation;

import java.time.LocalDate;

/**
 * An escalation in the overview of managers and contact points: its age in working days and the
 * next term of its current step (none once the outcome is recorded).
 */
public record OverviewRow(EscalationListing listing, int ageInWorkingDays, LocalDate nextDue, boolean overdue) {}
