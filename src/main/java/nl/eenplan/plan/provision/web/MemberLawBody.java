package nl.eenplan.plan.provision.web;

import java.time.LocalDate;
import nl.eenplan.plan.provision.MemberLaw;

/** PL-10 through the API: the law that applies to a member and, under the Wmo, its two dates. */
record MemberLawBody(MemberLaw law, LocalDate supportRequestedOn, LocalDate personalPlanReceivedOn) {}
