package nl.eenplan.monitoring;

import java.util.Collection;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IMP-1, MON-1: regions as groups of municipalities, kept by monitoring for its regional dashboard. A
 * municipality belongs to at most one region; grouping it again moves it.
 */
@Service
public class Regions {

    private final JdbcClient jdbc;

    Regions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Makes the region (or finds it by name) and groups these municipalities in it; returns its id. */
    @Transactional
    public UUID group(String name, Collection<UUID> municipalities) {
        var id = jdbc.sql("""
                        insert into monitoring_region (id, name) values (?, ?)
                        on conflict (name) do update set name = excluded.name returning id
                        """)
                .params(UUID.randomUUID(), name.strip())
                .query(UUID.class)
                .single();
        for (var municipality : municipalities) {
            jdbc.sql("""
                            insert into monitoring_region_municipality (municipality_id, region_id) values (?, ?)
                            on conflict (municipality_id) do update set region_id = excluded.region_id
                            """).params(municipality, id).update();
        }
        return id;
    }
}
