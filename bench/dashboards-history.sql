-- Gives the households seed.sql made five years of history for the dashboards (bench/dashboards.sh),
-- set-based, written into the owning modules' own tables, so that monitoring's rebuild reads it through
-- their published read contracts (plan_monitoring_v, coordination_monitoring_v, escalation_monitoring_v,
-- round_table_monitoring_v, household_municipality_v). Run with psql -v n=... after seed.sql.
--
-- * ten municipalities in one region, five providers (organisations);
-- * plans started evenly over five years, 45% on a family-group plan (PL-8), 80% established 5 to 60
--   days after the start, written plans asked for 30% (PL-10); 60% of the plans older than half a year closed;
-- * coordination (R-3) 78% self-direction (a household member), 17% simple and 5% complex case
--   coordination by a professional coordinator: one per 1,500 households per municipality, each working
--   for one provider, so a coordinator has some 15 open households;
-- * round tables (M-3) for 35% of the households, initiated on a working day, the window 5 to 15 working
--   days later: 75% held within it, 15% held later, 10% cancelled;
-- * escalations (E-1..E-4) for 6%, from a stagnation of the professional's first action: highest step
--   60% 1, 25% 2, 10% 3, 5% 4, each step with its own row; 85% ended.
-- Every figure is drawn from a hash of the household number: the same N gives the same history.
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;
set session_replication_role = replica;
set work_mem = '512MB';
set maintenance_work_mem = '1GB';

\set municipality '''00000000-0000-4000-8000-000000000001'''
\set provider '''00000000-0000-4000-8000-000000000002'''
\set account '''00000000-0000-4000-8000-000000000003'''

-- A stable number 0 .. range-1 for household n and a purpose.
create function pg_temp.pick(n integer, purpose text, range integer) returns integer
    language sql immutable as $$ select abs(hashtext(n || purpose)) % range $$;
create function pg_temp.municipality(m integer) returns uuid
    language sql immutable as $$
        select case when m = 0 then '00000000-0000-4000-8000-000000000001'::uuid
                    else md5('bench-municipality-' || (m + 1))::uuid end $$;
create function pg_temp.provider(p integer) returns uuid
    language sql immutable as $$
        select case when p = 0 then '00000000-0000-4000-8000-000000000002'::uuid
                    else md5('bench-provider-' || (p + 1))::uuid end $$;
create function pg_temp.coordinator(m integer, k integer) returns uuid
    language sql immutable as $$ select md5('bench-coordinator-' || m || '-' || k)::uuid $$;
-- A working day: Saturday and Sunday move to the Monday after.
create function pg_temp.weekday(d date) returns date
    language sql immutable as $$
        select d + case extract(isodow from d) when 6 then 2 when 7 then 1 else 0 end $$;

\set coordinators 'greatest(2, :n / 1500)'

\echo the history of each household, drawn once
create temporary table history as
select n, md5('household-' || n)::uuid as household_id, md5('plan-' || n)::uuid as plan_id,
       pg_temp.pick(n, 'm', 10) as m, pg_temp.pick(n, 'k', :coordinators) as k,
       now() - pg_temp.pick(n, 's', 5 * 365) * interval '1 day' - pg_temp.pick(n, 'h', 86400) * interval '1 second'
         as started_at,
       pg_temp.pick(n, 'f', 100) < 45 as family_group,
       pg_temp.pick(n, 'c', 100) as coordination,
       pg_temp.pick(n, 'e', 100) < 80 as established,
       pg_temp.pick(n, 'x', 100) < 60 as closes,
       pg_temp.pick(n, 'w', 100) < 30 as written,
       pg_temp.pick(n, 'r', 100) as round_table,
       pg_temp.pick(n, 'q', 100) as escalation
from generate_series(1, :n) n;
alter table history add primary key (n);

