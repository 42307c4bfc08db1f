-- Issue 16: the event feed (docs/adr/0030). A municipal system follows what changes in the plans it may
-- follow by reading the feed with a cursor, instead of reading every plan again. An entry holds ids, the
-- kind of change and when, never a name or any content: the consumer reads the details through the API.

-- household: the municipality each household belongs to, so the feed can tell it with every event.
create view household_municipality_v as
select id as household_id, municipality_id
from household;

comment on view household_municipality_v is 'Read contract of the household module: the municipality of each household.';

-- feed: one entry per change, written in the transaction of the change. Its place in the feed is
-- (tx, seq): the writing transaction's id, then the order within it. A reader only hands out entries of
-- transactions older than every transaction still running (pg_snapshot_xmin), so an entry that commits
-- later can never land before a cursor already given out.
create table feed_event (
    id              uuid primary key,
    tx              xid8        not null default pg_current_xact_id(),
    seq             bigint      generated always as identity,
    type            text        not null,
    household_id    uuid        not null,
    municipality_id uuid,
    plan_id         uuid,
    plan_version    integer,
    subject_type    text,
    subject_id      uuid,
    occurred_at     timestamptz not null
);
create unique index feed_event_position on feed_event (tx, seq);
create index feed_event_household on feed_event (household_id);
create index feed_event_municipality on feed_event (municipality_id, tx, seq);

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'eenplan_app') then
        revoke all on household_municipality_v from eenplan_app;
        grant select on household_municipality_v to eenplan_app;
        -- Entries are never changed: written with the change, deleted only with the household (X-6).
        revoke update, truncate, references, trigger on feed_event from eenplan_app;
        grant select, insert, delete on feed_event to eenplan_app;
    end if;
end
$$;
