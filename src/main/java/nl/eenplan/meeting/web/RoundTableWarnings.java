package nl.eenplan.meeting.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import nl.eenplan.calendar.WorkingDays;
import nl.eenplan.consent.ConsentCoverage;
import nl.eenplan.home.ApiProblem;
import nl.eenplan.home.DateWarning;
import nl.eenplan.meeting.RoundTable;
import nl.eenplan.meeting.web.RoundTableRequests.PlanningRequest;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the API says about a change it kept all the same, as the pages warn after it: a day outside
 * the window (M-3), a day that is no working day, a professional no consent covers (C-1). Each
 * names the field it is about, in the language of the request.
 */
@Component
class RoundTableWarnings {

    private final WorkingDays workingDays;
    private final ConsentCoverage coverage;
    private final MessageSource messages;

    RoundTableWarnings(WorkingDays workingDays, ConsentCoverage coverage, MessageSource messages) {
        this.workingDays = workingDays;
        this.coverage = coverage;
        this.messages = messages;
    }

    /** A warning about the value of one field. */
    record Notice(String field, String detail) {}

    List<Notice> ofPlanning(UUID householdId, RoundTable planned, PlanningRequest request, HttpServletRequest http) {
        var locale = ApiProblem.language(http);
        var notices = new ArrayList<Notice>();
        if (planned.outsideWindow()) {
            notices.add(new Notice("date", messages.getMessage("meeting.planned.outsideWindow", null, locale)));
        }
        DateWarning.firstNonWorkingDay(List.of(request.date()), workingDays::isWorkingDay)
                .ifPresent(w -> notices.add(new Notice("date", messages.getMessage(w.key(), w.arguments(), locale))));
        Stream.of(request.chairId(), request.minuteTakerId())
                .filter(Objects::nonNull)
                .distinct()
                .forEach(id -> notices.addAll(ofConsent(
                        householdId, id.equals(request.chairId()) ? "chairId" : "minuteTakerId", List.of(id), http)));
        return notices;
    }

    /** C-1: the professionals among these participants whom no consent covers yet. */
    List<Notice> ofConsent(UUID householdId, String field, Collection<UUID> participantIds, HttpServletRequest http) {
        var locale = ApiProblem.language(http);
        return coverage.warnings(householdId, participantIds).stream()
                .map(w -> new Notice(
                        field,
                        messages.getMessage("consent.warning.missing", new Object[] {w.person(), w.members()}, locale)))
                .toList();
    }
}
