-- E-1..E-6, G-4: stagnation signals, the escalation ladder per municipality, escalations and their steps.

-- The ladder's steps with their owner and terms; municipality_id null is the default for every
-- municipality without a ladder of its own. Terms: first_term_days calendar days (E-3: the managers
-- meet; E-4: the contact point records), then commitment within commitment_working_days working
-- days, counted from the step's start or, when commitment_after_first_term, from the first term.
create table escalation_ladder_step (
    municipality_id            uuid references organisation (id) on delete cascade,
    step                       integer not null check (step between 1 and 4),
    owner                      text    not null check (owner in ('COORDINATOR', 'MANAGERS', 'CONTACT_POINT')),
    first_term_days            integer check (first_term_days between 1 and 60),
    commitment_working_days    integer not null check (commitment_working_days between 1 and 40),
    commitment_after_first_term boolean not null default false,
    check (not commitment_after_first_term or first_term_days is not null),
    unique nulls not distinct (municipality_id, step)
);

insert into escalation_ladder_step (municipality_id, step, owner, first_term_days, commitment_working_days,
                                    commitment_after_first_term)
values (null, 1, 'COORDINATOR', null, 5, false),
       (null, 2, 'COORDINATOR', null, 5, false),
       (null, 3, 'MANAGERS', 14, 5, true),
       (null, 4, 'CONTACT_POINT', 7, 5, false);

-- G-4: after how many working days past its target date EenPlan proposes stagnation of an action.
-- A municipality without a row uses the default of 10.
create table escalation_setting (
    municipality_id      uuid primary key references organisation (id) on delete cascade,
    overdue_working_days integer not null check (overdue_working_days between 1 and 100)
);

-- G-4: an agreement (action) not kept, by whom, signalled by whom. For a household or network
-- member the coordinator records the follow-up; for a professional an escalation starts.
create table stagnation (
    id               uuid primary key,
    household_id     uuid        not null references household (id) on delete cascade,
    action_id        uuid        not null references action (id) on delete cascade,
    participant_id   uuid        not null references participant (id),
    participant_kind text        not null check (participant_kind in ('HOUSEHOLD_MEMBER', 'NETWORK', 'PROFESSIONAL')),
    note             text,
    follow_up        text,
    signalled_by     uuid        not null references account (id),
    signalled_at     timestamptz not null,
    check (participant_kind = 'PROFESSIONAL' or follow_up is not null)
);
create index stagnation_household on stagnation (household_id, signalled_at desc);

create table escalation (
    id                           uuid primary key,
    version                      integer     not null,
    household_id                 uuid        not null references household (id) on delete cascade,
    municipality_id              uuid        not null references organisation (id),
    stagnation_id                uuid        not null references stagnation (id),
    action_id                    uuid        not null references action (id) on delete cascade,
    goal_id                      uuid        not null,
    action_what                  text        not null,
    coordinator_id               uuid        not null references participant (id),
    coordinator_account_id       uuid        not null references account (id),
    coordinator_name             text        not null,
    coordinator_organisation_id  uuid references organisation (id),
    professional_id              uuid        not null references participant (id),
    professional_name            text        not null,
    professional_organisation_id uuid        not null references organisation (id),
    contact_point_participant_id uuid references participant (id),
    current_step                 integer     not null check (current_step between 1 and 4),
    status                       text        not null check (status in ('OPEN', 'CLOSED')),
    started_on                   date        not null,
    started_at                   timestamptz not null,
    closed_on                    date,
    closed_by                    uuid references account (id),
    plan_action_id               uuid
);
create index escalation_household on escalation (household_id, started_at desc);
create index escalation_municipality on escalation (municipality_id, status);
create index escalation_coordinator_organisation on escalation (coordinator_organisation_id, status);
create index escalation_professional_organisation on escalation (professional_organisation_id, status);
create unique index escalation_one_open_per_agreement on escalation (action_id, professional_id)
    where status = 'OPEN';

create table escalation_step (
    escalation_id           uuid    not null references escalation (id) on delete cascade,
    step                    integer not null check (step between 1 and 4),
    owner_account_id        uuid    not null references account (id),
    second_owner_account_id uuid references account (id),
    started_on              date    not null,
    first_due               date,
    commitment_due          date    not null,
    met_on                  date,
    outcome                 text check (outcome in ('COMMITMENT', 'NO_COMMITMENT')),
    agreements              text,
    agreement_due           date,
    intended_result         text,
    involvement             text check (involvement in ('NONE', 'MUNICIPAL_SERVICES', 'ALDERMAN_OR_MAYOR')),
    note                    text,
    outcome_by              uuid references account (id),
    outcome_on              date,
    primary key (escalation_id, step)
);
create index escalation_step_owner on escalation_step (owner_account_id);
create index escalation_step_second_owner on escalation_step (second_owner_account_id);
