-- X-4: days on which a municipality is closed on top of the national public holidays
-- (e.g. the Friday after Ascension Day). Working-day counts for that municipality skip them.
create table closing_day (
    municipality_id uuid not null references organisation (id) on delete cascade,
    day             date not null,
    reason          text not null check (length(btrim(reason)) > 0),
    primary key (municipality_id, day)
);
