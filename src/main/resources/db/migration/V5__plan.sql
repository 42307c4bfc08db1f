-- PL, G: one current plan per household (H-4), its goals, actions, evaluations and versions.
create table plan (
    id                        uuid primary key,
    household_id              uuid        not null references household (id) on delete cascade,
    version                   integer     not null,
    status                    text        not null check (status in ('DRAFT', 'ESTABLISHED', 'CLOSED')),
    arrangement               text        not null default '',
    arrangement_other         text,
    first_agreements          text        not null default '',
    family_group_plan         boolean     not null default false,
    written_plan_requested_on date,
    no_family_group_plan_on   date,
    last_version_number       integer     not null default 0,
    changed_since_version     boolean     not null default true,
    created_at                timestamptz not null,
    closed_at                 timestamptz,
    close_reason              text check (close_reason in ('WOUND_DOWN', 'HANDED_OVER'))
);
create unique index plan_one_current_per_household on plan (household_id) where status <> 'CLOSED';

create table goal (
    id          uuid primary key,
    plan_id     uuid        not null references plan (id) on delete cascade,
    priority    integer     not null,
    title       text        not null,
    status      text        not null check (status in ('OPEN', 'REACHED', 'NOT_REACHED')),
    created_at  timestamptz not null,
    closed_at   timestamptz
);
create index goal_plan on goal (plan_id, priority);

create table action (
    id              uuid primary key,
    goal_id         uuid        not null references goal (id) on delete cascade,
    what            text        not null,
    start_date      date        not null,
    target_date     date        not null,
    evaluation_date date        not null,
    done_at         timestamptz,
    created_at      timestamptz not null,
    check (target_date >= start_date),
    check (evaluation_date >= start_date)
);
create index action_goal on action (goal_id);

create table action_participant (
    action_id      uuid not null references action (id) on delete cascade,
    participant_id uuid not null references participant (id),
    primary key (action_id, participant_id)
);
create index action_participant_participant on action_participant (participant_id);

create table evaluation (
    id                   uuid primary key,
    goal_id              uuid        not null references goal (id) on delete cascade,
    evaluated_on         date        not null,
    reached              boolean     not null,
    actions_done         boolean,
    why_not_done         text,
    how_to_improve       text,
    why_no_effect        text,
    on_right_track       boolean,
    meaning_for_household text,
    achieved             text        not null,
    recorded_by          uuid references account (id),
    recorded_at          timestamptz not null
);
create index evaluation_goal on evaluation (goal_id);

create table plan_version (
    plan_id        uuid        not null references plan (id) on delete cascade,
    number         integer     not null,
    established_at timestamptz not null,
    established_by uuid references account (id),
    snapshot       jsonb       not null,
    primary key (plan_id, number)
);

create table plan_copy (
    id             uuid primary key,
    plan_id        uuid        not null references plan (id) on delete cascade,
    version_number integer     not null,
    participant_id uuid        not null references participant (id),
    sent_at        timestamptz not null,
    sent_by        uuid references account (id)
);
