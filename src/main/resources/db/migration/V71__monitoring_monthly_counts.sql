-- MON-1, MON-2 (ADR 0040): monthly counts per municipality, organisation and month, kept by the database
-- itself from monitoring's facts, so a dashboard reads at most a few thousand small rows instead of every
-- plan of its scope. Triggers on the three fact tables add what every inserted, changed or deleted fact
-- counts for and take away what it counted for before, set-based per statement: every writer of the facts
-- (the event feed, the rebuild, the erasure) keeps the counts equal to the facts without knowing of them.
-- A month is the Dutch calendar month (Europe/Amsterdam), as the dashboards' periods are.

-- Per month: plans started (and of those with a coordinator, on a family-group plan, in each form of
-- coordination), established, closed; written plans asked and written in time; decisions without a
-- family-group plan and the plans established in time after them (PL-8, PL-10, R-3).
create table monitoring_month (
    municipality_id     uuid,
    organisation_id     uuid,
    month               date   not null,
    started             bigint not null default 0,
    coordinated         bigint not null default 0,
    family_group        bigint not null default 0,
    self_direction      bigint not null default 0,
    simple              bigint not null default 0,
    complex             bigint not null default 0,
    established         bigint not null default 0,
    closed              bigint not null default 0,
    written_asked       bigint not null default 0,
    written_in_time     bigint not null default 0,
    decided             bigint not null default 0,
    established_in_time bigint not null default 0,
    unique nulls not distinct (municipality_id, organisation_id, month)
);
create index monitoring_month_organisation on monitoring_month (organisation_id, month);

-- M-3: round tables held per month, and of those not cancelled, within the window and not.
create table monitoring_round_table_month (
    municipality_id uuid,
    organisation_id uuid,
    month           date   not null,
    held            bigint not null default 0,
    within_window   bigint not null default 0,
    outside_window  bigint not null default 0,
    unique nulls not distinct (municipality_id, organisation_id, month)
);
create index monitoring_round_table_month_organisation on monitoring_round_table_month (organisation_id, month);

-- E-1..E-4: escalations started per month by the highest step reached, how many ended, and their days.
create table monitoring_escalation_month (
    municipality_id uuid,
    organisation_id uuid,
    month           date    not null,
    step            integer not null,
    started         bigint  not null default 0,
    ended           bigint  not null default 0,
    days            bigint  not null default 0,
    unique nulls not distinct (municipality_id, organisation_id, month, step)
);
create index monitoring_escalation_month_organisation on monitoring_escalation_month (organisation_id, month);

-- Caseload: per coordinator (by account, never shown) the households he coordinates now, and per month
-- how that number changed (+1 when a plan started, -1 when it closed, or at once should it have closed
-- before it started: then it never counted). The caseload at the end of a
-- period is the present number minus the changes from the period's end on, so a dashboard ending now
-- reads one row per coordinator.
create table monitoring_caseload (
    municipality_id        uuid,
    organisation_id        uuid   not null,
    coordinator_account_id uuid   not null,
    households             bigint not null default 0,
    unique nulls not distinct (municipality_id, organisation_id, coordinator_account_id)
);
create index monitoring_caseload_organisation on monitoring_caseload (organisation_id);
create table monitoring_caseload_month (
    municipality_id        uuid,
    organisation_id        uuid    not null,
    coordinator_account_id uuid    not null,
    month                  date    not null,
    change                 bigint  not null default 0,
    unique nulls not distinct (municipality_id, organisation_id, month, coordinator_account_id)
);
create index monitoring_caseload_month_organisation on monitoring_caseload_month (organisation_id, month);

create function monitoring_month_of(moment timestamptz) returns date
    language sql immutable parallel safe
    return date_trunc('month', moment at time zone 'Europe/Amsterdam')::date;

-- What one plan fact counts for, month by month (the same conditions the dashboards asked of the facts).
create function monitoring_plan_counts(f monitoring_plan_fact)
    returns table (month date, started int, coordinated int, family_group int, self_direction int, simple int,
                   complex int, established int, closed int, written_asked int, written_in_time int, decided int,
                   established_in_time int)
    language sql immutable parallel safe as $$
    select monitoring_month_of(f.plan_started_at), 1, (f.coordinator_id is not null)::int, f.family_group_plan::int,
           coalesce(f.coordination_form = 'SELF_DIRECTION', false)::int,
           coalesce(f.coordination_form = 'CASE_COORDINATION' and not f.coordination_complex, false)::int,
           coalesce(f.coordination_form = 'CASE_COORDINATION' and f.coordination_complex, false)::int,
           0, 0, 0, 0, 0, 0
    where f.plan_started_at is not null
    union all
    select monitoring_month_of(f.plan_established_at), 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0
    where f.plan_established_at is not null
    union all
    select monitoring_month_of(f.plan_closed_at), 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0
    where f.plan_closed_at is not null
    union all
    select date_trunc('month', f.written_plan_requested_on)::date, 0, 0, 0, 0, 0, 0, 0, 0, 1,
           coalesce((f.plan_established_at at time zone 'Europe/Amsterdam')::date
               <= f.written_plan_requested_on + 14, false)::int, 0, 0
    where f.written_plan_requested_on is not null
    union all
    select date_trunc('month', f.no_family_group_plan_on)::date, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
           coalesce((f.plan_established_at at time zone 'Europe/Amsterdam')::date
               <= f.no_family_group_plan_on + 42, false)::int
    where f.no_family_group_plan_on is not null
