package nl.eenplan.plan.safety.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.plan.safety.SafetyContent;

/** The bodies the safety plan's API accepts (PL-6); the method's rules are checked by the use cases (422). */
final class SafetyRequests {

    private SafetyRequests() {}

    /** PL-6, C-6: why safety is at stake, and the step of the reporting code it answers (optional). */
    record Start(@Size(max = SafetyContent.MAX_TEXT) String reason, UUID signalId) {}

    /** One line: what, who (free words), the participant it names, a phone number (calls only). */
    record Entry(
            @Size(max = SafetyContent.MAX_TEXT) String what,
            @Size(max = SafetyContent.MAX_TEXT) String who,
            UUID participantId,
            @Size(max = 40) String phone) {

        SafetyContent.Entry entry() {
            return new SafetyContent.Entry(what, who, participantId, phone);
        }
    }

    /** What the safety plan says, whole: it replaces what it said (evaluated moments stay). */
    record Content(
            @Valid @Size(max = SafetyContent.MAX_LINES) List<Entry> risks,
            @Valid @Size(max = SafetyContent.MAX_LINES) List<Entry> agreements,
            @Valid @Size(max = SafetyContent.MAX_LINES) List<Entry> watches,
            @Valid @Size(max = SafetyContent.MAX_LINES) List<Entry> calls,
            @Size(max = SafetyContent.MAX_LINES) List<LocalDate> moments) {

        SafetyContent content() {
            return new SafetyContent(entries(risks), entries(agreements), entries(watches), entries(calls), moments);
        }

        private static List<SafetyContent.Entry> entries(List<Entry> entries) {
            return entries == null
                    ? List.of()
                    : entries.stream().map(e -> e == null ? null : e.entry()).toList();
        }
    }

    /** PL-6: an evaluation moment evaluated. */
    record Evaluation(
            LocalDate on,
            @Size(max = SafetyContent.MAX_TEXT) String outcome) {}

    /** PL-6: why the safety plan is no longer needed. */
    record End(@Size(max = SafetyContent.MAX_TEXT) String reason) {}
}
