-- Seeds :n households for the benchmark, set-based. Run by run.sh through psql with -v n=... and
-- -v token=...; every id is derived from the household number n (md5 of a name), so the wrk and
-- pgbench scripts can name any household without a lookup.
\set ON_ERROR_STOP on
\timing on
set synchronous_commit = off;
-- The rows below refer only to rows inserted before them, so the foreign-key triggers can rest
-- during the load (this session only; needs the superuser the embedded PostgreSQL runs as).
set session_replication_role = replica;
-- Rows go in sorted by their primary key, and the other indexes are built afterwards from their
-- own definitions: far less work than keeping them up to date row by row.
set work_mem = '512MB';
set maintenance_work_mem = '1GB';
create temporary table bench_index (name text, definition text);
insert into bench_index
select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
from pg_index i join pg_class t on t.oid = i.indrelid
where t.relname in ('household', 'household_member', 'participant', 'consent', 'coordination', 'coordination_history', 'plan',
                    'goal', 'action', 'action_participant')
  and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid);
do $$
declare
    r record;
begin
    for r in select name from bench_index loop
        execute 'drop index ' || r.name;
    end loop;
end
$$;

\set municipality '''00000000-0000-4000-8000-000000000001'''
\set provider '''00000000-0000-4000-8000-000000000002'''
\set account '''00000000-0000-4000-8000-000000000003'''

\echo organisations, the benchmark professional and the API token
insert into organisation (id, version, name, kind, municipality_id, created_at) values
    (:municipality, 0, 'Benchmark gemeente', 'MUNICIPALITY', null, now()),
    (:provider, 0, 'Benchmark jeugdzorg', 'PROVIDER', :municipality, now());
-- Only an account that can log in may use its API tokens (ApiTokens.authenticate, Account.canLogIn):
-- active and not deactivated. Like an account that chose a password, it has a password hash, here a
-- bcrypt-shaped one of random bytes that no password matches.
insert into account (id, version, email, display_name, kind, password_hash, active, locale, created_at)
values (:account, 0, 'bench@eenplan.test', 'Bea Bench', 'STAFF',
        '{bcrypt}$2a$10$' || substr(md5(random()::text) || md5(random()::text) || md5(random()::text), 1, 53),
        true, 'nl', now());
insert into staff_role (account_id, organisation_id, role) values (:account, :provider, 'PROFESSIONAL');
-- As nl.eenplan.identity.Tokens.hash: the SHA-256 of the token, in hex.
insert into api_token (id, account_id, name, token_hash, scope, expires_at, created_at)
values ('00000000-0000-4000-8000-000000000004', :account, 'benchmark',
        encode(sha256(convert_to(:'token', 'UTF8')), 'hex'), 'READ_WRITE', now() + interval '7 days', now());

\echo households
insert into household (id, version, name, municipality_id, street, postcode, city, created_at)
select md5('household-' || n)::uuid, 0, 'Gezin Jansen ' || n, :municipality, 'Dorpsstraat ' || n, '2801 AB',
       'Gouda', now()
from generate_series(1, :n) n
order by 1;

\echo members: mother, father, son
insert into household_member (id, household_id, position, given_name, family_name, date_of_birth, relation,
                              lives_at_address)
select md5('member-' || n || '-' || k)::uuid, md5('household-' || n)::uuid, k - 1,
       (array ['Sanne', 'Mark', 'Michael'])[k], 'Jansen', date '1984-01-01' + (k * 2500 + n % 1000),
       (array ['moeder', 'vader', 'zoon'])[k], true
from generate_series(1, :n) n, generate_series(1, 3) k
order by 1;

\echo participants: the members, grandma (network) and the benchmark professional
insert into participant (id, household_id, kind, member_id, account_id, organisation_id, name, relation,
                         reachable_days, email, active, receives_copy, enforcing, added_at)