$$;

-- The rows of a statement as (f, sign): the transition tables new_rows (+1) and old_rows (-1), each row as
-- the fact table's own row type.
create function monitoring_changed_rows(operation text, fact text) returns text
    language sql immutable
    return case operation
        when 'INSERT' then format('select row(f.*)::%1$I as f, 1 as sign from new_rows f', fact)
        when 'DELETE' then format('select row(f.*)::%1$I as f, -1 as sign from old_rows f', fact)
        else format('select row(f.*)::%1$I as f, 1 as sign from new_rows f
                     union all select row(f.*)::%1$I, -1 from old_rows f', fact) end;

-- Counts the facts of the statement: inserted ones add, deleted ones take away, changed ones do both.
-- The rebuild switches this off while it empties the facts (eenplan.monitoring_counting = 'off') and
-- empties the counts itself.
create function monitoring_plan_fact_counted() returns trigger
    language plpgsql as $$
begin
    if current_setting('eenplan.monitoring_counting', true) = 'off' then
        return null;
    end if;
    execute format($sql$
        with changed as (%s)
        insert into monitoring_month as t (municipality_id, organisation_id, month, started, coordinated, family_group,
            self_direction, simple, complex, established, closed, written_asked, written_in_time, decided,
            established_in_time)
        select (f).municipality_id, (f).organisation_id, c.month, sum(sign * c.started), sum(sign * c.coordinated),
            sum(sign * c.family_group), sum(sign * c.self_direction), sum(sign * c.simple), sum(sign * c.complex),
            sum(sign * c.established), sum(sign * c.closed), sum(sign * c.written_asked),
            sum(sign * c.written_in_time), sum(sign * c.decided), sum(sign * c.established_in_time)
        from changed cross join lateral monitoring_plan_counts(f) c
        group by 1, 2, 3
        having (sum(sign * c.started), sum(sign * c.coordinated), sum(sign * c.family_group),
            sum(sign * c.self_direction), sum(sign * c.simple), sum(sign * c.complex), sum(sign * c.established),
            sum(sign * c.closed), sum(sign * c.written_asked), sum(sign * c.written_in_time), sum(sign * c.decided),
            sum(sign * c.established_in_time)) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        order by 1, 2, 3
        on conflict (municipality_id, organisation_id, month) do update set
            started = t.started + excluded.started, coordinated = t.coordinated + excluded.coordinated,
            family_group = t.family_group + excluded.family_group,
            self_direction = t.self_direction + excluded.self_direction, simple = t.simple + excluded.simple,
            complex = t.complex + excluded.complex, established = t.established + excluded.established,
            closed = t.closed + excluded.closed, written_asked = t.written_asked + excluded.written_asked,
            written_in_time = t.written_in_time + excluded.written_in_time, decided = t.decided + excluded.decided,
            established_in_time = t.established_in_time + excluded.established_in_time
        $sql$, monitoring_changed_rows(TG_OP, TG_TABLE_NAME));
    execute format($sql$
        with changed as (%s),
        counted as (
            select (f).municipality_id, (f).organisation_id, (f).coordinator_account_id,
                monitoring_month_of((f).plan_started_at) as month, sign as change
            from changed
            where (f).coordinator_account_id is not null and (f).organisation_id is not null
              and (f).plan_started_at is not null
            union all
            select (f).municipality_id, (f).organisation_id, (f).coordinator_account_id,
                monitoring_month_of(greatest((f).plan_started_at, (f).plan_closed_at)), -sign
            from changed
            where (f).coordinator_account_id is not null and (f).organisation_id is not null
              and (f).plan_started_at is not null and (f).plan_closed_at is not null),
        months as (
            insert into monitoring_caseload_month as t (municipality_id, organisation_id, coordinator_account_id,
                month, change)
            select municipality_id, organisation_id, coordinator_account_id, month, sum(change)
            from counted group by 1, 2, 3, 4 having sum(change) <> 0 order by 1, 2, 4, 3
            on conflict (municipality_id, organisation_id, month, coordinator_account_id) do update set
                change = t.change + excluded.change)
        insert into monitoring_caseload as t (municipality_id, organisation_id, coordinator_account_id, households)
        select municipality_id, organisation_id, coordinator_account_id, sum(change)
        from counted group by 1, 2, 3 having sum(change) <> 0 order by 1, 2, 3
        on conflict (municipality_id, organisation_id, coordinator_account_id) do update set
            households = t.households + excluded.households
        $sql$, monitoring_changed_rows(TG_OP, TG_TABLE_NAME));
    return null;
end $$;

create trigger monitoring_plan_fact_inserted after insert on monitoring_plan_fact
    referencing new table as new_rows for each statement execute function monitoring_plan_fact_counted();
create trigger monitoring_plan_fact_updated after update on monitoring_plan_fact
    referencing old table as old_rows new table as new_rows for each statement
    execute function monitoring_plan_fact_counted();
create trigger monitoring_plan_fact_deleted after delete on monitoring_plan_fact
    referencing old table as old_rows for each statement execute function monitoring_plan_fact_counted();

create function monitoring_round_table_fact_counted() returns trigger
    language plpgsql as $$
begin
    if current_setting('eenplan.monitoring_counting', true) = 'off' then
        return null;
    end if;
    execute format($sql$
        with changed as (%s)
        insert into monitoring_round_table_month as t (municipality_id, organisation_id, month, held, within_window,
            outside_window)
        select (f).municipality_id, (f).organisation_id, date_trunc('month', (f).held_on)::date, sum(sign),
            coalesce(sum(sign) filter (where not (f).cancelled and (f).held_within_window), 0),
            coalesce(sum(sign) filter (where not (f).cancelled and not (f).held_within_window), 0)
        from changed where (f).held_on is not null
        group by 1, 2, 3
        having (sum(sign), coalesce(sum(sign) filter (where not (f).cancelled and (f).held_within_window), 0),
            coalesce(sum(sign) filter (where not (f).cancelled and not (f).held_within_window), 0)) <> (0, 0, 0)
        order by 1, 2, 3
        on conflict (municipality_id, organisation_id, month) do update set held = t.held + excluded.held,
            within_window = t.within_window + excluded.within_window,
            outside_window = t.outside_window + excluded.outside_window
        $sql$, monitoring_changed_rows(TG_OP, TG_TABLE_NAME));
    return null;
end $$;
create trigger monitoring_round_table_fact_inserted after insert on monitoring_round_table_fact
    referencing new table as new_rows for each statement execute function monitoring_round_table_fact_counted();
create trigger monitoring_round_table_fact_updated after update on monitoring_round_table_fact
    referencing old table as old_rows new table as new_rows for each statement
    execute function monitoring_round_table_fact_counted();
create trigger monitoring_round_table_fact_deleted after delete on monitoring_round_table_fact
    referencing old table as old_rows for each statement execute function monitoring_round_table_fact_counted();

create function monitoring_escalation_fact_counted() returns trigger
    language plpgsql as $$
begin
    if current_setting('eenplan.monitoring_counting', true) = 'off' then
        return null;
    end if;
    execute format($sql$
        with changed as (%s)
        insert into monitoring_escalation_month as t (municipality_id, organisation_id, month, step, started, ended,
            days)
        select (f).municipality_id, (f).organisation_id, date_trunc('month', (f).started_on)::date, (f).step,
            sum(sign), sum(sign * ((f).ended_on is not null)::int), coalesce(sum(sign * ((f).ended_on - (f).started_on)), 0)
        from changed where (f).started_on is not null
        group by 1, 2, 3, 4
        having (sum(sign), sum(sign * ((f).ended_on is not null)::int),
            coalesce(sum(sign * ((f).ended_on - (f).started_on)), 0)) <> (0, 0, 0)
        order by 1, 2, 3, 4
        on conflict (municipality_id, organisation_id, month, step) do update set started = t.started + excluded.started,
            ended = t.ended + excluded.ended, days = t.days + excluded.days
        $sql$, monitoring_changed_rows(TG_OP, TG_TABLE_NAME));
    return null;
end $$;

create trigger monitoring_escalation_fact_inserted after insert on monitoring_escalation_fact
    referencing new table as new_rows for each statement execute function monitoring_escalation_fact_counted();
create trigger monitoring_escalation_fact_updated after update on monitoring_escalation_fact
    referencing old table as old_rows new table as new_rows for each statement
    execute function monitoring_escalation_fact_counted();
create trigger monitoring_escalation_fact_deleted after delete on monitoring_escalation_fact
    referencing old table as old_rows for each statement execute function monitoring_escalation_fact_counted();

-- Counts for the facts already there: taken out without counting, and put back counted.
create temporary table monitoring_plan_fact_before as select * from monitoring_plan_fact;
create temporary table monitoring_round_table_fact_before as select * from monitoring_round_table_fact;
create temporary table monitoring_escalation_fact_before as select * from monitoring_escalation_fact;
select set_config('eenplan.monitoring_counting', 'off', true);
delete from monitoring_plan_fact;
delete from monitoring_round_table_fact;
delete from monitoring_escalation_fact;
select set_config('eenplan.monitoring_counting', 'on', true);
insert into monitoring_plan_fact select * from monitoring_plan_fact_before;
insert into monitoring_round_table_fact select * from monitoring_round_table_fact_before;
insert into monitoring_escalation_fact select * from monitoring_escalation_fact_before;
drop table monitoring_plan_fact_before, monitoring_round_table_fact_before, monitoring_escalation_fact_before;
