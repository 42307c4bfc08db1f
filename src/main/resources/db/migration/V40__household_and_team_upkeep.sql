-- H-1, X-6: members are kept up to date after registration (a member added later, the birth of an
-- expected child, moving out or in, parental authority, rectification); a version per member detects
-- two people changing the same member at once, and every change goes into the household's history.
alter table household_member add column version integer not null default 0;

create table household_history (
    id           bigserial primary key,
    household_id uuid        not null references household (id) on delete cascade,
    member_id    uuid references household_member (id) on delete set null,
    kind         text        not null check (kind in ('MEMBER_ADDED', 'CHILD_BORN', 'MOVED_OUT', 'MOVED_IN',
                                                      'AUTHORITY_CHANGED', 'RECTIFIED')),
    member_name  text        not null,
    detail       text,
    recorded_by  uuid references account (id),
    recorded_at  timestamptz not null
);
create index household_history_household on household_history (household_id, recorded_at);

-- H-2, H-3, R-7: participants are edited, switched between active and copy-only, and leave on an end
-- date; a version per participant detects concurrent edits; the team's history keeps every change.
alter table participant add column version integer not null default 0;
alter table participant add column ended_on date;

create table team_history (
    id               bigserial primary key,
    household_id     uuid        not null references household (id) on delete cascade,
    participant_id   uuid        not null references participant (id) on delete cascade,
    kind             text        not null check (kind in ('ADDED', 'EDITED', 'MADE_ACTIVE', 'MADE_COPY_ONLY', 'LEFT')),
    participant_name text        not null,
    detail           text,
    recorded_by      uuid references account (id),
    recorded_at      timestamptz not null
);
create index team_history_household on team_history (household_id, recorded_at);

do $$
begin
    if exists (select 1 from pg_roles where rolname = 'eenplan_app') then
        -- The histories are append-only for EenPlan itself.
        revoke update, delete, truncate, references, trigger on household_history, team_history from eenplan_app;
        grant select, insert on household_history, team_history to eenplan_app;
        grant usage on sequence household_history_id_seq, team_history_id_seq to eenplan_app;
    end if;
end
$$;
