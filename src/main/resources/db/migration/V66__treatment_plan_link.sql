-- PL-7: a professional's own treatment plan, named and linked to the goals it serves, never its content.
create table treatment_plan_link (
    id                 uuid primary key,
    plan_id            uuid        not null references plan (id) on delete cascade,
    participant_id     uuid        not null references participant (id),
    professional_name  text        not null,
    organisation_name  text        not null default '',
    name               text        not null check (length(name) between 1 and 120),
    reference          text        not null default '' check (length(reference) <= 40),
    valid_from         date,
    valid_to           date,
    agreed_at          timestamptz not null,
    ended_on           date,
    created_at         timestamptz not null,
    check (valid_to is null or valid_from is null or valid_to >= valid_from)
);
create index treatment_plan_link_plan on treatment_plan_link (plan_id);
create index treatment_plan_link_participant on treatment_plan_link (participant_id);

-- The goals a treatment plan serves; a goal that goes takes its links with it.
create table treatment_plan_goal (
    link_id uuid not null references treatment_plan_link (id) on delete cascade,
    goal_id uuid not null references goal (id) on delete cascade,
    primary key (link_id, goal_id)
);
create index treatment_plan_goal_goal on treatment_plan_goal (goal_id);