\echo nine more municipalities and a region of all ten; four more providers
insert into organisation (id, version, name, kind, municipality_id, created_at)
select pg_temp.municipality(m), 0, 'Benchmark gemeente ' || (m + 1), 'MUNICIPALITY', null, now()
from generate_series(1, 9) m;
insert into organisation (id, version, name, kind, municipality_id, created_at)
select pg_temp.provider(p), 0, 'Benchmark jeugdzorg ' || (p + 1), 'PROVIDER', pg_temp.municipality(p), now()
from generate_series(1, 4) p;
insert into monitoring_region (id, name) values ('00000000-0000-4000-8000-000000000010', 'Benchmark regio');
insert into monitoring_region_municipality (municipality_id, region_id)
select pg_temp.municipality(m), '00000000-0000-4000-8000-000000000010'::uuid from generate_series(0, 9) m;

\echo the benchmark account: contact point of the first municipality, manager of the first provider
insert into staff_role (account_id, organisation_id, role) values
    (:account, :municipality, 'MUNICIPAL_CONTACT_POINT'), (:account, :provider, 'MANAGER')
on conflict do nothing;

\echo coordinators: professionals of the providers, per municipality
insert into account (id, version, email, display_name, kind, active, locale, created_at)
select pg_temp.coordinator(m, k), 0, 'coordinator-' || m || '-' || k || '@eenplan.test',
       'Coordinator ' || m || '-' || k, 'STAFF', true, 'nl', now() - interval '6 years'
from generate_series(0, 9) m, generate_series(0, :coordinators - 1) k;
insert into staff_role (account_id, organisation_id, role)
select pg_temp.coordinator(m, k), pg_temp.provider(k % 5), 'PROFESSIONAL'
from generate_series(0, 9) m, generate_series(0, :coordinators - 1) k;

\echo households in their municipalities
update household h set municipality_id = pg_temp.municipality(x.m)
from history x where h.id = x.household_id;

\echo plans: start, tab 1 flags, legal dates, closing
update plan p set
    created_at = x.started_at,
    family_group_plan = x.family_group,
    written_plan_requested_on = case when x.written then (x.started_at + interval '3 days')::date end,
    no_family_group_plan_on = case when not x.family_group then (x.started_at + interval '7 days')::date end,
    status = case when c.closed_at is not null then 'CLOSED' else 'DRAFT' end,
    closed_at = c.closed_at
from history x
cross join lateral (select case when x.closes and x.started_at < now() - interval '180 days'
    and x.started_at + (180 + pg_temp.pick(x.n, 'y', 365)) * interval '1 day' < now()
    then x.started_at + (180 + pg_temp.pick(x.n, 'y', 365)) * interval '1 day' end as closed_at) c
where p.id = x.plan_id;

\echo first versions, 5 to 60 days after the start
insert into plan_version (plan_id, number, established_at, snapshot)
select x.plan_id, 1, e.at, '{}'::jsonb
from history x cross join lateral (select x.started_at + (5 + pg_temp.pick(x.n, 'd', 56)) * interval '1 day' as at) e
where x.established and e.at < now();

\echo coordination: self-direction by the mother, case coordination by a coordinator of a provider
update participant p set account_id = pg_temp.coordinator(x.m, x.k), organisation_id = pg_temp.provider(x.k % 5),
    name = 'Coordinator ' || x.m || '-' || x.k
from history x
where p.id = md5('participant-' || x.n || '-5')::uuid and x.coordination >= 78;
update coordination co set
    coordinator_id = md5('participant-' || x.n || case when x.coordination < 78 then '-1' else '-5' end)::uuid,
    form = case when x.coordination < 78 then 'SELF_DIRECTION' else 'CASE_COORDINATION' end,
    complex = x.coordination >= 95,
    updated_at = x.started_at
from history x where co.household_id = x.household_id;
update coordination_history ch set
    coordinator_id = md5('participant-' || x.n || case when x.coordination < 78 then '-1' else '-5' end)::uuid,
    form = case when x.coordination < 78 then 'SELF_DIRECTION' else 'CASE_COORDINATION' end,
    started_at = x.started_at
from history x where ch.household_id = x.household_id;

\echo round tables: initiated on a working day, window 5 to 15 working days later
create temporary table bench_round_table as
select x.n, x.household_id, x.round_table, i.initiated_on,
       case when x.round_table < 75 then i.initiated_on + 7 + pg_temp.pick(x.n, 'a', 15)
            when x.round_table < 90 then i.initiated_on + 22 + pg_temp.pick(x.n, 'a', 20) end as meeting_date
