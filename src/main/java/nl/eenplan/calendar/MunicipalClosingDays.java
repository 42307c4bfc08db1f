package nl.eenplan.calendar;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The closing days per municipality, in table {@code closing_day}. */
@Repository
public class MunicipalClosingDays implements ClosingDays {

    private final JdbcClient jdbc;

    MunicipalClosingDays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a closing day; closing the same day again replaces the reason. */
    @Transactional
    public void close(ClosingDay closingDay) {
        jdbc.sql("""
                insert into closing_day (municipality_id, day, reason) values (?, ?, ?)
                on conflict (municipality_id, day) do update set reason = excluded.reason
                """)
                .params(closingDay.municipalityId(), closingDay.day(), closingDay.reason())
                .update();
    }

    /** Makes the day a normal day again; returns whether it was a closing day. */
    @Transactional
    public boolean reopen(UUID municipalityId, LocalDate day) {
        return jdbc.sql("delete from closing_day where municipality_id = ? and day = ?")
                        .params(municipalityId, day)
                        .update()
                > 0;
    }

    /** The municipality's closing days in a year, in date order. */
    @Transactional(readOnly = true)
    public List<ClosingDay> of(UUID municipalityId, int year) {
        return jdbc.sql("""
                select municipality_id, day, reason from closing_day
                where municipality_id = ? and day between ? and ? order by day
                """)
                .params(municipalityId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .query(ClosingDay.class)
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public Set<LocalDate> between(UUID municipalityId, LocalDate first, LocalDate last) {
        return new HashSet<>(jdbc.sql("select day from closing_day where municipality_id = ? and day between ? and ?")
                .params(municipalityId, first, last)
                .query(LocalDate.class)
                .list());
    }
}
