-- Published read contracts for "Mijn gezinnen" (the caseload module): set-based facts per household,
-- so one query can search, filter and page a caseload without reading other modules' tables. Each view
-- belongs to the module named in its comment; none holds the content of a plan, consent or escalation.

-- household: what a household is found by (H-1): its name, municipality and postcode, the names of its
-- members and their dates of birth. The postcode without spaces and in capitals, names in lower case.
create view household_search_v as
select h.id,
       h.name,
       h.municipality_id,
       upper(replace(coalesce(h.postcode, ''), ' ', '')) as postcode,
       lower(h.name || ' ' || coalesce((select string_agg(m.given_name || ' ' || m.family_name, ' ')
                                        from household_member m where m.household_id = h.id), '')) as names,
       array(select m.date_of_birth from household_member m
             where m.household_id = h.id and m.date_of_birth is not null) as birth_dates
from household h;

-- plan: the status of each household's plan (H-4): the current one, else the most recently closed.
create view plan_status_v as
select distinct on (p.household_id) p.household_id, p.id as plan_id, p.status
from plan p
order by p.household_id, (p.status <> 'CLOSED') desc, p.created_at desc;

-- plan: the target dates of the open actions (of open goals) of each household's current plan; no text.
create view open_action_v as
select p.household_id, a.target_date
from action a
join goal g on g.id = a.goal_id
join plan p on p.id = g.plan_id
where a.done_at is null and g.status = 'OPEN' and p.status <> 'CLOSED';

-- participation: the name of each household's coordinator (R-1), when one was chosen and not removed.
create view coordinator_name_v as
select co.household_id, c.name
from coordination co
join participant c on c.id = co.coordinator_id
where c.removed_at is null;

-- escalation: the open escalations of each household (E-1..E-4); no parties, no agreements.
create view open_escalation_v as
select household_id, id as escalation_id
from escalation
where status = 'OPEN';

-- meeting: the round tables still to be held (M-1..M-3): the 5-15 working-day window and the date once planned.
create view round_table_due_v as
select household_id, window_earliest, window_latest, meeting_date
from round_table
where status = 'PLANNED';

-- consent: what the consent module knows as due (C-3): an oral consent whose written form has not come
-- yet (due on written_form_due), and a consent that holds until a day (due on valid_until); withdrawn
-- consents left out. No purpose, categories or recipients.
create view consent_due_v as
select household_id, 'WRITTEN_FORM' as reason, written_form_due as due_on
from consent
where manner = 'ORAL' and written_form_on is null and withdrawn_at is null
union all
select household_id, 'VALIDITY' as reason, valid_until as due_on
from consent
where withdrawn_at is null;

comment on view household_search_v is 'Read contract of the household module: what a household is found by.';
comment on view plan_status_v is 'Read contract of the plan module: the status of each household''s plan.';
comment on view open_action_v is 'Read contract of the plan module: target dates of open actions.';
comment on view coordinator_name_v is 'Read contract of the participation module: the coordinator''s name.';
comment on view open_escalation_v is 'Read contract of the escalation module: open escalations per household.';
comment on view round_table_due_v is 'Read contract of the meeting module: round tables still to be held.';
comment on view consent_due_v is 'Read contract of the consent module: written forms and validity ends due.';

-- Issue 18: the access team records who of its team or which professional is responsible for a household.
-- Append-only history: a new assignment ends the one before it.
create table case_assignment (
    id              uuid primary key,
    household_id    uuid        not null references household (id) on delete cascade,
    access_team_id  uuid        not null references organisation (id),
    assignee_id     uuid        not null references account (id),
    assignee_name   text        not null,
    assigned_by     uuid        not null references account (id),
    assigned_at     timestamptz not null,
    ended_at        timestamptz
);
create index case_assignment_household on case_assignment (household_id, assigned_at);
create unique index case_assignment_current on case_assignment (household_id) where ended_at is null;

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'eenplan_app') then
        revoke all on household_search_v, plan_status_v, open_action_v, coordinator_name_v, open_escalation_v,
            round_table_due_v, consent_due_v from eenplan_app;
        grant select on household_search_v, plan_status_v, open_action_v, coordinator_name_v, open_escalation_v,
            round_table_due_v, consent_due_v to eenplan_app;
    end if;
end
$$;