from history x
cross join lateral (select pg_temp.weekday((x.started_at + pg_temp.pick(x.n, 'i', 20) * interval '1 day')::date)
    as initiated_on) i
where pg_temp.pick(x.n, 'o', 100) < 35 and i.initiated_on <= current_date;
insert into round_table (id, household_id, version, status, initiator_id, initiator_account_id, initiated_on,
                         window_earliest, window_latest, meeting_date, starts_at, ends_at, place, held_on,
                         cancelled_at, created_at)
select md5('round-table-' || r.n)::uuid, r.household_id, 1,
       case when r.round_table >= 90 then 'CANCELLED' when r.meeting_date <= current_date then 'HELD' else 'PLANNED' end,
       md5('participant-' || r.n || '-5')::uuid, p.account_id, r.initiated_on, r.initiated_on + 7,
       r.initiated_on + 21, r.meeting_date, time '10:00', time '11:30', 'Het wijkcentrum',
       case when r.round_table < 90 and r.meeting_date <= current_date then r.meeting_date end,
       case when r.round_table >= 90 then r.initiated_on + interval '3 days' end, r.initiated_on
from bench_round_table r join participant p on p.id = md5('participant-' || r.n || '-5')::uuid
order by 1;

\echo escalations: a stagnation of the first action of the professional, then its steps
create temporary table bench_escalation as
select x.n, x.household_id, x.m, p.account_id, p.organisation_id, s.started_on,
       case when pg_temp.pick(x.n, 'z', 100) < 60 then 1 when pg_temp.pick(x.n, 'z', 100) < 85 then 2
            when pg_temp.pick(x.n, 'z', 100) < 95 then 3 else 4 end as step,
       pg_temp.pick(x.n, 'g', 100) < 85 as ends,
       3 + pg_temp.pick(x.n, 'l', 20) as days_per_step
from history x
join participant p on p.id = md5('participant-' || x.n || '-5')::uuid
cross join lateral (select (x.started_at + (30 + pg_temp.pick(x.n, 'b', 200)) * interval '1 day')::date as started_on) s
where x.escalation < 6 and s.started_on <= current_date;
insert into stagnation (id, household_id, action_id, participant_id, participant_kind, note, signalled_by,
                        signalled_at)
select md5('stagnation-' || e.n)::uuid, e.household_id, md5('action-' || e.n || '-1-1')::uuid,
       md5('participant-' || e.n || '-5')::uuid, 'PROFESSIONAL', 'Afspraak niet nagekomen', e.account_id,
       e.started_on - 1
from bench_escalation e order by 1;
insert into escalation (id, version, household_id, municipality_id, stagnation_id, action_id, goal_id, action_what,
                        coordinator_id, coordinator_account_id, coordinator_name, coordinator_organisation_id,
                        professional_id, professional_name, professional_organisation_id, current_step, status,
                        started_on, started_at, closed_on, closed_by)
select md5('escalation-' || e.n)::uuid, e.step, e.household_id, pg_temp.municipality(e.m),
       md5('stagnation-' || e.n)::uuid, md5('action-' || e.n || '-1-1')::uuid, md5('goal-' || e.n || '-1')::uuid,
       'Actie 1 voor doel 1', md5('participant-' || e.n || '-5')::uuid, e.account_id, 'Coordinator',
       e.organisation_id, md5('participant-' || e.n || '-5')::uuid, 'Coordinator', e.organisation_id, e.step,
       case when c.closed_on is null then 'OPEN' else 'CLOSED' end, e.started_on, e.started_on::timestamptz,
       c.closed_on, case when c.closed_on is not null then e.account_id end
from bench_escalation e
cross join lateral (select case when e.ends and e.started_on + e.step * e.days_per_step <= current_date
    then e.started_on + e.step * e.days_per_step end as closed_on) c
order by 1;
insert into escalation_step (escalation_id, step, owner_account_id, started_on, commitment_due)
select md5('escalation-' || e.n)::uuid, s, e.account_id, e.started_on + (s - 1) * e.days_per_step,
       e.started_on + (s - 1) * e.days_per_step + 7
from bench_escalation e, generate_series(1, 4) s
where s <= e.step
order by 1, 2;

set session_replication_role = origin;
\echo analyze
analyze;
