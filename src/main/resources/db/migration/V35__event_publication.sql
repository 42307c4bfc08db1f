-- The event publication registry of Spring Modulith (its JDBC schema, version 2, for PostgreSQL),
-- created by Flyway like every other table instead of by the application at start: several nodes
-- starting at the same moment on a fresh database no longer race to create it, and the runtime role
-- needs no right to create tables for it. A data folder where EenPlan created it already keeps it.
create table if not exists event_publication (
    id                     uuid not null,
    listener_id            text not null,
    event_type             text not null,
    serialized_event       text not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone,
    primary key (id)
);
create index if not exists event_publication_serialized_event_hash_idx on event_publication using hash (serialized_event);
create index if not exists event_publication_by_completion_date_idx on event_publication (completion_date);
