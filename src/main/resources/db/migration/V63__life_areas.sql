-- PL-4: tab 4 of the plan, strengths and concerns per life area, assessments on the structure of the
-- self-sufficiency matrix over time, and the life areas a goal addresses. Owned by the plan module.
create table plan_life_area (
    plan_id           uuid    not null references plan (id) on delete cascade,
    area              text    not null check (area in ('WORK', 'INCOME', 'SOCIAL_SUPPORT', 'HOUSING', 'EDUCATION',
                                                       'CARE', 'SAFETY', 'HEALTH')),
    strengths         text    not null default '',
    concerns          text    not null default '',
    discussed         boolean not null default false,
    household_view    text    not null default '',
    professional_view text    not null default '',
    primary key (plan_id, area)
);

create table plan_assessment (
    id          uuid primary key,
    plan_id     uuid        not null references plan (id) on delete cascade,
    member_id   uuid references household_member (id) on delete cascade,
    assessed_on date        not null,
    assessed_by text        not null,
    note        text        not null default '',
    created_at  timestamptz not null
);
create index plan_assessment_plan on plan_assessment (plan_id, assessed_on);

create table plan_assessment_score (
    assessment_id uuid     not null references plan_assessment (id) on delete cascade,
    domain        text     not null,
    score         smallint not null check (score between 1 and 5),
    primary key (assessment_id, domain)
);

create table plan_goal_life_area (
    goal_id uuid not null references goal (id) on delete cascade,
    area    text not null,
    primary key (goal_id, area)
);
