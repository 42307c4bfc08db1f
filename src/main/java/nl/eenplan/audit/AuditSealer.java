package nl.eenplan.audit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals the committed entries of the access log in batches, every {@code
 * eenplan.audit.seal-interval} (one second): the database seals every transaction that has ended since
 * the last seal ({@code audit_seal_next}, V30). Every node runs it; an advisory try-lock lets one seal
 * at a time and the others skip. A seal is signed as a checkpoint when the last checkpoint is older
 * than {@code eenplan.audit.checkpoint-interval} (one minute). Every hour it makes the next months'
 * partitions of the log.
 */
@Component
public class AuditSealer {

    private static final Logger log = LoggerFactory.getLogger(AuditSealer.class);
    private static final int MAX_ENTRIES = 10_000;
    private static final int MONTHS_AHEAD = 3;
    private static final Duration PARTITION_CHECK = Duration.ofHours(1);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Checkpoints checkpoints;
    private final Clock clock;
    private final Duration checkpointInterval;
    private volatile Instant lastCheckpoint = Instant.MIN;
    private volatile Instant partitionsChecked = Instant.MIN;

    AuditSealer(
            JdbcClient jdbc,
            TransactionTemplate transactions,
            Checkpoints checkpoints,
            Clock clock,
            @Value("${eenplan.audit.checkpoint-interval:PT1M}") Duration checkpointInterval) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.checkpoints = checkpoints;
        this.clock = clock;
        this.checkpointInterval = checkpointInterval;
    }

    @Scheduled(fixedDelayString = "${eenplan.audit.seal-interval:PT1S}", initialDelayString = "PT1S")
    void sealOnSchedule() {
        try {
            makePartitionsAhead();
            while (seal(false).map(s -> s.entries() >= MAX_ENTRIES).orElse(false)) {
                // A full batch: more may be waiting.
            }
        } catch (DataAccessException | TransactionException e) {
            log.warn("Sealing the access log failed; trying again: {}", e.getMessage());
        }
    }

    /**
     * Seals what has been committed and is not sealed yet, and signs it as a checkpoint when one is due
     * or asked for. Empty when there was nothing to seal, or another node was sealing.
     */
    public Optional<AuditSeal> seal(boolean checkpoint) {
        var made = transactions.execute(status -> {
            var seal = jdbc.sql("select * from audit_seal_next(?)")
                    .param(MAX_ENTRIES)
                    .query((rs, n) -> AuditChain.seal(rs))
                    .optional();
            var signed = seal.filter(s -> checkpoint || due()).map(checkpoints::sign);
            return new Made(seal, signed);
        });
        made.checkpoint().ifPresent(c -> {
            lastCheckpoint = clock.instant();
            checkpoints.export(c);
        });
        return made.seal();
    }

    private record Made(Optional<AuditSeal> seal, Optional<Checkpoint> checkpoint) {}

    private boolean due() {
        return !lastCheckpoint.plus(checkpointInterval).isAfter(clock.instant());
    }

    private void makePartitionsAhead() {
        var now = clock.instant();
        if (partitionsChecked.plus(PARTITION_CHECK).isAfter(now)) {
            return;
        }
        var made = jdbc.sql("select audit_entry_partitions_ahead(?)")
                .param(MONTHS_AHEAD)
                .query(Integer.class)
                .single();
        if (made > 0) {
            log.info("Made {} new monthly partitions of the access log", made);
        }
        partitionsChecked = now;
    }
}
