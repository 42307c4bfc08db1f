-- X-1, X-6 (NEN 7513): the access log without a global lock. An entry is a plain insert in the
-- transaction of the access it records; a sealer seals what is committed, in batches, into a chain of
-- seals, and signs checkpoints of it. The log is partitioned by month. See
-- docs/adr/0017-access-log-sealed-in-batches.md.

-- 1. Appends no longer extend a chain under one lock: the head, its trigger and the fork guard go.
drop trigger audit_entry_extends_chain on audit_entry;
drop function audit_entry_extend_chain();
drop table audit_chain_head;
drop index audit_entry_one_successor;

-- 2. The log becomes a table partitioned by the month of occurred_at (UTC). Its rows move over in id
-- order; the sequence stays, so ids go on where they were.
drop index audit_entry_household, audit_entry_account;
alter table audit_entry rename constraint audit_entry_pkey to audit_entry_before_v30_pkey;
alter table audit_entry rename to audit_entry_before_v30;
alter sequence audit_entry_id_seq owned by none;
drop function audit_entry_canonical(audit_entry_before_v30);

create table audit_entry (
    id             bigint      not null default nextval('audit_entry_id_seq'),
    occurred_at    timestamptz not null,
    account_id     uuid,
    on_behalf_of   uuid,
    event          text        not null,
    subject_type   text,
    subject_id     text,
    household_id   uuid,
    detail         text,
    member_id      uuid,
    basis          text,
    -- Set only on entries written before V30, which were chained one by one (ADR 0015).
    previous_hash  text,
    hash           text        not null,
    -- The transaction that wrote the entry (set by audit_entry_own_transaction): the sealer seals an
    -- entry only once every transaction with a lower id has ended, so nothing in flight is passed over.
    transaction_id xid8        not null default pg_current_xact_id(),
    primary key (id, occurred_at)
) partition by range (occurred_at);

alter sequence audit_entry_id_seq owned by audit_entry.id;

create index audit_entry_household on audit_entry (household_id, occurred_at, id);
create index audit_entry_account on audit_entry (account_id, occurred_at);
create index audit_entry_transaction on audit_entry (transaction_id, id);

-- Entries whose time falls outside every month's partition (a clock far off) still get in.
create table audit_entry_default partition of audit_entry default;

-- The canonical text of an entry, as nl.eenplan.audit.EntryHash writes it (unchanged since V22).
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

-- Append-only, whoever asks; a partition refuses TRUNCATE itself, since only row triggers reach it.
create function audit_refuse_change() returns trigger
    language plpgsql as
$$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op
        using hint = 'The access log keeps every entry (X-1, NEN 7513); see docs/privacy.md.';
end
$$;

create trigger audit_entry_append_only
    before update or delete on audit_entry
    for each row execute function audit_refuse_change();

create trigger audit_entry_no_truncate
    before truncate on audit_entry
    for each statement execute function audit_refuse_change();

-- An entry names the transaction that really writes it, whatever the insert says: nobody who may
-- append can put an entry among those already sealed.
create function audit_entry_own_transaction() returns trigger
    language plpgsql as
$$
begin
    new.transaction_id := pg_current_xact_id();
    return new;
end
$$;

create trigger audit_entry_own_transaction
    before insert on audit_entry
    for each row execute function audit_entry_own_transaction();

create trigger audit_entry_no_truncate
    before truncate on audit_entry_default
    for each statement execute function audit_refuse_change();

-- The partition of one month (UTC), made if missing, by the owner: the application role reaches
-- entries only through audit_entry and never gets a privilege on a partition.
create function audit_entry_partition_of(month date) returns boolean
    language plpgsql security definer as
$$
declare
    first timestamptz := make_timestamptz(extract(year from month)::int, extract(month from month)::int, 1, 0, 0, 0, 'UTC');
    name  text := 'audit_entry_' || to_char(month, 'YYYY_MM');
begin
    if to_regclass(name) is not null then
        return false;
    end if;
    execute format('create table %I partition of audit_entry for values from (%L) to (%L)',
        name, first, first + interval '1 month');
    execute format('create trigger audit_entry_no_truncate before truncate on %I '
        'for each statement execute function audit_refuse_change()', name);
    execute format('revoke all on %I from public', name);
    if exists (select 1 from pg_roles where rolname = 'eenplan_app') then
        execute format('revoke all on %I from eenplan_app', name);
    end if;
    return true;
exception
    when check_violation then
        -- The default partition already holds entries of that month; they stay there.
        raise warning 'audit_entry: no partition for % (the default partition holds entries of it)', month;
        return false;
end
$$;

-- This month's partition and the next ones, as the sealer asks every hour.
create function audit_entry_partitions_ahead(months integer) returns integer
    language sql security definer as
$$
select count(*)::integer from generate_series(0, months) m
where audit_entry_partition_of((date_trunc('month', now() at time zone 'UTC') + make_interval(months => m))::date)
$$;

-- Partitions from the month of the oldest entry to three months ahead, then the rows.
select audit_entry_partition_of(m::date)
from generate_series(
    date_trunc('month', coalesce((select min(occurred_at) from audit_entry_before_v30), now()) at time zone 'UTC'),
    date_trunc('month', now() at time zone 'UTC') + interval '3 months',
    interval '1 month') m;

insert into audit_entry (id, occurred_at, account_id, on_behalf_of, event, subject_type, subject_id, household_id,
                         detail, member_id, basis, previous_hash, hash)
select id, occurred_at, account_id, on_behalf_of, event, subject_type, subject_id, household_id,
       detail, member_id, basis, previous_hash, hash
