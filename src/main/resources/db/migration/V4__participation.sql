-- H-2: the team around a household; R: who coordinates, and the history of coordination.
create table participant (
    id              uuid primary key,
    household_id    uuid        not null references household (id) on delete cascade,
    kind            text        not null check (kind in ('HOUSEHOLD_MEMBER', 'NETWORK', 'PROFESSIONAL')),
    member_id       uuid references household_member (id),
    account_id      uuid references account (id),
    organisation_id uuid references organisation (id),
    name            text        not null,
    relation        text        not null,
    reachable_days  text        not null default '',
    phone           text,
    email           text,
    active          boolean     not null,
    receives_copy   boolean     not null,
    enforcing       boolean     not null default false,
    legal_role      text check (legal_role in ('GUARDIAN', 'FAMILY_GUARDIAN', 'PROBATION_OFFICER')),
    added_at        timestamptz not null,
    removed_at      timestamptz,
    check (kind <> 'HOUSEHOLD_MEMBER' or member_id is not null),
    check (kind <> 'PROFESSIONAL' or organisation_id is not null)
);
create index participant_household on participant (household_id) where removed_at is null;
create index participant_account on participant (account_id) where removed_at is null;
create unique index participant_member_once on participant (household_id, member_id)
    where removed_at is null and member_id is not null;

create table coordination (
    household_id                uuid primary key references household (id) on delete cascade,
    version                     integer     not null,
    coordinator_id              uuid references participant (id),
    form                        text check (form in ('SELF_DIRECTION', 'CASE_COORDINATION')),
    complex                     boolean     not null default false,
    complexity_criteria         text        not null default '',
    process_coordinator_id      uuid references participant (id),
    chosen_by                   text check (chosen_by in ('HOUSEHOLD', 'PARTICIPANTS', 'ACCESS_TEAM')),
    threatening                 boolean     not null default false,
    enforcement_considered      boolean     not null default false,
    disputed                    boolean     not null default false,
    updated_at                  timestamptz not null
);

create table coordination_history (
    id             bigserial primary key,
    household_id   uuid        not null references household (id) on delete cascade,
    coordinator_id uuid        not null references participant (id),
    role           text        not null check (role in ('COORDINATOR', 'PROCESS_COORDINATOR')),
    form           text,
    chosen_by      text,
    started_at     timestamptz not null,
    ended_at       timestamptz,
    handover_note  text,
    recorded_by    uuid references account (id)
);
create index coordination_history_household on coordination_history (household_id, started_at);
