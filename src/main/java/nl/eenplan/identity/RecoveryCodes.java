package nl.eenplan.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One-time codes for when the authenticator app is lost; stored only as hashes. */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final JdbcClient jdbc;
    private final Clock clock;

    RecoveryCodes(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Replaces all codes of the account; the returned codes are never shown again. */
    List<String> renew(UUID accountId) {
        jdbc.sql("delete from recovery_code where account_id = ?")
                .param(accountId)
                .update();
        var codes = new ArrayList<String>();
        for (int i = 0; i < COUNT; i++) {
            var code = randomCode();
            codes.add(code);
            jdbc.sql("insert into recovery_code (account_id, code_hash) values (?, ?)")
                    .params(accountId, Tokens.hash(normalise(code)))
                    .update();
        }
        return codes;
    }

    void clear(UUID accountId) {
        jdbc.sql("delete from recovery_code where account_id = ?")
                .param(accountId)
                .update();
    }

    boolean use(UUID accountId, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        return jdbc.sql(
                                "update recovery_code set used_at = ? where account_id = ? and code_hash = ? and used_at is null")
                        .params(Timestamp.from(clock.instant()), accountId, Tokens.hash(normalise(code)))
                        .update()
                == 1;
    }

    int remaining(UUID accountId) {
        return jdbc.sql("select count(*) from recovery_code where account_id = ? and used_at is null")
                .param(accountId)
                .query(Integer.class)
                .single();
    }

    private static String normalise(String code) {
        return code.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    private static String randomCode() {
        var sb = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                sb.append('-');
            }
            sb.append(ALPHABET.charAt(Tokens.random().nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
