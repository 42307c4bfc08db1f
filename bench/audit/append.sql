-- One audited access as EenPlan writes it (audit.EntryWriter): an id, then a plain insert with the
-- hash of the entry's fields, in the transaction of the access (here: the insert alone). No lock.
-- With -D locked=1 the same append waits for one global advisory lock held until commit, as before
-- V30 (for comparison).
\if :locked
begin;
select 1 from pg_advisory_xact_lock(1162887509);
\endif
select nextval('audit_entry_id_seq') as id \gset
insert into audit_entry (id, occurred_at, account_id, event, subject_type, subject_id, household_id, hash)
select (e).id, (e).occurred_at, (e).account_id, (e).event, (e).subject_type, (e).subject_id, (e).household_id,
       encode(sha256(convert_to(audit_entry_canonical(e), 'UTF8')), 'hex')
from (select row(:id::bigint, now(), md5('account-' || :client_id)::uuid, null::uuid, 'BENCH_APPEND'::text,
                 'bench'::text, :id::text, md5('household-' || :client_id)::uuid, null::text, null::uuid, null::text,
                 null::text, null::text, null::xid8)::audit_entry as e) r;
\if :locked
commit;
\endif
