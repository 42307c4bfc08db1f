package nl.eenplan.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Brings the embedded database's roles and client authentication to what EenPlan expects, at every
 * start and as the superuser: the owner and application roles with their passwords, the objects of
 * the schema owned by the owner (also in a data folder from before the roles existed), the
 * application's privileges, and a pg_hba.conf that lets only these roles in, only over loopback and
 * only with their password (scram-sha-256; no "trust").
 */
final class RoleSetup {

    static final String PG_HBA = """
            # Written by EenPlan at every start (docs/operations.md): only its own roles, only over
            # loopback or the local socket, only with their password.
            local   all   postgres,eenplan_owner,eenplan_app                   scram-sha-256
            host    all   postgres,eenplan_owner,eenplan_app   127.0.0.1/32    scram-sha-256
            host    all   postgres,eenplan_owner,eenplan_app   ::1/128         scram-sha-256
            """;

    private static final String ROLES = """
            do $$
            begin
                if not exists (select 1 from pg_roles where rolname = 'eenplan_owner') then
                    create role eenplan_owner login nosuperuser nocreatedb nocreaterole noreplication;
                end if;
                if not exists (select 1 from pg_roles where rolname = 'eenplan_app') then
                    create role eenplan_app login nosuperuser nocreatedb nocreaterole noreplication;
                end if;
            end
            $$;
            grant usage, create on schema public to eenplan_owner;
            -- Spring Modulith creates its event-publication table at start (docs/privacy.md).
            grant usage, create on schema public to eenplan_app;
            alter default privileges for role eenplan_owner in schema public
                grant select, insert, update, delete on tables to eenplan_app;
            alter default privileges for role eenplan_owner in schema public
                grant usage, select on sequences to eenplan_app;
            """;

    /** A data folder from before the roles: its tables belong to the superuser; hand them over once. */
    private static final String HAND_OVER = """
            do $$
            declare
                r record;
            begin
                if not exists (select 1 from pg_tables where schemaname = 'public' and tableowner = 'postgres') then
                    return;
                end if;
                for r in select c.oid::regclass as name, c.relname from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm')
                          and pg_get_userbyid(c.relowner) = 'postgres' loop
                    execute format('alter table %s owner to %I', r.name,
                        case when r.relname like 'event_publication%' then 'eenplan_app' else 'eenplan_owner' end);
                end loop;
                for r in select c.oid::regclass as name from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = 'public' and c.relkind = 'S' and pg_get_userbyid(c.relowner) = 'postgres'
                          and not exists (select 1 from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')) loop
                    execute format('alter sequence %s owner to eenplan_owner', r.name);
                end loop;
                for r in select p.oid::regprocedure as name from pg_proc p
                        join pg_namespace n on n.oid = p.pronamespace
                        where n.nspname = 'public' and pg_get_userbyid(p.proowner) = 'postgres' loop
                    execute format('alter function %s owner to eenplan_owner', r.name);
                end loop;
                grant select, insert, update, delete on all tables in schema public to eenplan_app;
                grant usage, select on all sequences in schema public to eenplan_app;
                if to_regclass('public.audit_entry') is not null then
                    revoke update, delete, truncate, references, trigger on audit_entry from eenplan_app;
                end if;
                -- The access log's seals are written by the database only, its checkpoints appended
                -- only, and its monthly partitions reached only through audit_entry (V30).
                if to_regclass('public.audit_seal') is not null then
                    revoke insert, update, delete, truncate, references, trigger on audit_seal from eenplan_app;
                    revoke update, delete, truncate, references, trigger on audit_checkpoint from eenplan_app;
                    for r in select i.inhrelid::regclass as name from pg_inherits i
                            where i.inhparent = 'public.audit_entry'::regclass loop
                        execute format('revoke all on %s from eenplan_app', r.name);
                    end loop;
                end if;
            end
            $$;
            """;

    private RoleSetup() {}

    static void apply(Connection superuser, EmbeddedDbPasswords passwords, Path dataDir)
            throws SQLException, IOException {
        superuser.setAutoCommit(false);
        try (var statement = superuser.createStatement()) {
            statement.execute(ROLES);
            for (var role : new String[] {Roles.OWNER, Roles.APP, Roles.SUPERUSER}) {
                // A password cannot be a bind parameter here; it is base64url, so it needs no escaping.
                statement.execute("alter role " + role + " password '" + passwords.of(role) + "'");
            }
            statement.execute(HAND_OVER);
        }
        superuser.commit();
        superuser.setAutoCommit(true);
        var hba = dataDir.resolve("pg_hba.conf");
        if (!Files.readString(hba).equals(PG_HBA)) {
            Files.writeString(hba, PG_HBA);
            try (var statement = superuser.createStatement()) {
                statement.execute("select pg_reload_conf()");
            }
        }
    }
}
