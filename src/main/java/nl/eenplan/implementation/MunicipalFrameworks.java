package nl.eenplan.implementation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import nl.eenplan.audit.AccessBasis;
import nl.eenplan.audit.AuditEvent;
import nl.eenplan.audit.AuditLog;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountPrincipal;
import nl.eenplan.identity.AccountSummary;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IMP-1: the frameworks of each municipality, kept current on the version the editor saw; every change
 * is a new version, so the history shows who changed what and when, with the earlier texts.
 */
@Service
public class MunicipalFrameworks {

    /** The audit event of a change of a municipality's frameworks (no household involved). */
    public static final String CHANGED = "IMPLEMENTATION_FRAMEWORK_CHANGED";

    private static final String SELECT = """
            select municipality_id, version, youth_policy, youth_coordination, youth_funding, wmo_policy,
                   wmo_coordination, wmo_funding, changed_by, changed_at
            from implementation_framework where municipality_id = ?
            """;

    private final JdbcClient jdbc;
    private final FrameworkChecklistAccess access;
    private final AccountDirectory accounts;
    private final AuditLog audit;
    private final Clock clock;

    MunicipalFrameworks(
            JdbcClient jdbc, FrameworkChecklistAccess access, AccountDirectory accounts, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The current frameworks (version 0, all empty, when nothing was recorded yet); 404 for who may not read. */
    @Transactional(readOnly = true)
    public FrameworkVersion current(UUID municipalityId, AccountPrincipal reader) {
        readable(municipalityId, reader);
        return jdbc.sql(SELECT + " order by version desc limit 1")
                .param(municipalityId)
                .query(this::version)
                .optional()
                .orElse(new FrameworkVersion(municipalityId, 0, MunicipalFramework.empty(), null, null, null));
    }

    /** Every version, newest first: who recorded which texts when. */
    @Transactional(readOnly = true)
    public List<FrameworkVersion> history(UUID municipalityId, AccountPrincipal reader) {
        readable(municipalityId, reader);
        return jdbc.sql(SELECT + " order by version desc")
                .param(municipalityId)
                .query(this::version)
                .list();
    }

    /**
     * Records new frameworks on the version the editor saw; returns the new version. Someone else's change
     * in between: {@link FrameworkChangedMeanwhile}, nothing stored.
     */
    @Transactional
    public int change(UUID municipalityId, AccountPrincipal editor, int seenVersion, MunicipalFramework framework) {
        readable(municipalityId, editor);
        if (!access.mayEditFramework(municipalityId, editor)) {
            throw new NotAChecklistKeeper("implementation.framework.notYours");
        }
        var problems = framework.problems();
        if (!problems.isEmpty()) {
            throw new ChecklistRefused("implementation.framework.invalid", problems);
        }
        var current = jdbc.sql(
                        "select coalesce(max(version), 0) from implementation_framework where municipality_id = ?")
                .param(municipalityId)
                .query(Integer.class)
                .single();
        if (current != seenVersion) {
            throw new FrameworkChangedMeanwhile(current);
        }
        var next = current + 1;
        try {
            jdbc.sql("""
                            insert into implementation_framework (municipality_id, version, youth_policy, youth_coordination,
                              youth_funding, wmo_policy, wmo_coordination, wmo_funding, changed_by, changed_at)
                            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                            """)
                    .params(
                            municipalityId,
                            next,
                            framework.youthPolicy(),
                            framework.youthCoordination(),
                            framework.youthFunding(),
                            framework.wmoPolicy(),
                            framework.wmoCoordination(),
                            framework.wmoFunding(),
                            editor.id(),
                            Timestamp.from(clock.instant()))
                    .update();
        } catch (DuplicateKeyException sameMoment) {
            throw new FrameworkChangedMeanwhile(next);
        }
        audit.record(new AuditEvent(
                        editor.id(), null, CHANGED, "organisation", municipalityId.toString(), null, "version " + next)
                .on(FrameworkChecklistAccess.isAdministrator(editor) ? AccessBasis.administrator() : null));
        return next;
    }

    private void readable(UUID municipalityId, AccountPrincipal reader) {
        access.municipality(municipalityId);
        if (!access.mayReadFramework(municipalityId, reader)) {
            throw new FrameworkNotFound();
        }
    }

    private FrameworkVersion version(ResultSet rs, int row) throws SQLException {
        var changedBy = rs.getObject("changed_by", UUID.class);
        return new FrameworkVersion(
                rs.getObject("municipality_id", UUID.class),
                rs.getInt("version"),
                new MunicipalFramework(
                        rs.getString("youth_policy"),
                        rs.getString("youth_coordination"),
                        rs.getString("youth_funding"),
                        rs.getString("wmo_policy"),
                        rs.getString("wmo_coordination"),
                        rs.getString("wmo_funding")),
                changedBy,
                accounts.find(changedBy).map(AccountSummary::displayName).orElse(""),
                rs.getTimestamp("changed_at").toInstant());
    }
}
