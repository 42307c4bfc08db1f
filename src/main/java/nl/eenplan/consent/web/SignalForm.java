package nl.eenplan.consent.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.consent.NewSignal;
import nl.eenplan.consent.SignalKind;

/** A referral-index registration or reporting-code step as the form sends it (C-6). */
record SignalForm(
        @NotNull(message = "{consent.subject.required}") UUID subjectId,

        @NotNull(message = "{consent.signal.kind.required}") SignalKind kind,

        @NotNull(message = "{consent.signal.on.required}") LocalDate on,
        String note) {

    static SignalForm on(LocalDate day) {
        return new SignalForm(null, null, day, "");
    }

    NewSignal toNewSignal() {
        return new NewSignal(subjectId, kind, on, note);
    }
}
