package nl.eenplan.escalation.web;

import java.util.UUID;

/** E-2..E-4: up to this step, with its owner(s) chosen among the candidates. */
record RaiseForm(Integer version, Integer toStep, UUID owner, UUID secondOwner) {}