from audit_entry_before_v30 order by id;

drop table audit_entry_before_v30;
drop function audit_entry_refuse_change();

-- 3. Seals: each seals the entries of the transactions in [from_transaction, to_transaction), hashed in
-- (transaction_id, id) order, and links to the seal before it.
create table audit_seal (
    seq              bigint      primary key,
    from_transaction xid8        not null,
    to_transaction   xid8        not null check (to_transaction > from_transaction),
    entries          integer     not null check (entries > 0),
    entries_hash     text        not null,
    previous_hash    text        not null unique,
    hash             text        not null,
    sealed_at        timestamptz not null
);

-- The canonical text of a seal, as nl.eenplan.audit.SealHash writes it.
create function audit_seal_canonical(s audit_seal) returns text
    language sql immutable as
$$
select concat_ws('|', 'seal-v1', s.seq::text, s.from_transaction::text, s.to_transaction::text, s.entries::text,
    s.entries_hash, s.previous_hash, to_char(s.sealed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
$$;

-- Seals the entries of every transaction that has ended since the last seal, at most about max_entries
-- (a transaction is never split), and answers the new seal, or nothing. The horizon is the oldest
-- transaction still running (pg_snapshot_xmin): every transaction below it has committed or rolled back,
-- and every later one gets a higher id, so no entry below it can still appear. Sequence ids are no
-- commit order and play no part. One caller at a time (an advisory try-lock: another node skips).
-- Security definer: the application role may have the database seal, never write a seal itself.
create function audit_seal_next(max_entries integer) returns setof audit_seal
    language plpgsql security definer as
$$
declare
    last    audit_seal;
    horizon xid8 := pg_snapshot_xmin(pg_current_snapshot());
    cut     xid8;
    sealed  audit_seal;
begin
    if not pg_try_advisory_xact_lock(1162892108) then -- 0x4550534c, "EPSL"
        return;
    end if;
    select * into last from audit_seal order by seq desc limit 1;
    sealed.from_transaction := coalesce(last.to_transaction, '0'::xid8);
    if horizon <= sealed.from_transaction then
        return;
    end if;
    select transaction_id into cut from audit_entry
    where transaction_id >= sealed.from_transaction and transaction_id < horizon
    order by transaction_id, id offset greatest(max_entries, 1) limit 1;
    if cut is not null then
        if cut = (select min(transaction_id) from audit_entry
                  where transaction_id >= sealed.from_transaction and transaction_id < horizon) then
            cut := ((cut::text)::bigint + 1)::text::xid8;
        end if;
        horizon := cut;
    end if;
    select count(*)::integer,
           encode(sha256(convert_to(coalesce(string_agg(hash || E'\n', '' order by transaction_id, id), ''), 'UTF8')), 'hex')
    into sealed.entries, sealed.entries_hash
    from audit_entry
    where transaction_id >= sealed.from_transaction and transaction_id < horizon;
    if sealed.entries = 0 then
        return;
    end if;
    sealed.seq := coalesce(last.seq, 0) + 1;
    sealed.to_transaction := horizon;
    sealed.previous_hash := coalesce(last.hash, repeat('0', 64));
    sealed.sealed_at := clock_timestamp();
    sealed.hash := encode(sha256(convert_to(audit_seal_canonical(sealed), 'UTF8')), 'hex');
    insert into audit_seal select sealed.*;
    return next sealed;
end
$$;

-- 4. Checkpoints: a seal's hash signed with EenPlan's Ed25519 key, also written to a file to keep elsewhere.
create table audit_checkpoint (
    seal_seq   bigint      primary key,
    seal_hash  text        not null,
    made_at    timestamptz not null,
    public_key text        not null,
    signature  text        not null
);

create trigger audit_seal_append_only
    before update or delete on audit_seal
    for each row execute function audit_refuse_change();
create trigger audit_seal_no_truncate
    before truncate on audit_seal
    for each statement execute function audit_refuse_change();
create trigger audit_checkpoint_append_only
    before update or delete on audit_checkpoint
    for each row execute function audit_refuse_change();
create trigger audit_checkpoint_no_truncate
    before truncate on audit_checkpoint
    for each statement execute function audit_refuse_change();

-- A security-definer function reads only EenPlan's own schema (and temporary objects last).
do $$
begin
    execute format('alter function audit_entry_partition_of(date) set search_path = %I, pg_temp', current_schema());
    execute format('alter function audit_entry_partitions_ahead(integer) set search_path = %I, pg_temp', current_schema());
    execute format('alter function audit_seal_next(integer) set search_path = %I, pg_temp', current_schema());
end
$$;

revoke all on function audit_entry_partition_of(date) from public;
revoke all on function audit_entry_partitions_ahead(integer) from public;
revoke all on function audit_seal_next(integer) from public;
revoke update, delete, truncate on audit_entry, audit_seal, audit_checkpoint from public;
revoke all on audit_entry_default from public;

-- In production EenPlan runs as eenplan_app (docs/privacy.md): it appends entries and checkpoints and
-- reads them, has the database seal, and can change nothing.
do $$
begin
    if exists (select 1 from pg_roles where rolname = 'eenplan_app') then
        revoke all on audit_entry, audit_seal, audit_checkpoint, audit_entry_default from eenplan_app;
        grant select, insert on audit_entry to eenplan_app;
        grant usage on sequence audit_entry_id_seq to eenplan_app;
        grant select on audit_seal to eenplan_app;
        grant select, insert on audit_checkpoint to eenplan_app;
        grant execute on function audit_entry_partitions_ahead(integer), audit_seal_next(integer) to eenplan_app;
    end if;
end
$$;
