create table account (
    id            uuid primary key,
    version       integer     not null,
    email         text        not null,
    display_name  text        not null,
    kind          text        not null check (kind in ('ADMINISTRATOR', 'STAFF', 'CITIZEN')),
    password_hash text,
    totp_secret   text,
    totp_enabled  boolean     not null default false,
    totp_last_step bigint     not null default 0,
    active        boolean     not null default false,
    locale        text        not null default 'nl',
    created_at    timestamptz not null
);
create unique index account_email_unique on account (lower(email));

create table login_throttle (
    login        text primary key,
    failures     integer not null,
    locked_until timestamptz
);

create table recovery_code (
    account_id uuid not null references account (id) on delete cascade,
    code_hash  text not null,
    used_at    timestamptz,
    primary key (account_id, code_hash)
);

create table invitation (
    id          uuid primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    token_hash  text        not null unique,
    invited_by  uuid references account (id),
    expires_at  timestamptz not null,
    accepted_at timestamptz,
    created_at  timestamptz not null
);

create table api_token (
    id           uuid primary key,
    account_id   uuid        not null references account (id) on delete cascade,
    name         text        not null,
    token_hash   text        not null unique,
    scope        text        not null check (scope in ('READ', 'READ_WRITE')),
    expires_at   timestamptz not null,
    created_at   timestamptz not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_token_account on api_token (account_id);