select md5('participant-' || n || '-' || k)::uuid, md5('household-' || n)::uuid,
       (array ['HOUSEHOLD_MEMBER', 'HOUSEHOLD_MEMBER', 'HOUSEHOLD_MEMBER', 'NETWORK', 'PROFESSIONAL'])[k],
       case when k <= 3 then md5('member-' || n || '-' || k)::uuid end,
       case when k = 5 then :account::uuid end,
       case when k = 5 then :provider::uuid end,
       (array ['Sanne Jansen', 'Mark Jansen', 'Michael Jansen', 'Oma Jansen', 'Bea Bench'])[k],
       (array ['moeder', 'vader', 'zoon', 'oma van Michael', 'jeugdhulpverlener'])[k],
       case when k = 5 then 'MONDAY,WEDNESDAY' else '' end,
       case when k = 5 then 'bench@eenplan.test' end,
       true, true, false, now()
from generate_series(1, :n) n, generate_series(1, 5) k
order by 1;

\echo consent: every member (all adults or 16 and over, C-1) shares the plan with the professional
insert into consent (id, household_id, subject_id, version, purpose, categories, recipients, given_by, manner,
                     valid_from, valid_until, recorded_by, recorded_at)
select md5('consent-' || n || '-' || k)::uuid, md5('household-' || n)::uuid, md5('member-' || n || '-' || k)::uuid,
       0, 'Samen werken aan het plan', 'PLAN', 'PARTICIPANT:' || md5('participant-' || n || '-5')::uuid,
       md5('member-' || n || '-' || k)::uuid::text, 'WRITTEN', date '2026-01-01', date '2030-12-31', :account, now()
from generate_series(1, :n) n, generate_series(1, 3) k
order by 1;

\echo coordination: the professional coordinates
insert into coordination (household_id, version, coordinator_id, form, complex, complexity_criteria, chosen_by,
                          updated_at)
select md5('household-' || n)::uuid, 1, md5('participant-' || n || '-5')::uuid, 'CASE_COORDINATION', false, '',
       'HOUSEHOLD', now()
from generate_series(1, :n) n
order by 1;
insert into coordination_history (household_id, coordinator_id, role, form, chosen_by, started_at, recorded_by)
select md5('household-' || n)::uuid, md5('participant-' || n || '-5')::uuid, 'COORDINATOR', 'CASE_COORDINATION',
       'HOUSEHOLD', now(), :account
from generate_series(1, :n) n;

\echo plans
insert into plan (id, household_id, version, status, arrangement, first_agreements, family_group_plan, created_at)
select md5('plan-' || n)::uuid, md5('household-' || n)::uuid, 0, 'DRAFT', 'EMAIL',
       'We mailen elke week. Eens per maand zitten we samen aan tafel.', false, now()
from generate_series(1, :n) n
order by 1;

\echo goals: three per plan
insert into goal (id, plan_id, priority, title, status, created_at)
select md5('goal-' || n || '-' || g)::uuid, md5('plan-' || n)::uuid, g,
       (array ['Michael gaat elke dag naar school', 'Er is rust in huis', 'De schulden zijn in beeld'])[g],
       'OPEN', now()
from generate_series(1, :n) n, generate_series(1, 3) g
order by 1;

\echo actions: two per goal
insert into action (id, goal_id, what, start_date, target_date, evaluation_date, created_at)
select md5('action-' || n || '-' || g || '-' || a)::uuid, md5('goal-' || n || '-' || g)::uuid,
       'Actie ' || a || ' voor doel ' || g, date '2026-01-05', date '2026-03-02' + 7 * g,
       date '2026-03-02' + 7 * g, now()
from generate_series(1, :n) n, generate_series(1, 3) g, generate_series(1, 2) a
order by 1;

\echo who does what: the professional; the mother helps with every second action
insert into action_participant (action_id, participant_id)
select md5('action-' || n || '-' || g || '-' || a)::uuid, md5('participant-' || n || '-' || p)::uuid
from generate_series(1, :n) n, generate_series(1, 3) g, generate_series(1, 2) a, generate_series(1, 5, 4) p
where p = 5 or a = 2
order by 1, 2;

\echo indexes
do $$
declare
    r record;
begin
    for r in select definition from bench_index loop
        execute r.definition;
    end loop;
end
$$;

set session_replication_role = origin;
\echo analyze
analyze;
