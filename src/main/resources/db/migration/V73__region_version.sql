-- IMP-1, MON-1: administrators keep the regions on a page, each change on the version they saw.
alter table monitoring_region add column version integer not null default 0;
