package nl.eenplan.escalation.web;

import java.time.LocalDate;

/** E-3: {@code POST .../escalations/{escalationId}/meeting}: the day the two managers met. */
record MeetingRequest(LocalDate metOn) {}
