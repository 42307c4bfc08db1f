-- Accounts an administrator switched off, and citizens who chose to log in with an app.
alter table account add column deactivated_at timestamptz;
alter table account add column second_factor_chosen boolean not null default false;

-- "Wachtwoord vergeten": one-time links, stored only as hashes, valid for a short time.
create table password_reset (
    id         uuid primary key,
    account_id uuid        not null references account (id) on delete cascade,
    token_hash text        not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_at timestamptz not null
);

create index password_reset_account on password_reset (account_id, created_at);
