-- PL-9: who agreed to the plan as it stands (its version counter), before it is established as a
-- version. Establishing needs the coordinator's agreement; the version keeps the names of all who agreed.
create table plan_agreement (
    plan_id        uuid        not null references plan (id) on delete cascade,
    participant_id uuid        not null references participant (id) on delete cascade,
    plan_version   integer     not null,
    agreed_at      timestamptz not null,
    primary key (plan_id, participant_id)
);
