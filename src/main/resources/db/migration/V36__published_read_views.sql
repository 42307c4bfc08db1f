-- Published read contracts: other modules read a household's name and who takes part in its team
-- through these views, never through the tables behind them, so household and participation may
-- change their own tables freely. Each view belongs to the module named in its comment.

-- household: the name of each household.
create view household_name_v as
select id, name
from household;

-- participation: the team members with an account, removed ones left out; kind and active as in H-2.
create view team_account_v as
select household_id, id as participant_id, account_id, kind, active
from participant
where removed_at is null and account_id is not null;

-- participation: the coordinator of each household, when he has an account and was not removed (R).
create view coordinator_account_v as
select co.household_id, c.account_id
from coordination co
join participant c on c.id = co.coordinator_id
where c.removed_at is null and c.account_id is not null;

comment on view household_name_v is 'Read contract of the household module: the name of each household.';
comment on view team_account_v is
    'Read contract of the participation module: team members with an account, removed ones left out.';
comment on view coordinator_account_v is
    'Read contract of the participation module: the coordinator of each household with an account.';

-- EenPlan reads these views as the application role (docs/privacy.md) and never writes through them.
do $$
begin
    if exists (select 1 from pg_roles where rolname = 'eenplan_app') then
        revoke all on household_name_v, team_account_v, coordinator_account_v from eenplan_app;
        grant select on household_name_v, team_account_v, coordinator_account_v to eenplan_app;
    end if;
end
$$;
