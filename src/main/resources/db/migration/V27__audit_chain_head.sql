-- X-1 (NEN 7513): the access log cannot be jammed by a row that is not part of its chain. The head of
-- the hash chain is kept by the database itself, and only an entry that extends it is accepted. See
-- docs/adr/0015-append-only-hash-chained-access-log.md ("The head of the chain").

-- One row: the id and hash of the last entry of the chain.
create table audit_chain_head (
    only_row boolean primary key default true check (only_row),
    id       bigint not null,
    hash     text   not null
);

-- The head is found by following the chain's own links from its first entry, not by the highest id:
-- a row put in earlier with a higher id does not become the head (unless the chain itself runs through
-- it). The depth is capped at the number of rows, so made-up links cannot loop. Without a first entry
-- the newest row is taken (as before); an empty log starts from the all-zero hash.
with recursive total (n) as materialized (select count(*) from audit_entry),
chain (id, hash, depth) as (
    select id, hash, 1 from audit_entry where previous_hash = repeat('0', 64)
    union all
    select e.id, e.hash, c.depth + 1
    from chain c
    join audit_entry e on e.previous_hash = c.hash
    cross join total t
    where c.depth < t.n
),
found as (select id, hash from chain order by depth desc limit 1),
newest as (select id, hash from audit_entry order by id desc limit 1)
insert into audit_chain_head (id, hash)
select id, hash from found
union all
select id, hash from newest where not exists (select 1 from found)
union all
select 0, repeat('0', 64) where not exists (select 1 from audit_entry);

-- Every new entry must extend the chain: point to the head, carry the hash of its own fields, and have
-- an id that EenPlan's sequence handed out after the head's. It then becomes the head. The chain's
-- advisory lock (the one ChainWriter takes) is taken here as well, so an insert from elsewhere waits
-- for EenPlan's appends and EenPlan's wait for it; the head cannot change between read and insert.
-- Security definer: the head can only be moved by this function, never written directly.
create function audit_entry_extend_chain() returns trigger
    language plpgsql security definer as
$$
declare
    head      audit_chain_head;
    handed_out bigint;
begin
    perform pg_advisory_xact_lock(1162887509); -- 0x45504155, "EPAU", as ChainWriter.CHAIN_LOCK
    select * into head from audit_chain_head for update;
    select case when is_called then last_value else last_value - 1 end into handed_out from audit_entry_id_seq;
    if new.previous_hash is distinct from head.hash then
        raise exception 'audit_entry % refused: it does not point to the head of the chain (entry %)', new.id, head.id
            using errcode = 'integrity_constraint_violation',
                  hint = 'Entries are appended by EenPlan only (X-1, NEN 7513); see docs/adr/0015.';
    end if;
    if new.id <= head.id or new.id > handed_out then
        raise exception 'audit_entry % refused: its id was not handed out by audit_entry_id_seq after the head (entry %)',
            new.id, head.id
            using errcode = 'integrity_constraint_violation',
                  hint = 'Entries are appended by EenPlan only (X-1, NEN 7513); see docs/adr/0015.';
    end if;
    if new.hash is distinct from encode(sha256(convert_to(audit_entry_canonical(new), 'UTF8')), 'hex') then
        raise exception 'audit_entry % refused: its hash is not the hash of its fields', new.id
            using errcode = 'integrity_constraint_violation',
                  hint = 'Entries are appended by EenPlan only (X-1, NEN 7513); see docs/adr/0015.';
    end if;
    update audit_chain_head set id = new.id, hash = new.hash;
    return new;
end
$$;

-- A security-definer function reads only EenPlan's own schema (and temporary objects last).
do $$
begin
    execute format('alter function audit_entry_extend_chain() set search_path = %I, pg_temp', current_schema());
end
$$;

revoke all on function audit_entry_extend_chain() from public;

create trigger audit_entry_extends_chain
    before insert on audit_entry
    for each row execute function audit_entry_extend_chain();

revoke all on audit_chain_head from public;

-- In production (docs/privacy.md) the application may read the head, never write it.
do $$
begin
    if exists (select 1 from pg_roles where rolname = 'eenplan_app') then
        revoke all on audit_chain_head from eenplan_app;
        grant select on audit_chain_head to eenplan_app;
    end if;
end
$$;
