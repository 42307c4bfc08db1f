package nl.eenplan.plan.provision;

import java.time.LocalDate;
import java.util.UUID;

/**
 * PL-10: what the plan records for one member about the law that applies: the law, and for the Wmo the
 * day support was asked for and the day a personal plan was handed in (both may be unknown).
 */
public record MemberLawEntry(
        UUID memberId, MemberLaw law, LocalDate supportRequestedOn, LocalDate personalPlanReceivedOn) {}
