-- MON-1, MON-2: the first read model of monitoring, fed only by the events of other modules. No
-- foreign keys into their tables: monitoring reads what happened, it never holds up the modules
-- that own the data. Each row is keyed by what the event is about, so an event delivered twice
-- (the event publication registry retries) leaves the same facts, and events about one thing may
-- arrive in any order (listeners run on their own threads): every write is an upsert.

-- Per household's plan: who coordinates, in which form (R-3), and the plan's dates as far as known.
create table monitoring_plan_fact (
    household_id      uuid primary key,
    municipality_id   uuid,
    coordinator_id    uuid,
    coordination_form text,
    coordinated_since timestamptz,
    plan_id           uuid,
    plan_started_at   timestamptz,
    plan_established_at timestamptz,
    plan_closed_at    timestamptz,
    updated_at        timestamptz not null
);

-- E-1..E-4: each escalation, the highest step it reached and when it ended.
create table monitoring_escalation_fact (
    escalation_id   uuid primary key,
    household_id    uuid    not null,
    municipality_id uuid    not null,
    step            integer not null,
    started_on      date,
    step_since      date,
    ended_on        date
);
create index monitoring_escalation_fact_household on monitoring_escalation_fact (household_id);
create index monitoring_escalation_fact_municipality on monitoring_escalation_fact (municipality_id, ended_on);

-- M-3: each round table, its window and whether it was held within it.
create table monitoring_round_table_fact (
    round_table_id     uuid primary key,
    household_id       uuid    not null,
    initiated_on       date,
    window_latest      date,
    held_on            date,
    held_within_window boolean,
    cancelled          boolean not null default false
);
create index monitoring_round_table_fact_household on monitoring_round_table_fact (household_id);

-- C-2: each consent given, and when it was withdrawn.
create table monitoring_consent_fact (
    consent_id   uuid primary key,
    household_id uuid        not null,
    given_at     timestamptz,
    withdrawn_at timestamptz
);
create index monitoring_consent_fact_household on monitoring_consent_fact (household_id);
