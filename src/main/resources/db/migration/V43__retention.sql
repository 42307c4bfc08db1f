-- X-6: a request for earlier destruction of a household's file, by a youth of 12 or older or a parent,
-- with its decision and the reasons. It is part of the household's file: destroyed with it.
create table destruction_request (
    id                    uuid primary key,
    version               integer     not null,
    household_id          uuid        not null references household (id) on delete cascade,
    requested_by_member   uuid        not null references household_member (id) on delete cascade,
    requested_by_account  uuid        not null references account (id),
    entitlement           text        not null check (entitlement in ('YOUTH', 'PARENT')),
    reasons               text        not null,
    requested_at          timestamptz not null,
    decision              text check (decision in ('GRANTED', 'REFUSED')),
    decision_reasons      text,
    decided_by            uuid references account (id),
    decided_at            timestamptz
);
create index destruction_request_household on destruction_request (household_id, requested_at);

-- X-6: what was destroyed, without the data: the household's id (which no longer leads anywhere), when,
-- on which basis, and how many rows per table. No names, no addresses, no reasons.
create table destruction_record (
    id             uuid primary key,
    household_id   uuid        not null unique,
    destroyed_at   timestamptz not null,
    basis          text        not null check (basis in ('RETENTION_ENDED', 'REQUEST_GRANTED')),
    care_ended_on  date,
    requested_on   date,
    decided_on     date,
    row_counts     jsonb       not null
);
