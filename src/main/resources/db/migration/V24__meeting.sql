-- Round tables (M-1..M-4): the initiative and its window (M-3), the planned meeting, chair and
-- minute taker, and the iCalendar sequence of the invitations sent for it.
create table round_table (
    id                   uuid primary key,
    household_id         uuid        not null references household (id),
    version              integer     not null default 0,
    status               text        not null,
    initiator_id         uuid        not null references participant (id),
    initiator_account_id uuid        not null references account (id),
    initiated_on         date        not null,
    window_earliest      date        not null,
    window_latest        date        not null,
    meeting_date         date,
    starts_at            time,
    ends_at              time,
    place                text,
    remote               boolean     not null default false,
    chair_id             uuid references participant (id),
    minute_taker_id      uuid references participant (id),
    sequence             integer     not null default 0,
    minutes              text        not null default '',
    held_on              date,
    cancelled_at         timestamptz,
    created_at           timestamptz not null
);
create index round_table_household on round_table (household_id, created_at);
create index round_table_open_initiator on round_table (initiator_account_id) where status = 'PLANNED';

-- Who is invited, and their answer (M-4): attend, decline, or a replacement with name and e-mail.
create table round_table_invitee (
    round_table_id    uuid        not null references round_table (id),
    participant_id    uuid        not null references participant (id),
    email             text        not null,
    invited_at        timestamptz not null,
    answer            text,
    answered_at       timestamptz,
    answered_by       uuid references account (id),
    replacement_name  text,
    replacement_email text,
    primary key (round_table_id, participant_id)
);
create index round_table_invitee_unanswered on round_table_invitee (participant_id) where answer is null;

-- The agenda, prepared from the plan and kept by the chair (M-4).
create table round_table_agenda_item (
    round_table_id uuid    not null references round_table (id),
    position       integer not null,
    text           text    not null,
    primary key (round_table_id, position)
);

-- Who was there, as the minute taker records it.
create table round_table_attendance (
    round_table_id uuid not null references round_table (id),
    participant_id uuid not null references participant (id),
    primary key (round_table_id, participant_id)
);

-- Decisions (M-4): each became a goal or an action in the plan, an agreement kept here, or the
-- coordinator chosen at the first round table (M-2).
create table round_table_decision (
    id             uuid primary key,
    round_table_id uuid        not null references round_table (id),
    kind           text        not null,
    text           text        not null,
    goal_id        uuid,
    action_id      uuid,
    recorded_by    uuid        not null references account (id),
    recorded_at    timestamptz not null
);
create index round_table_decision_round_table on round_table_decision (round_table_id, recorded_at);
