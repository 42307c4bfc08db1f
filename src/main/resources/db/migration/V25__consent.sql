-- C-1..C-3, PL-5: consent to share information about one household member, per purpose, information
-- and recipients; given by those the age rule asks, in writing or orally with the written form due.
create table consent (
    id               uuid primary key,
    household_id     uuid        not null references household (id) on delete cascade,
    subject_id       uuid        not null references household_member (id) on delete cascade,
    version          integer     not null,
    purpose          text        not null check (purpose <> ''),
    categories       text        not null check (categories <> ''),
    recipients       text        not null check (recipients <> ''),
    given_by         text        not null check (given_by <> ''),
    manner           text        not null check (manner in ('WRITTEN', 'ORAL')),
    written_form_due date,
    written_form_on  date,
    valid_from       date        not null,
    valid_until      date        not null,
    recorded_by      uuid        not null references account (id),
    recorded_at      timestamptz not null,
    withdrawn_at     timestamptz,
    withdrawn_on     date,
    withdrawn_by     uuid references account (id),
    check (valid_until >= valid_from),
    check (manner = 'WRITTEN' or written_form_due is not null),
    check ((withdrawn_at is null) = (withdrawn_on is null))
);
create index consent_household on consent (household_id, subject_id);
create index consent_written_form_open on consent (recorded_by, written_form_due)
    where manner = 'ORAL' and written_form_on is null and withdrawn_at is null;

-- C-5: the decision to share without consent, or not to, with the five questions and the team discussion.
create table sharing_override (
    id                  uuid primary key,
    household_id        uuid        not null references household (id) on delete cascade,
    subject_id          uuid        not null references household_member (id) on delete cascade,
    version             integer     not null,
    recipients          text        not null check (recipients <> ''),
    categories          text        not null check (categories <> ''),
    goal                text        not null,
    without_sharing     text        not null,
    consent_asked       text        not null,
    outweighs           text        not null,
    information_needed  text        not null,
    discussed_on        date        not null,
    discussed_with      text        not null,
    decision            text        not null check (decision in ('SHARE', 'DO_NOT_SHARE')),
    household_informed  boolean     not null,
    not_informed_reason text,
    valid_until         date,
    recorded_by         uuid        not null references account (id),
    recorded_at         timestamptz not null,
    check (household_informed or not_informed_reason is not null),
    check (decision <> 'SHARE' or valid_until is not null)
);
create index sharing_override_household on sharing_override (household_id, subject_id);

-- C-6: referral-index registrations and reporting-code steps, as facts.
create table consent_signal (
    id           uuid primary key,
    household_id uuid        not null references household (id) on delete cascade,
    subject_id   uuid        not null references household_member (id) on delete cascade,
    version      integer     not null,
    kind         text        not null check (kind in ('REFERRAL_INDEX', 'VEILIG_THUIS_CONSULTED',
                                                      'VEILIG_THUIS_REPORTED', 'OTHER_STEP')),
    signalled_on date        not null,
    note         text,
    recorded_by  uuid        not null references account (id),
    recorded_at  timestamptz not null
);
create index consent_signal_household on consent_signal (household_id);
