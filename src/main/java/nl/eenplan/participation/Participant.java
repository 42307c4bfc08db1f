package nl.eenplan.participation;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Someone in the team around a household (H-2). Active participants take part in the plan; the
 * others only receive a copy (for example the GP). {@code enforcing} marks a party that enforces
 * (child protection council, police): R-5 keeps it from coordinating while a measure is considered.
 */
public record Participant(
        UUID id,
        UUID householdId,
        ParticipantKind kind,
        UUID memberId,
        UUID accountId,
        UUID organisationId,
        String name,
        String relation,
        Set<DayOfWeek> reachableDays,
        String phone,
        String email,
        boolean active,
        boolean receivesCopy,
        boolean enforcing,
        LegalRole legalRole) {

    public boolean isProfessional() {
        return kind == ParticipantKind.PROFESSIONAL;
    }

    static String daysColumn(Set<DayOfWeek> days) {
        return days.stream().sorted().map(DayOfWeek::name).collect(Collectors.joining(","));
    }

    static Set<DayOfWeek> daysOf(String column) {
        var days = EnumSet.noneOf(DayOfWeek.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(DayOfWeek::valueOf).forEach(days::add);
        }
        return days;
    }
}
