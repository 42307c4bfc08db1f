package nl.eenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** the canonical text and hash of an entry, and the basis as stored. */
class EntryHashTests {

    private static final UUID ACCOUNT = UUID.fromString("00000000-0000-0000-0000-0000000000aa");

    @Test
    @DisplayName("X-1: the canonical text escapes separators, so no two entries share a text")
    void theCanonicalTextIsUnambiguous() {
        var entry = entry("a|b", null);
        var other = entry("a", "b");

        assertThat(EntryHash.canonical(entry))
                .isEqualTo("v1|7|2026-11-22T09:30:00.123456Z|00000000-0000-0000-0000-0000000000aa|\\N|PLAN_READ|plan"
                        + "|\\N|\\N|\\N|self|a\\|b|" + EntryHash.GENESIS);
        assertThat(EntryHash.canonical(other)).isNotEqualTo(EntryHash.canonical(entry));
        assertThat(EntryHash.of(entry)).hasSize(64).isNotEqualTo(EntryHash.of(other));
    }

    @Test
    @DisplayName("X-1: a time is kept to the microsecond, as PostgreSQL stores it")
    void timesAreCutToMicroseconds() {
        assertThat(EntryHash.storable(Instant.parse("2026-11-22T09:30:00.123456789Z")))
                .isEqualTo(Instant.parse("2026-11-22T09:30:00.123456Z"));
    }

    @Test
    @DisplayName("X-1: a basis is written as a short text and read back")
    void aBasisRoundTrips() {
        var consent = AccessBasis.consent(ACCOUNT);

        assertThat(consent.text()).isEqualTo("consent:" + ACCOUNT);
        assertThat(AccessBasis.parse(consent.text())).isEqualTo(consent);
        assertThat(AccessBasis.parse("administrator")).isEqualTo(AccessBasis.administrator());
        assertThat(AccessBasis.parse(null)).isNull();
        assertThatThrownBy(() -> new AccessBasis(AccessBasis.Kind.PARTICIPATION, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("X-1: existing callers keep their constructor; member and basis are added to it")
    void anEventGetsItsMemberAndBasis() {
        var household = UUID.randomUUID();
        var member = UUID.randomUUID();
        var event = new AuditEvent(ACCOUNT, null, "PLAN_READ", "plan", "p", household, null)
                .about(member)
                .on(AccessBasis.self());

        assertThat(event.memberId()).isEqualTo(member);
        assertThat(event.basis()).isEqualTo(AccessBasis.self());
        assertThat(event.householdId()).isEqualTo(household);
        assertThatThrownBy(() -> AuditEvent.of(ACCOUNT, "PLAN_READ").about(member))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static AuditEntry entry(String detail, String subjectId) {
        return new AuditEntry(
                7,
                Instant.parse("2026-11-22T09:30:00.123456Z"),
                ACCOUNT,
                null,
                "PLAN_READ",
                "plan",
                subjectId,
                null,
                detail,
                null,
                "self",
                EntryHash.GENESIS,
                null);
    }
}
