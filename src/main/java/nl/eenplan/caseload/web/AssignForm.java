package nl.eenplan.caseload.web;

import java.util.UUID;

/** Who the household is assigned to, and the assignment the page showed as current (null for none). */
record AssignForm(UUID assignee, UUID current) {}
