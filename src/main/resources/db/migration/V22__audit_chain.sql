-- X-1, X-6 (NEN 7513): the member an access was about and its basis; the log becomes append-only and
-- hash-chained. See docs/adr/0015-append-only-hash-chained-access-log.md and docs/privacy.md.
alter table audit_entry
    add column member_id     uuid,
    add column basis         text,
    add column previous_hash text,
    add column hash          text;

-- The canonical text an entry's hash is taken over; nl.eenplan.audit.EntryHash writes the same text.
-- Fields are joined by '|', with '\' written as '\\' and '|' as '\|', a missing field as '\N'.
create function audit_entry_field(value text) returns text
    language sql immutable strict as
$$ select replace(replace(value, E'\\', E'\\\\'), '|', E'\\|') $$;

create function audit_entry_canonical(e audit_entry) returns text
    language sql stable as
$$
select concat_ws('|',
    'v1',
    e.id::text,
    to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    coalesce(e.account_id::text, E'\\N'),
    coalesce(e.on_behalf_of::text, E'\\N'),
    coalesce(audit_entry_field(e.event), E'\\N'),
    coalesce(audit_entry_field(e.subject_type), E'\\N'),
    coalesce(audit_entry_field(e.subject_id), E'\\N'),
    coalesce(e.household_id::text, E'\\N'),
    coalesce(e.member_id::text, E'\\N'),
    coalesce(audit_entry_field(e.basis), E'\\N'),
    coalesce(audit_entry_field(e.detail), E'\\N'),
    coalesce(audit_entry_field(e.previous_hash), E'\\N'))
$$;

-- The entries written before this migration join the chain, in id order, from the all-zero hash.
do $$
declare
    previous text := repeat('0', 64);
    e        audit_entry;
begin
    for e in select * from audit_entry order by id loop
        e.previous_hash := previous;
        previous := encode(sha256(convert_to(audit_entry_canonical(e), 'UTF8')), 'hex');
        update audit_entry set previous_hash = e.previous_hash, hash = previous where id = e.id;
    end loop;
end
$$;

alter table audit_entry
    alter column previous_hash set not null,
    alter column hash set not null;
-- Each entry has at most one successor: a second entry on the same predecessor (a fork) is refused.
create unique index audit_entry_one_successor on audit_entry (previous_hash);

-- The household's page and export read newest first, or in order, per household.
drop index audit_entry_household;
create index audit_entry_household on audit_entry (household_id, occurred_at, id);

-- Append-only: no UPDATE, DELETE or TRUNCATE, whoever asks (only the table's owner can switch this off).
create function audit_entry_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception 'audit_entry is append-only: % refused', tg_op
        using hint = 'The access log keeps every entry (X-1, NEN 7513); see docs/privacy.md.';
end
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_entry_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_entry_refuse_change();

revoke update, delete, truncate on audit_entry from public;

-- In production EenPlan runs as the role eenplan_app while Flyway runs as the owner (docs/privacy.md):
-- the application may only read and append.
do $$
begin
    if exists (select 1 from pg_roles where rolname = 'eenplan_app') then
        revoke update, delete, truncate, references, trigger on audit_entry from eenplan_app;
        grant select, insert on audit_entry to eenplan_app;
        grant usage on sequence audit_entry_id_seq to eenplan_app;
    end if;
end
$$;
