-- MON-1, MON-2: the dashboards' read model. Still fed only by events; each household's plan row now
-- also knows the coordinator's organisation and account (only to count caseloads, never shown), whether coordination is complex (R-3), whether the plan
-- rests on a family-group plan (PL-8) and its legal dates (PL-10). Indexes follow the dashboards'
-- questions (a municipality or organisation over a period), so a figure reads one index range.
alter table monitoring_plan_fact
    add column organisation_id             uuid,
    add column coordinator_account_id      uuid,
    add column coordination_complex        boolean not null default false,
    add column family_group_plan           boolean not null default false,
    add column written_plan_requested_on   date,
    add column no_family_group_plan_on     date;

create index monitoring_plan_fact_municipality_started
    on monitoring_plan_fact (municipality_id, plan_started_at)
    include (organisation_id, coordinator_account_id, coordination_form, coordination_complex, family_group_plan,
             plan_established_at, written_plan_requested_on, no_family_group_plan_on, plan_closed_at);
create index monitoring_plan_fact_organisation_started
    on monitoring_plan_fact (organisation_id, plan_started_at)
    include (municipality_id, coordinator_account_id, coordination_form, coordination_complex, family_group_plan,
             plan_established_at, written_plan_requested_on, no_family_group_plan_on, plan_closed_at);

-- Escalations and round tables carry the scope they are counted in, copied from the plan row when it
-- becomes known, so a dashboard never joins per household.
alter table monitoring_escalation_fact add column organisation_id uuid;
create index monitoring_escalation_fact_municipality_started
    on monitoring_escalation_fact (municipality_id, started_on) include (step, ended_on, organisation_id);
create index monitoring_escalation_fact_organisation_started
    on monitoring_escalation_fact (organisation_id, started_on) include (step, ended_on, municipality_id);

alter table monitoring_round_table_fact
    add column municipality_id uuid,
    add column organisation_id uuid;
create index monitoring_round_table_fact_municipality_held
    on monitoring_round_table_fact (municipality_id, held_on) include (held_within_window, organisation_id);
create index monitoring_round_table_fact_organisation_held
    on monitoring_round_table_fact (organisation_id, held_on) include (held_within_window, municipality_id);

-- IMP-1: a region groups municipalities (none existed before); a municipality belongs to at most one.
-- Kept by monitoring, only for its regional dashboard; ids of municipalities, no foreign keys.
create table monitoring_region (
    id   uuid primary key,
    name text not null unique
);
create table monitoring_region_municipality (
    municipality_id uuid primary key,
    region_id       uuid not null references monitoring_region (id) on delete cascade
);
create index monitoring_region_municipality_region on monitoring_region_municipality (region_id);

-- Published read contracts for rebuilding monitoring's read model from scratch (MonitoringRebuild):
-- each owning module states, without names or texts, what its events told monitoring over time.
-- plan: the current plan of each household, its dates and tab 1's flags (PL-8, PL-10).
create view plan_monitoring_v as
select distinct on (p.household_id) p.household_id, p.id as plan_id, p.created_at as started_at,
       (select min(v.established_at) from plan_version v where v.plan_id = p.id) as established_at,
       p.closed_at, p.family_group_plan, p.written_plan_requested_on, p.no_family_group_plan_on
from plan p
order by p.household_id, (p.status <> 'CLOSED') desc, p.created_at desc;

-- participation: who coordinates (participant, account, organisation), in which form (R-3).
create view coordination_monitoring_v as
select co.household_id, co.coordinator_id, c.account_id as coordinator_account_id, c.organisation_id,
       co.form, co.complex, co.updated_at as coordinated_since
from coordination co
left join participant c on c.id = co.coordinator_id
where co.coordinator_id is not null;

-- escalation: each escalation's municipality, step reached, start and end (E-1..E-4).
create view escalation_monitoring_v as
select id as escalation_id, household_id, municipality_id, current_step as step, started_on, closed_on as ended_on
from escalation;

-- meeting: each round table's window and whether it was held within it (M-3).
create view round_table_monitoring_v as
select id as round_table_id, household_id, initiated_on, window_latest, held_on,
       case when held_on is null then null else held_on between window_earliest and window_latest end
         as held_within_window,
       cancelled_at is not null as cancelled
from round_table;

-- consent: when each consent was given and withdrawn (C-2).
create view consent_monitoring_v as
select id as consent_id, household_id, recorded_at as given_at, withdrawn_at
from consent;
