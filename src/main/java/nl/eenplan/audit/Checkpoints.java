package nl.eenplan.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signed checkpoints of the access log: kept in {@code audit_checkpoint} and appended, one JSON
 * line each, to {@code eenplan.audit.checkpoint-file}, which an operator ships elsewhere (see
 * docs/operations.md). Administrators download them all from {@code /admin/access-log/checkpoints.jsonl}.
 */
@Component
public class Checkpoints {

    private static final Logger log = LoggerFactory.getLogger(Checkpoints.class);

    private final JdbcClient jdbc;
    private final SigningKey key;
    private final Path file;
    private final JsonMapper json;
    private final Clock clock;

    Checkpoints(
            JdbcClient jdbc,
            @Value("${eenplan.audit.signing-key}") Path keyFile,
            @Value("${eenplan.audit.checkpoint-file}") Path file,
            JsonMapper json,
            Clock clock) {
        this.jdbc = jdbc;
        this.key = SigningKey.loadOrCreate(keyFile);
        this.file = file;
        this.json = json;
        this.clock = clock;
    }

    /** Signs the seal and stores the checkpoint, in the running transaction. */
    Checkpoint sign(AuditSeal seal) {
        var madeAt = EntryHash.storable(clock.instant());
        var unsigned = new Checkpoint(seal.seq(), seal.hash(), EntryHash.TIME.format(madeAt), key.publicKey(), null);
        var checkpoint = new Checkpoint(
                unsigned.seal(),
                unsigned.sealHash(),
                unsigned.madeAt(),
                unsigned.publicKey(),
                key.sign(unsigned.signedText()));
        jdbc.sql("""
                insert into audit_checkpoint (seal_seq, seal_hash, made_at, public_key, signature)
                values (?, ?, ?, ?, ?)
                """)
                .params(
                        checkpoint.seal(),
                        checkpoint.sealHash(),
                        Timestamp.from(madeAt),
                        checkpoint.publicKey(),
                        checkpoint.signature())
                .update();
        return checkpoint;
    }

    /** Appends the committed checkpoint to the file; a failure is logged, the database keeps it anyway. */
    void export(Checkpoint checkpoint) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.writeString(
                    file,
                    line(checkpoint) + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException | UncheckedIOException e) {
            log.warn(
                    "Could not append checkpoint {} of the access log to {}: {}",
                    checkpoint.seal(),
                    file,
                    e.toString());
        }
    }

    /** Every checkpoint in the database, oldest first. */
    public List<Checkpoint> all() {
        return jdbc.sql("select * from audit_checkpoint order by seal_seq")
                .query((rs, n) -> new Checkpoint(
                        rs.getLong("seal_seq"),
                        rs.getString("seal_hash"),
                        EntryHash.TIME.format(rs.getTimestamp("made_at").toInstant()),
                        rs.getString("public_key"),
                        rs.getString("signature")))
                .list();
    }

    /** Checkpoints as JSON lines, as in the file. */
    public String jsonLines(List<Checkpoint> checkpoints) {
        var out = new StringBuilder();
        checkpoints.forEach(c -> out.append(line(c)).append('\n'));
        return out.toString();
    }

    /** The checkpoints of a file of JSON lines kept by an operator; blank lines are skipped. */
    List<Checkpoint> read(Path kept) {
        try {
            return Files.readAllLines(kept, StandardCharsets.UTF_8).stream()
                    .filter(l -> !l.isBlank())
                    .map(l -> json.readValue(l, Checkpoint.class))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kept checkpoints " + kept, e);
        }
    }

    /** The file the checkpoints are appended to. */
    Path file() {
        return file;
    }

    /** The public key that signs this EenPlan's checkpoints. */
    String publicKey() {
        return key.publicKey();
    }

    private String line(Checkpoint checkpoint) {
        return json.writeValueAsString(checkpoint);
    }
}
