package nl.eenplan.organisation;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import nl.eenplan.calendar.DutchTime;
import nl.eenplan.identity.AccountActivity;
import nl.eenplan.identity.AccountAdministration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IMP-5: who is trained in the method (the basic training) and in chairing a meeting. An administrator
 * records it on the person's page, naming the account version he saw; logged. R-9 asks both of a
 * coordinator of intensive coordination.
 */
@Service
public class StaffTraining {

    private final JdbcClient jdbc;
    private final AccountAdministration administration;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StaffTraining(
            JdbcClient jdbc, AccountAdministration administration, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.administration = administration;
        this.events = events;
        this.clock = clock;
    }

    /** The trainings this person completed, basic training first. */
    @Transactional(readOnly = true)
    public List<TrainingRecord> of(UUID accountId) {
        return jdbc.sql("select account_id, kind, completed_on from staff_training where account_id = ? order by kind")
                .param(accountId)
                .query(TrainingRecord.class)
                .list();
    }

    /** Whether this person completed this training. */
    @Transactional(readOnly = true)
    public boolean completed(UUID accountId, TrainingKind kind) {
        return accountId != null && of(accountId).stream().anyMatch(t -> t.kind() == kind);
    }

    /** trained in the method and in chairing a meeting. */
    @Transactional(readOnly = true)
    public boolean trainedToCoordinate(UUID accountId) {
        return completed(accountId, TrainingKind.METHOD_BASIC) && completed(accountId, TrainingKind.CHAIRING);
    }

    /** Records a completed training (again: the new date replaces the old one). */
    @Transactional
    public void record(UUID adminId, UUID accountId, int version, TrainingKind kind, LocalDate completedOn) {
        if (completedOn.isAfter(DutchTime.today(clock))) {
            throw new IllegalArgumentException("a training is recorded once it is done");
        }
        administration.claim(accountId, version);
        jdbc.sql("""
                insert into staff_training (account_id, kind, completed_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)
                on conflict (account_id, kind) do update set completed_on = excluded.completed_on,
                  recorded_by = excluded.recorded_by, recorded_at = excluded.recorded_at
                """)
                .params(accountId, kind.name(), completedOn, adminId, Timestamp.from(clock.instant()))
                .update();
        events.publishEvent(AccountActivity.onAccount(adminId, "STAFF_TRAINING_RECORDED", accountId, kind.name()));
    }

    /** Takes a training record away (recorded by mistake). */
    @Transactional
    public void remove(UUID adminId, UUID accountId, int version, TrainingKind kind) {
        administration.claim(accountId, version);
        jdbc.sql("delete from staff_training where account_id = ? and kind = ?")
                .params(accountId, kind.name())
                .update();
        events.publishEvent(AccountActivity.onAccount(adminId, "STAFF_TRAINING_REMOVED", accountId, kind.name()));
    }
}
