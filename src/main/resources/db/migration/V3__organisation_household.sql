create table organisation (
    id              uuid primary key,
    version         integer     not null,
    name            text        not null,
    kind            text        not null check (kind in ('MUNICIPALITY', 'ACCESS_TEAM', 'PROVIDER')),
    municipality_id uuid references organisation (id),
    created_at      timestamptz not null
);
create unique index organisation_name_unique on organisation (lower(name));

create table staff_role (
    account_id      uuid not null references account (id) on delete cascade,
    organisation_id uuid not null references organisation (id),
    role            text not null check (role in ('PROFESSIONAL', 'MANAGER', 'ATTENTION_OFFICER', 'AGENDA_HOLDER',
                                                  'MUNICIPAL_CONTACT_POINT', 'ACCESS_TEAM_MEMBER')),
    primary key (account_id, organisation_id, role)
);

create table household (
    id              uuid primary key,
    version         integer     not null,
    name            text        not null,
    municipality_id uuid        not null references organisation (id),
    street          text,
    postcode        text,
    city            text,
    created_at      timestamptz not null
);

create table household_member (
    id                  uuid primary key,
    household_id        uuid    not null references household (id) on delete cascade,
    position            integer not null,
    given_name          text    not null,
    family_name         text    not null,
    date_of_birth       date,
    expected_birth_date date,
    relation            text    not null,
    lives_at_address    boolean not null,
    account_id          uuid references account (id),
    check ((date_of_birth is null) <> (expected_birth_date is null))
);
create index household_member_household on household_member (household_id);

create table parental_authority (
    child_id  uuid not null references household_member (id) on delete cascade,
    holder_id uuid not null references household_member (id) on delete cascade,
    primary key (child_id, holder_id),
    check (child_id <> holder_id)
);
