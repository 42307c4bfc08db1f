-- Issue 14: roles and requirements (IMP-2, IMP-4, IMP-5, IMP-6) and intensive coordination (R-8, R-9).

-- organisation: IMP-5, who is trained in the method (basic training) and in chairing a meeting.
create table staff_training (
    account_id   uuid        not null references account (id) on delete cascade,
    kind         text        not null check (kind in ('METHOD_BASIC', 'CHAIRING')),
    completed_on date        not null,
    recorded_by  uuid,
    recorded_at  timestamptz not null,
    primary key (account_id, kind)
);

-- participation: R-8, R-9, the access team decides that a household's coordination is intensive, with the
-- agreed effort (hours per week over a period) and how it is funded.
create table coordination_intensity (
    household_id   uuid        primary key references household (id),
    version        integer     not null,
    intensive      boolean     not null,
    hours_per_week integer     check (hours_per_week between 1 and 40),
    starts_on      date,
    ends_on        date,
    funding        text        check (funding in ('MUNICIPALITY', 'PROVIDER')),
    funding_note   text,
    decided_by     uuid,
    decided_at     timestamptz not null,
    check (not intensive or (hours_per_week is not null and starts_on is not null and ends_on is not null
                             and funding is not null and ends_on >= starts_on))
);

-- implementation: IMP-4, the facts about a provider that its data cannot show (method adopted,
-- implementation done, a training plan kept).
create table provider_commitment (
    organisation_id        uuid        primary key references organisation (id),
    version                integer     not null,
    method_adopted_on      date,
    implementation_done_on date,
    training_plan          boolean     not null,
    recorded_by            uuid,
    recorded_at            timestamptz not null
);

-- implementation: IMP-6, a coordinator recruited and assessed on the competence profile.
create table coordinator_assessment (
    organisation_id uuid        not null references organisation (id),
    account_id      uuid        not null references account (id) on delete cascade,
    assessed_on     date        not null,
    competences     text        not null,
    recorded_by     uuid,
    recorded_at     timestamptz not null,
    primary key (organisation_id, account_id)
);
