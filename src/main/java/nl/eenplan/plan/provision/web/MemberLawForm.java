package nl.eenplan.plan.provision.web;

import java.time.LocalDate;
import nl.eenplan.plan.provision.MemberLaw;
import org.springframework.format.annotation.DateTimeFormat;

/** PL-10: the law that applies to one member, as the page's form sends it, with the Wmo dates. */
record MemberLawForm(
        Integer version,
        MemberLaw law,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate supportRequestedOn,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate personalPlanReceivedOn) {}
