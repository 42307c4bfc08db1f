-- Finding a household's current plan (Plans.current) on every read of a plan.
create index plan_household on plan (household_id, created_at desc);
