package nl.eenplan.consent;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.household.HouseholdRegister;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * C-6: a professional of the team records a registration in the referral index (Verwijsindex) or a
 * step of the reporting code (Veilig Thuis), as a fact; then every {@link SignalChannel} gets it.
 */
@Service
public class Signalling {

    /** C-6: the referral index is for youths who have not yet turned 23. */
    public static final int REFERRAL_INDEX_BEFORE_AGE = 23;

    private final Signals signals;
    private final ConsentAccess access;
    private final HouseholdRegister households;
    private final List<SignalChannel> channels;
    private final AuditLog audit;
    private final Clock clock;

    Signalling(
            Signals signals,
            ConsentAccess access,
            HouseholdRegister households,
            List<SignalChannel> channels,
            AuditLog audit,
            Clock clock) {
        this.signals = signals;
        this.access = access;
        this.households = households;
        this.channels = List.copyOf(channels);
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * C-6: a recorded step on concerns in this household, for a part that answers it (the safety plan,
     * PL-6); logs nothing, the part's own read is logged.
     */
    public java.util.Optional<Signal> find(UUID householdId, UUID signalId) {
        return signals.ofHousehold(householdId).stream()
                .filter(s -> s.id().equals(signalId))
                .findFirst();
    }

    @Transactional
    public UUID record(UUID householdId, UUID accountId, NewSignal signal) {
        var viewer = access.professional(householdId, accountId);
        var subject = households.members(householdId).stream()
                .filter(m -> m.id().equals(signal.subjectId()))
                .findFirst()
                .orElseThrow(() -> new ConsentRefused("subjectId", "consent.subject.required"));
        if (signal.kind() == SignalKind.REFERRAL_INDEX && subject.ageOn(signal.on()) >= REFERRAL_INDEX_BEFORE_AGE) {
            throw new ConsentRefused("subjectId", "consent.signal.referralIndex.tooOld", subject.name());
        }
        var recorded = new Signal(
                UUID.randomUUID(),
                householdId,
                subject.id(),
                signal.kind(),
                signal.on(),
                signal.note(),
                accountId,
                clock.instant());
        signals.insert(recorded);
        audit.record(new AuditEvent(
                        accountId,
                        null,
                        "SIGNAL_RECORDED",
                        "signal",
                        recorded.id().toString(),
                        householdId,
                        recorded.kind().name())
                .about(subject.id())
                .on(viewer.participationBasis()));
        channels.forEach(channel -> channel.pass(recorded));
        return recorded.id();
    }
}
