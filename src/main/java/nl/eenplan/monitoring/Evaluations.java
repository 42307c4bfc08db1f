package nl.eenplan.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import nl.eenplan.identity.AccountDirectory;
import nl.eenplan.identity.AccountSummary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MON-1, MON-2: the qualitative findings of a municipality's yearly evaluation, read and saved by whoever
 * may see that municipality's dashboard ({@link DashboardAccess}); anyone else, and a year before
 * {@value #FIRST_YEAR} or after this one, is answered as not found. Saved on the version the writer saw.
 * Like the dashboards, the findings hold no personal data and name no household, so they are not in the
 * access log; the row keeps who saved last and when.
 */
@Service
public class Evaluations {

    /** The first year a report can be made for. */
    public static final int FIRST_YEAR = 2000;

    private static final Logger log = LoggerFactory.getLogger(Evaluations.class);

    private final DashboardAccess access;
    private final AccountDirectory accounts;
    private final JdbcClient jdbc;
    private final Clock clock;

    Evaluations(DashboardAccess access, AccountDirectory accounts, JdbcClient jdbc, Clock clock) {
        this.access = access;
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The municipality's dashboard scope for this year, when this person may see it. */
    @Transactional(readOnly = true)
    public DashboardScope scope(UUID accountId, UUID municipalityId, int year) {
        if (year < FIRST_YEAR || year > thisYear()) {
            throw new DashboardNotFound();
        }
        return access.find(accountId, DashboardScope.Kind.MUNICIPALITY, municipalityId)
                .orElseThrow(DashboardNotFound::new);
    }

    /** The findings as last saved (version 0, all empty, when none were). */
    @Transactional(readOnly = true)
    public Evaluation of(UUID accountId, UUID municipalityId, int year) {
        scope(accountId, municipalityId, year);
        return jdbc.sql("""
                        select municipality_id, year, version, went_well, could_be_better, family_experiences,
                               next_year, changed_by, changed_at
                        from monitoring_evaluation where municipality_id = ? and year = ?
                        """)
                .params(municipalityId, year)
                .query(this::evaluation)
                .optional()
                .orElse(new Evaluation(municipalityId, year, 0, Findings.empty(), null, "", null));
    }

    /**
     * Saves the findings on the version the writer saw and returns the new version. Texts that break a
     * rule: {@link FindingsRefused}; someone saved in between: {@link EvaluationChangedMeanwhile}. Either
     * way nothing is stored.
     */
    @Transactional
    public int save(UUID accountId, UUID municipalityId, int year, int seenVersion, Findings findings) {
        scope(accountId, municipalityId, year);
        var problems = findings.problems();
        if (!problems.isEmpty()) {
            throw new FindingsRefused(problems);
        }
        var current = jdbc.sql(
                        "select version from monitoring_evaluation where municipality_id = ? and year = ? for update")
                .params(municipalityId, year)
                .query(Integer.class)
                .optional()
                .orElse(0);
        if (current != seenVersion) {
            throw new EvaluationChangedMeanwhile(current);
        }
        var next = current + 1;
        var now = Timestamp.from(clock.instant());
        try {
            var written = current == 0
                    ? insert(municipalityId, year, findings, accountId, now)
                    : update(municipalityId, year, current, findings, accountId, now);
            if (written != 1) {
                throw new EvaluationChangedMeanwhile(next);
            }
        } catch (DuplicateKeyException sameMoment) {
            throw new EvaluationChangedMeanwhile(next);
        }
        log.info("Evaluation findings of municipality {} for {} saved as version {}", municipalityId, year, next);
        return next;
    }

    private int insert(UUID municipalityId, int year, Findings f, UUID accountId, Timestamp now) {
        return jdbc.sql("""
                        insert into monitoring_evaluation (municipality_id, year, version, went_well, could_be_better,
                          family_experiences, next_year, changed_by, changed_at)
                        values (?, ?, 1, ?, ?, ?, ?, ?, ?)
                        """)
                .params(
                        municipalityId,
                        year,
                        f.wentWell(),
                        f.couldBeBetter(),
                        f.familyExperiences(),
                        f.nextYear(),
                        accountId,
                        now)
                .update();
    }

    private int update(UUID municipalityId, int year, int current, Findings f, UUID accountId, Timestamp now) {
        return jdbc.sql("""
                        update monitoring_evaluation set version = version + 1, went_well = ?, could_be_better = ?,
                          family_experiences = ?, next_year = ?, changed_by = ?, changed_at = ?
                        where municipality_id = ? and year = ? and version = ?
                        """)
                .params(
                        f.wentWell(),
                        f.couldBeBetter(),
                        f.familyExperiences(),
                        f.nextYear(),
                        accountId,
                        now,
                        municipalityId,
                        year,
                        current)
                .update();
    }

    /** The current calendar year in Dutch time. */
    public int thisYear() {
        return LocalDate.now(clock.withZone(Period.DUTCH)).getYear();
    }

    private Evaluation evaluation(ResultSet rs, int row) throws SQLException {
        var changedBy = rs.getObject("changed_by", UUID.class);
        return new Evaluation(
                rs.getObject("municipality_id", UUID.class),
                rs.getInt("year"),
                rs.getInt("version"),
                new Findings(
                        rs.getString("went_well"),
                        rs.getString("could_be_better"),
                        rs.getString("family_experiences"),
                        rs.getString("next_year")),
                changedBy,
                accounts.find(changedBy).map(AccountSummary::displayName).orElse(""),
                rs.getTimestamp("changed_at").toInstant());
    }
}
