-- MON-1, MON-2: the qualitative findings of a municipality's yearly evaluation, one row per municipality
-- and calendar year, kept current on the version the writer saw. Municipal management text, no
-- personal data and no household; the figures of the report are never stored, they come from the
-- dashboards' read model each time the report is made.
create table monitoring_evaluation (
    municipality_id     uuid        not null,
    year                integer     not null,
    version             integer     not null,
    went_well           text        not null default '',
    could_be_better     text        not null default '',
    family_experiences  text        not null default '',
    next_year           text        not null default '',
    changed_by          uuid        not null,
    changed_at          timestamptz not null,
    primary key (municipality_id, year)
);
