-- H-1, H-3: an expected (unborn) child is a member of the household, but takes no part in the plan
-- and receives no copy of it; households registered earlier had it marked as taking part.
update participant p set active = false, receives_copy = false
from household_member m
where p.member_id = m.id and m.date_of_birth is null;
