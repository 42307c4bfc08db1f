-- PL-10, G-2, X-4: reminders of deadlines, sent by a recurring task of db-scheduler (docs/adr/0013).

-- db-scheduler's own table, as its PostgreSQL schema for version 16 has it.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);
create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- How each person wants reminders; without a row: BOTH.
create table reminder_preference (
    account_id uuid primary key references account (id) on delete cascade,
    choice     text        not null check (choice in ('DIGEST', 'IMMEDIATE', 'BOTH')),
    updated_at timestamptz not null
);

-- Exactly once: a reminder is mailed only by the transaction that inserted its row here. A digest
-- is keyed 'digest:<ISO week>' with the Monday of that week as its date.
create table reminder_sent (
    account_id   uuid        not null references account (id) on delete cascade,
    deadline_key text        not null,
    due          date        not null,
    moment       text        not null check (moment in ('BEFORE', 'ON', 'DIGEST')),
    sent_at      timestamptz not null,
    primary key (account_id, deadline_key, due, moment)
);

-- The ISO weeks (e.g. 2026-W53) whose Monday digest a full sweep has sent.
create table reminder_digest_week (
    week         text primary key,
    completed_at timestamptz not null
);

-- Open actions by target date, for the reminders' daily question "whose deadlines fall in the window?".
create index action_open_target on action (target_date) where done_at is null;
