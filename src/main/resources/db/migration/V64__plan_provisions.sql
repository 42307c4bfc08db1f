-- PL-3: tab 3 of the plan, the custom provisions (maatwerkvoorzieningen) asked for a household member,
-- the goals each serves, and per member which law applies (PL-10: the Wmo request for support and the
-- seven days to hand in a personal plan). Rows belong to the plan and go with it.
create table plan_provision (
    id             uuid primary key,
    plan_id        uuid        not null references plan (id) on delete cascade,
    member_id      uuid        not null references household_member (id) on delete cascade,
    law            text        not null check (law in ('JEUGDWET', 'WMO')),
    kind           text        not null,
    kind_other     text,
    provider       text        not null default '',
    reason         text        not null default '',
    volume         integer,
    unit           text check (unit in ('MINUTE', 'HOUR', 'DAY_AND_NIGHT', 'DAY_PART', 'PIECE', 'EURO')),
    frequency      text check (frequency in ('PER_DAY', 'PER_WEEK', 'PER_MONTH', 'IN_TOTAL')),
    start_date     date,
    end_date       date,
    status         text        not null check (status in ('REQUESTED', 'DECIDED_GRANTED', 'DECIDED_REFUSED', 'WITHDRAWN')),
    created_at     timestamptz not null,
    check (end_date is null or start_date is null or end_date >= start_date)
);
create index plan_provision_plan on plan_provision (plan_id, created_at);

create table plan_provision_goal (
    provision_id uuid not null references plan_provision (id) on delete cascade,
    goal_id      uuid not null references goal (id) on delete cascade,
    primary key (provision_id, goal_id)
);

create table plan_member_law (
    plan_id                   uuid not null references plan (id) on delete cascade,
    member_id                 uuid not null references household_member (id) on delete cascade,
    law                       text not null check (law in ('JEUGDWET', 'WMO', 'BOTH', 'NONE')),
    support_requested_on      date,
    personal_plan_received_on date,
    primary key (plan_id, member_id)
);
