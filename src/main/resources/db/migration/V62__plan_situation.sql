-- PL-1, PL-10: tab 1 also holds the household's situation and help question in its own words, which
-- participants are foster parents (they agree to the plan parts about their role), and since when closed
-- youth care applies (then the plan is put in writing within 14 days without anyone asking).
alter table plan
    add column situation            text   not null default '',
    add column help_question        text   not null default '',
    add column foster_parent_ids    uuid[] not null default '{}',
    add column closed_youth_care_on date;
