-- pgbench: the SQL that GET /api/v1/households/{id}/plan runs, statement for statement, in the
-- same order and the same two transactions: the token check (ApiTokens.authenticate), then
-- PlanResources.plan (Viewers, Plans, the household, the team, the coordination, the access-log entry).
-- Taken from EenPlan's own log (org.springframework.jdbc.core=DEBUG); see bench/README.md.
-- Variables from run.sh: households, account, token_hash.
\set n random(1, :households)
begin;
-- The token and its account in one statement (ApiTokens.authenticate, Account.CAN_LOG_IN).
select t.id, t.scope, t.last_used_at, a.id as account_id, a.email, a.display_name, a.kind
from api_token t join account a on a.id = t.account_id
where t.token_hash = :token_hash and t.revoked_at is null and t.expires_at > now()
  and a.active and a.deactivated_at is null;
-- "last used" is written at most once a minute (ApiTokens): not in the measured transactions.
-- Organisation roles (Authorities, OrganisationDirectory).
select s.account_id, s.organisation_id, o.name as organisation_name, s.role
from staff_role s join organisation o on o.id = s.organisation_id
where s.account_id = :account order by o.name, s.role;
commit;
begin;
-- Viewers (C-1): as which participant the person takes part, the members with their parental
-- authority, the consents and the decisions to share; decided once per request.
select id, household_id, kind, member_id, account_id, organisation_id, name, relation, reachable_days,
phone, email, active, receives_copy, enforcing, legal_role
 from participant where household_id = md5('household-' || :n)::uuid and account_id = :account
 and removed_at is null order by active desc limit 1;
select m.id, m.given_name, m.family_name, m.date_of_birth, m.expected_birth_date, m.relation,
  m.lives_at_address, m.account_id,
  array(select a.holder_id from parental_authority a where a.child_id = m.id)
    as authority_holders
from household_member m where m.household_id = md5('household-' || :n)::uuid order by m.position;
select * from consent where household_id = md5('household-' || :n)::uuid order by valid_from desc, recorded_at desc;
select * from sharing_override where household_id = md5('household-' || :n)::uuid
order by discussed_on desc, recorded_at desc;
-- Plans: the current plan and its goals, actions, who does them and the evaluations.
select * from plan where household_id = md5('household-' || :n)::uuid
order by (status = 'CLOSED'), created_at desc limit 1 \gset plan_
select ap.action_id, ap.participant_id from action_participant ap
join action a on a.id = ap.action_id join goal g on g.id = a.goal_id where g.plan_id = :plan_id;
select a.* from action a join goal g on g.id = a.goal_id
where g.plan_id = :plan_id order by a.target_date, a.created_at;
select e.* from evaluation e join goal g on g.id = e.goal_id
where g.plan_id = :plan_id order by e.evaluated_on, e.recorded_at;
select * from goal where plan_id = :plan_id order by priority, created_at;
select id, name, municipality_id, street, postcode, city from household where id = :plan_household_id;
select id, household_id, kind, member_id, account_id, organisation_id, name, relation, reachable_days,
phone, email, active, receives_copy, enforcing, legal_role
 from participant where household_id = :plan_household_id and removed_at is null
 order by case kind when 'HOUSEHOLD_MEMBER' then 0 when 'NETWORK' then 1 else 2 end, name;
select * from coordination where household_id = :plan_household_id;
-- The access-log entry (audit.EntryWriter): the id first, then a plain insert with the hash EenPlan
-- computed (a fixed one here); sealed later, once a second, outside the request.
select nextval('audit_entry_id_seq') as id from generate_series(1, 1) \gset chain_
insert into audit_entry (id, occurred_at, account_id, on_behalf_of, event, subject_type, subject_id,
  household_id, detail, member_id, basis, previous_hash, hash)
values (:chain_id, now(), :account, null, 'PLAN_READ', 'plan', :plan_id, :plan_household_id, null, null,
        'consent:' || md5('consent-' || :n || '-1')::uuid || ' consent:' || md5('consent-' || :n || '-2')::uuid
            || ' consent:' || md5('consent-' || :n || '-3')::uuid,
        null, '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef');
commit;
