-- pgbench: the SQL that PUT /api/v1/households/{id}/plan/actions/{actionId} runs, statement for
-- statement, in the same two transactions: the token check, then Planning.updateAction (who asks,
-- the whole plan, the team, the version claim, the change, the audit entry).
-- Variables from run.sh: households, account, token_hash.
\set n random(1, :households)
begin;
update api_token set last_used_at = now()
where token_hash = :token_hash and revoked_at is null and expires_at > now()
returning account_id, scope;
select "account"."id" as "id", "account"."kind" as "kind", "account"."email" as "email",
       "account"."locale" as "locale", "account"."active" as "active", "account"."version" as "version",
       "account"."created_at" as "created_at", "account"."totp_secret" as "totp_secret",
       "account"."display_name" as "display_name", "account"."totp_enabled" as "totp_enabled",
       "account"."totp_last_step" as "totp_last_step", "account"."password_hash" as "password_hash"
from "account" where "account"."id" = :account;
select s.account_id, s.organisation_id, o.name as organisation_name, s.role
from staff_role s join organisation o on o.id = s.organisation_id
where s.account_id = :account order by o.name, s.role;
commit;
begin;
select id, household_id, kind, member_id, account_id, organisation_id, name, relation, reachable_days,
       phone, email, active, receives_copy, enforcing, legal_role
from participant where household_id = md5('household-' || :n)::uuid and account_id = :account
  and removed_at is null order by active desc limit 1;
select * from plan where household_id = md5('household-' || :n)::uuid
order by (status = 'CLOSED'), created_at desc limit 1 \gset plan_
select ap.action_id, ap.participant_id from action_participant ap
join action a on a.id = ap.action_id join goal g on g.id = a.goal_id where g.plan_id = :plan_id;
select a.* from action a join goal g on g.id = a.goal_id
where g.plan_id = :plan_id order by a.target_date, a.created_at;
select e.* from evaluation e join goal g on g.id = e.goal_id
where g.plan_id = :plan_id order by e.evaluated_on, e.recorded_at;
select * from goal where plan_id = :plan_id order by priority, created_at;
select id, household_id, kind, member_id, account_id, organisation_id, name, relation, reachable_days,
       phone, email, active, receives_copy, enforcing, legal_role
from participant where household_id = :plan_household_id and removed_at is null
order by case kind when 'HOUSEHOLD_MEMBER' then 0 when 'NETWORK' then 1 else 2 end, name;
update plan set version = version + 1, changed_since_version = true
where id = :plan_id and version = :plan_version and status <> 'CLOSED';
update action set what = 'Wekelijks gesprek met school', start_date = date '2026-01-05',
                  target_date = date '2026-03-02', evaluation_date = date '2026-03-09'
where id = md5('action-' || :n || '-1-1')::uuid;
delete from action_participant where action_id = md5('action-' || :n || '-1-1')::uuid;
insert into action_participant (action_id, participant_id)
values (md5('action-' || :n || '-1-1')::uuid, md5('participant-' || :n || '-5')::uuid);
-- PlanAccess, the consent rule (C-1): the members, their consents and the decisions to share.
select m.*, (select string_agg(holder_id::text, ',') from parental_authority where child_id = m.id)
from household_member m where m.household_id = :plan_household_id order by m.position;
select * from consent where household_id = :plan_household_id;
select * from sharing_override where household_id = :plan_household_id;
-- The access-log entry, a plain insert just before commit (audit.EntryWriter); sealed later.
select nextval('audit_entry_id_seq') as id \gset chain_
insert into audit_entry (id, occurred_at, account_id, on_behalf_of, event, subject_type, subject_id, household_id,
                         detail, member_id, basis, previous_hash, hash)
select (e).id, (e).occurred_at, (e).account_id, (e).on_behalf_of, (e).event, (e).subject_type, (e).subject_id,
       (e).household_id, (e).detail, (e).member_id, (e).basis, (e).previous_hash,
       encode(sha256(convert_to(audit_entry_canonical(e), 'UTF8')), 'hex')
from (select row(:chain_id::bigint, now(), :account::uuid, null::uuid, 'PLAN_ACTION_UPDATED'::text, 'plan'::text,
                 :plan_id::text, :plan_household_id::uuid, md5('action-' || :n || '-1-1')::uuid::text, null::uuid,
                 'consent:' || md5('consent-' || :n || '-1')::uuid || ' consent:' || md5('consent-' || :n || '-2')::uuid
                     || ' consent:' || md5('consent-' || :n || '-3')::uuid,
                 null::text, null::text, null::xid8)::audit_entry as e) r;
commit;
