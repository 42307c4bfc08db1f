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
