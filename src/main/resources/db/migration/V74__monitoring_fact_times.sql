-- MON-1 (ADR 0005, 0018): the time of the newest event that set each last-writer-wins part of a household's
-- plan fact: its coordination (CoordinationDecided, CoordinationChanged) and tab 1 (Tab1Updated). The feed
-- changes such a part only with an event that is not older than what the fact holds, so an event delivered
-- again late (event-publication-retry, a restart) leaves the newer fact as it is. Null: not known (a fact
-- written before this migration, or by an event published before it); the next event sets it.
alter table monitoring_plan_fact
    add column coordination_at timestamptz,
    add column tab1_at         timestamptz;
