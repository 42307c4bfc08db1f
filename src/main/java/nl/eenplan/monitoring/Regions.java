package nl.eenplan.monitoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import nl.eenplan.home.FieldRules;
import nl.eenplan.identity.AccountActivity;
import nl.eenplan.organisation.Organisation;
import nl.eenplan.organisation.OrganisationDirectory;
import nl.eenplan.organisation.OrganisationKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * IMP-1, MON-1: regions as groups of municipalities, kept by monitoring for its regional dashboard. A
 * municipality belongs to at most one region; grouping it again moves it. Administrators keep them on a
 * page, each change on the version they saw and logged as an administrator's change.
 */
@Service
public class Regions {

    /** The longest name a region may have. */
    public static final int MAX_NAME = 100;

    private final JdbcClient jdbc;
    private final OrganisationDirectory organisations;
    private final ApplicationEventPublisher events;

    Regions(JdbcClient jdbc, OrganisationDirectory organisations, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.events = events;
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

    /** Every region by name, with its municipalities. */
    @Transactional(readOnly = true)
    public List<Region> all() {
        return jdbc.sql("select id from monitoring_region order by lower(name), id").query(UUID.class).list().stream()
                .map(this::find)
                .toList();
    }

    /** One region, or {@link DashboardNotFound}. */
    @Transactional(readOnly = true)
    public Region find(UUID id) {
        var members = jdbc.sql("select municipality_id from monitoring_region_municipality where region_id = ?")
                .param(id)
                .query(UUID.class)
                .list();
        return jdbc.sql("select id, name, version from monitoring_region where id = ?")
                .param(id)
                .query((rs, n) ->
                        new Region(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("version"), members))
                .optional()
                .orElseThrow(DashboardNotFound::new);
    }

    /** The municipalities a region may group, by name. */
    @Transactional(readOnly = true)
    public List<Organisation> municipalities() {
        return organisations.all().stream()
                .filter(o -> o.kind() == OrganisationKind.MUNICIPALITY)
                .toList();
    }

    /** Makes a new region with this name; refused when the name is empty, too long or taken. */
    @Transactional
    public UUID create(UUID adminId, String name) {
        var kept = name(name, null);
        var id = UUID.randomUUID();
        jdbc.sql("insert into monitoring_region (id, name, version) values (?, ?, 0)")
                .params(id, kept)
                .update();
        events.publishEvent(new AccountActivity(adminId, "REGION_CREATED", "region", id.toString(), kept));
        return id;
    }

    /** Renames the region on the version the administrator saw. */
    @Transactional
    public void rename(UUID adminId, UUID id, int version, String name) {
        var kept = name(name, id);
        claim(id, version);
        jdbc.sql("update monitoring_region set name = ? where id = ?")
                .params(kept, id)
                .update();
        events.publishEvent(new AccountActivity(adminId, "REGION_RENAMED", "region", id.toString(), kept));
    }

    /**
     * Makes these municipalities the region's, on the version seen; one in another region moves here, and
     * is returned so the page can say so. Anything that is not a municipality is refused.
     */
    @Transactional
    public List<RegionMove> setMunicipalities(UUID adminId, UUID id, int version, Set<UUID> municipalities) {
        var known = municipalities().stream().map(Organisation::id).toList();
        if (!known.containsAll(municipalities)) {
            throw new RegionRefused("region.municipality.unknown");
        }
        claim(id, version);
        var moves = new ArrayList<RegionMove>();
        for (var municipality : new LinkedHashSet<>(municipalities)) {
            jdbc.sql("""
                            select r.name from monitoring_region_municipality m join monitoring_region r on r.id = m.region_id
                            where m.municipality_id = ? and m.region_id <> ?
                            """)
                    .params(municipality, id)
                    .query(String.class)
                    .optional()
                    .ifPresent(from -> moves.add(new RegionMove(municipality, from)));
        }
        jdbc.sql("delete from monitoring_region_municipality where region_id = ?")
                .param(id)
                .update();
        for (var municipality : municipalities) {
            jdbc.sql("""
                            insert into monitoring_region_municipality (municipality_id, region_id) values (?, ?)
                            on conflict (municipality_id) do update set region_id = excluded.region_id
                            """).params(municipality, id).update();
        }
        events.publishEvent(new AccountActivity(
                adminId,
                "REGION_MUNICIPALITIES_SET",
                "region",
                id.toString(),
                "municipalities: " + municipalities.size() + ", moved: " + moves.size()));
        return moves;
    }

    private void claim(UUID id, int version) {
        find(id);
        var updated = jdbc.sql("update monitoring_region set version = version + 1 where id = ? and version = ?")
                .params(id, version)
                .update();
        if (updated != 1) {
            throw new RegionChangedMeanwhile();
        }
    }

    private String name(String name, UUID self) {
        var kept = name == null ? "" : name.strip();
        if (kept.isEmpty()) {
            throw new RegionRefused("region.name.required");
        }
        if (kept.length() > MAX_NAME || !FieldRules.isText(kept, false)) {
            throw new RegionRefused("region.name.invalid");
        }
        var taken = jdbc.sql(
                        "select count(*) from monitoring_region where lower(name) = lower(?) and id is distinct from ?")
                .params(kept, self)
                .query(Integer.class)
                .single();
        if (taken > 0) {
            throw new RegionRefused("region.name.taken");
        }
        return kept;
    }
}
