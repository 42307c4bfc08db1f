create table outbox_mail (
    id           uuid primary key,
    recipient    text        not null,
    subject      text        not null,
    body         text        not null,
    created_at   timestamptz not null,
    delivered_at timestamptz,
    attempts     integer     not null default 0,
    claimed_until timestamptz,
    last_error   text
);
create index outbox_mail_undelivered on outbox_mail (created_at) where delivered_at is null;

create table audit_entry (
    id           bigserial primary key,
    occurred_at  timestamptz not null,
    account_id   uuid,
    on_behalf_of uuid,
    event        text        not null,
    subject_type text,
    subject_id   text,
    household_id uuid,
    detail       text
);
create index audit_entry_household on audit_entry (household_id, occurred_at);
create index audit_entry_account on audit_entry (account_id, occurred_at);
