-- Gives the households seed.sql made a history for the dashboards (bench/dashboards.sh), set-based:
-- ten municipalities (one region), plans started over five years, 45% on a family-group plan (PL-8),
-- coordination 78% self-direction / 17% simple / 5% complex (R-3), legal dates and first versions
-- (PL-10). The bench account becomes contact point of the first municipality and manager of the
-- provider. Run with psql -v n=...
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;
set session_replication_role = replica;
set work_mem = '512MB';

\set municipality '''00000000-0000-4000-8000-000000000001'''
\set provider '''00000000-0000-4000-8000-000000000002'''
\set account '''00000000-0000-4000-8000-000000000003'''

\echo nine more municipalities and a region of all ten
insert into organisation (id, version, name, kind, municipality_id, created_at)
select md5('bench-municipality-' || m)::uuid, 0, 'Benchmark gemeente ' || m, 'MUNICIPALITY', null, now()
from generate_series(2, 10) m;
update household set municipality_id = case when (abs(hashtext(id::text)) % 10) = 0 then :municipality
    else md5('bench-municipality-' || (1 + abs(hashtext(id::text)) % 10))::uuid end;
insert into monitoring_region (id, name) values ('00000000-0000-4000-8000-000000000010', 'Benchmark regio');
insert into monitoring_region_municipality (municipality_id, region_id)
select :municipality::uuid, '00000000-0000-4000-8000-000000000010'::uuid
union all
select md5('bench-municipality-' || m)::uuid, '00000000-0000-4000-8000-000000000010'::uuid from generate_series(2, 10) m;
insert into staff_role (account_id, organisation_id, role) values
    (:account, :municipality, 'MUNICIPAL_CONTACT_POINT'), (:account, :provider, 'MANAGER')
on conflict do nothing;

\echo plans started over five years, tab 1 flags and legal dates
update plan set
    created_at = now() - (abs(hashtext(id::text || 's')) % (5 * 365)) * interval '1 day',
    family_group_plan = abs(hashtext(id::text || 'f')) % 100 < 45;
update plan set
    written_plan_requested_on = case when abs(hashtext(id::text || 'w')) % 100 < 30
        then (created_at + interval '3 days')::date end,
    no_family_group_plan_on = case when not family_group_plan then (created_at + interval '7 days')::date end;

\echo coordination forms
update coordination set
    form = case when abs(hashtext(household_id::text || 'c')) % 100 < 78 then 'SELF_DIRECTION' else 'CASE_COORDINATION' end,
    complex = abs(hashtext(household_id::text || 'c')) % 100 >= 95,
    updated_at = now() - (abs(hashtext(household_id::text || 's')) % (5 * 365)) * interval '1 day';

\echo first versions for 80% of the plans, 5 to 60 days after the start; 10% closed
insert into plan_version (plan_id, number, established_at, snapshot)
select id, 1, created_at + (5 + abs(hashtext(id::text || 'e')) % 56) * interval '1 day', '{}'::jsonb
from plan where abs(hashtext(id::text || 'e')) % 100 < 80;
update plan set status = 'CLOSED', closed_at = created_at + interval '300 days'
where abs(hashtext(id::text || 'x')) % 100 < 10 and created_at < now() - interval '300 days';
analyze household;
analyze plan;
analyze plan_version;
analyze coordination;
