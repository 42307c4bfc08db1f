-- PL-6: the safety plan beside the support plan, where safety is at stake. It belongs to the plan (and goes
-- with it), one open at a time; an ended one is kept as history. Its lines: risks, agreements to keep
-- everyone safe, who watches what, whom to call when, and its own evaluation moments.
create table safety_plan (
    id uuid primary key,
    plan_id uuid not null references plan(id) on delete cascade,
    household_id uuid not null,
    started_by uuid not null,
    started_on date not null,
    reason text not null,
    -- C-6: the step on concerns (consent_signal) this safety plan answers; no foreign key, the table is consent's.
    signal_id uuid,
    ended_on date,
    ended_by uuid,
    end_reason text,
    created_at timestamp with time zone not null
);
create index safety_plan_plan on safety_plan (plan_id);
create unique index safety_plan_one_open on safety_plan (plan_id) where ended_on is null;

create table safety_plan_line (
    id uuid primary key,
    safety_plan_id uuid not null references safety_plan(id) on delete cascade,
    kind varchar(16) not null check (kind in ('RISK', 'AGREEMENT', 'WATCH', 'CALL', 'MOMENT')),
    position integer not null,
    what text,
    who text,
    participant_id uuid,
    phone varchar(40),
    due_on date,
    evaluated_on date,
    outcome text,
    evaluated_by uuid
);
create index safety_plan_line_plan on safety_plan_line (safety_plan_id, kind, position);
